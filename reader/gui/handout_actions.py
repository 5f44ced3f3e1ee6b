"""Print and Export PDF from the window: ask for the section or the whole article, then print
through the preview or save the file."""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QStatusBar, QWidget

from reader.core.bundle import Bundle
from reader.core.errors import ReaderError

# Printing's modules load when the user prints: their Qt types cost 13 ms, the scope dialog 3 ms
# and the exporters (textwrap) 2 ms of a 200 ms start (python -X importtime).
if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice

    from reader.core.export import Handout


log = logging.getLogger(__name__)


class HandoutActions(QObject):
    """The window's Print and Export PDF, on the section being read or the whole article."""

    def __init__(
        self,
        bundle: Bundle,
        current_section: Callable[[], str],
        section_title: Callable[[str], str],
        window: QWidget,
        status_bar: QStatusBar,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(window)
        self.bundle = bundle
        self.today = today
        """The date printed on handouts (tests give a fixed day)."""
        self._current_section = current_section
        self._section_title = section_title
        self._window = window
        self._status_bar = status_bar

    def _chosen_handout(self, action: str) -> tuple[Handout, str | None] | None:
        """Ask what to include and lay it out: the handout and its section id (None for the whole
        article); None when the user cancels or it cannot be laid out (said in a dialog)."""
        from reader.core.export import handout
        from reader.gui.scope_dialog import SECTION, ScopeDialog

        current = self._current_section()
        scope = ScopeDialog.ask(action, self._section_title(current), self._window)
        if scope is None:
            return None
        section = current if scope == SECTION else None
        try:
            return handout(self.bundle, section, self.today()), section
        except ReaderError as exc:
            self._cannot(action, f"This cannot be laid out.\n\n{exc}")
            return None

    def _cannot(self, action: str, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self._window, action, message)

    @Slot()
    def print_handout(self) -> None:
        """Print the current section or the whole article, through the print preview."""
        chosen = self._chosen_handout("Print")
        if chosen is not None:
            self.open_print_preview(chosen[0])

    def open_print_preview(self, item: Handout) -> None:
        """Show the system print dialog with a preview of a handout."""
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog  # loads the print support when asked

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(item.title)
        preview = QPrintPreviewDialog(printer, self._window)
        preview.setWindowTitle("Print preview")
        preview.paintRequested.connect(functools.partial(_paint_quietly, item=item))
        preview.exec()

    @Slot()
    def export_pdf(self) -> None:
        """Save the current section or the whole article as a PDF file."""
        chosen = self._chosen_handout("Export PDF")
        if chosen is None:
            return
        from PySide6.QtWidgets import QFileDialog

        from reader.gui.printing import write_pdf

        item, section = chosen
        name = f"{section or self.bundle.articles()[0].id}.pdf"
        path, _ = QFileDialog.getSaveFileName(self._window, "Export PDF", str(Path.home() / name), "PDF files (*.pdf)")
        if not path:
            return
        try:
            pages = write_pdf(Path(path), item)
        except ReaderError as exc:
            self._cannot("Export PDF", f"The PDF could not be saved.\n\n{exc}")
            return
        self._status_bar.showMessage(f"Saved {pages} page{'s' * (pages != 1)} to {path}", 8000)


def _paint_quietly(printer: QPagedPaintDevice, item: Handout) -> None:
    """Paint a preview page set; a failure is logged, not raised into Qt's event loop."""
    from reader.gui.printing import PrintError, paint_handout

    try:
        paint_handout(printer, item)
    except PrintError as exc:
        log.warning("printing failed: %s", exc)
