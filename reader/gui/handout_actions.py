"""Print and Export PDF from the window: ask for this section or this article (the one read, from
whichever bundle of the library holds it), then print through the preview or save the file. With
no printer installed, Print says so and offers Export PDF."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QStatusBar, QWidget

from reader.core.catalog import Catalog
from reader.core.errors import ReaderError
from reader.core.model import plain_id
from reader.core.text_direction import is_right_to_left, right_to_left_html
from reader.gui.i18n import QT_TRANSLATE_NOOP

# Printing's modules load when the user prints: their Qt types cost 13 ms, the scope dialog 3 ms
# and the exporters (textwrap) 2 ms of a 200 ms start (python -X importtime).
if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from reader.core.export import Handout


log = logging.getLogger(__name__)

PRINT_TEXT = QT_TRANSLATE_NOOP("HandoutActions", "Print")
"""The preview's Print button, first on its toolbar and in bold: it opens the printer dialog."""

# Qt's own labels of the preview's buttons (found by their text in Qt's own translation, context
# QPrintPreviewDialog), shortened so that the labelled toolbar fits a laptop screen; the long text
# stays as the tip.
_SHORT_LABELS = {
    "First page": QT_TRANSLATE_NOOP("HandoutActions", "First"),
    "Previous page": QT_TRANSLATE_NOOP("HandoutActions", "Previous"),
    "Next page": QT_TRANSLATE_NOOP("HandoutActions", "Next"),
    "Last page": QT_TRANSLATE_NOOP("HandoutActions", "Last"),
    "Show single page": QT_TRANSLATE_NOOP("HandoutActions", "One page"),
    "Show facing pages": QT_TRANSLATE_NOOP("HandoutActions", "Two pages"),
    "Show overview of all pages": QT_TRANSLATE_NOOP("HandoutActions", "All pages"),
}


def printer_installed() -> bool:
    """Whether the system has at least one printer (without one, Qt's print dialog writes files)."""
    from PySide6.QtPrintSupport import QPrinterInfo

    return bool(QPrinterInfo.availablePrinters())


class HandoutActions(QObject):
    """The window's Print and Export PDF, on the section being read or its whole article."""

    def __init__(
        self,
        catalog: Catalog,
        current_section: Callable[[], str],
        window: QWidget,
        status_bar: QStatusBar,
        today: Callable[[], dt.date] = dt.date.today,
        has_printer: Callable[[], bool] = printer_installed,
    ) -> None:
        super().__init__(window)
        self.catalog = catalog
        self.today = today
        """The date printed on handouts (tests give a fixed day)."""
        self.has_printer = has_printer
        """Whether a printer is installed (tests say yes or no)."""
        self._printer: QPrinter | None = None
        self._current_section = current_section
        self._window = window
        self._status_bar = status_bar

    def _chosen_handout(self, action: str) -> tuple[Handout, str] | None:
        """Ask what to include and lay it out: the handout and a file name for it (the section's or
        the article's id); None when there is nothing to print, the user cancels or it cannot be
        laid out (said in a dialog)."""
        from reader.core.export import handout
        from reader.gui.scope_dialog import SECTION, ScopeDialog

        current = self._current_section()
        article_id = self.catalog.article_of(current)
        bundle = self.catalog.bundle_of(article_id)
        if bundle is None:
            self._status_bar.showMessage(self.tr("%1: open an article first.").replace("%1", action), 5000)
            return None
        path = self.catalog.parts(current)
        article = self.catalog.articles[article_id].title
        scope = ScopeDialog.ask(action, path[-1] if path else current, article, self._window)
        if scope is None:
            return None
        try:
            if scope == SECTION:
                chosen = handout(bundle, current, self.today()), f"{article_id}-{plain_id(current)}"
            else:
                chosen = handout(bundle, None, self.today(), article_id=article_id), article_id
        except ReaderError as exc:
            self._cannot(action, self.tr("This cannot be laid out.") + f"\n\n{exc}")
            return None
        if is_right_to_left(self.catalog.articles[article_id].language):  # Arabic: right to left on paper too
            chosen = dataclasses.replace(chosen[0], html=right_to_left_html(chosen[0].html)), chosen[1]
        return chosen

    def _cannot(self, action: str, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self._window, action, message)

    @Slot()
    def print_handout(self) -> None:
        """Print the current section or its whole article, through the print preview; with no
        printer installed, say so and offer Export PDF instead."""
        if not self.has_printer():
            from reader.gui.no_printer_message import NoPrinterMessage

            if NoPrinterMessage.ask(self._window):
                self.export_pdf()
            return
        chosen = self._chosen_handout(self.tr("Print"))
        if chosen is not None:
            self.open_print_preview(chosen[0])

    def open_print_preview(self, item: Handout) -> None:
        """Show a preview of a handout, its Print button first."""
        self.print_preview(item).exec()

    def print_preview(self, item: Handout) -> QPrintPreviewDialog:
        """Return the print preview of a handout, not yet shown: a labelled toolbar, Print first."""
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog  # loads the print support when asked

        if self._printer is None:  # kept, with the user's choices, for as long as the window
            self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self._printer.setDocName(item.title)
        preview = QPrintPreviewDialog(self._printer, self._window)
        preview.setWindowTitle(self.tr("Print preview"))
        preview.paintRequested.connect(functools.partial(_paint_quietly, item=item))
        _label_toolbar(preview)
        return preview

    @Slot()
    def export_pdf(self) -> None:
        """Save the current section or its whole article as a PDF file."""
        chosen = self._chosen_handout(self.tr("Export PDF"))
        if chosen is None:
            return
        from PySide6.QtWidgets import QFileDialog

        from reader.gui.printing import write_pdf

        item, stem = chosen
        name = f"{stem}.pdf"  # ids are slugs: no slash, nothing a file name cannot hold
        path, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Export PDF"), str(Path.home() / name), self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        try:
            pages = write_pdf(Path(path), item)
        except ReaderError as exc:
            self._cannot(self.tr("Export PDF"), self.tr("The PDF could not be saved.") + f"\n\n{exc}")
            return
        self._status_bar.showMessage(self.tr("Saved %n page(s) to %1", "", pages).replace("%1", path), 8000)


def _label_toolbar(preview: QPrintPreviewDialog) -> None:
    """Show the preview's buttons with text under their icons, and Print first, then Page setup."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QToolBar

    toolbar = preview.findChild(QToolBar)
    if toolbar is None:
        return
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
    actions = [action for action in toolbar.actions() if not action.isSeparator() and action.text()]
    by_text = {action.text().replace("&", ""): action for action in actions}

    def qt_label(text: str) -> str:  # Qt's own label, in Qt's translation when one is installed
        return QCoreApplication.translate("QPrintPreviewDialog", text).replace("&", "")

    for long, short in _SHORT_LABELS.items():
        if qt_label(long) in by_text:
            by_text[qt_label(long)].setToolTip(qt_label(long))
            by_text[qt_label(long)].setText(QCoreApplication.translate("HandoutActions", short))
    print_action = by_text.get(qt_label("Print"), actions[-1] if actions else None)
    if print_action is None:
        return
    first = toolbar.actions()[0]
    setup = by_text.get(qt_label("Page setup"))
    moved = [print_action, *([setup] if setup is not None else [])]
    for action in moved:
        toolbar.removeAction(action)
        toolbar.insertAction(first, action)
    toolbar.insertSeparator(first)
    print_action.setText(QCoreApplication.translate("HandoutActions", PRINT_TEXT))
    print_action.setToolTip(QCoreApplication.translate("HandoutActions", "Choose a printer and print this handout"))
    button = toolbar.widgetForAction(print_action)
    if button is not None:
        font = button.font()
        font.setBold(True)
        button.setFont(font)


def _paint_quietly(printer: QPagedPaintDevice, item: Handout) -> None:
    """Paint a preview page set; a failure is logged, not raised into Qt's event loop."""
    from reader.gui.printing import PrintError, paint_handout

    try:
        paint_handout(printer, item)
    except PrintError as exc:
        log.warning("printing failed: %s", exc)
