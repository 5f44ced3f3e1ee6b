"""Print and Export PDF from the window: ask for the section or the whole article, then print
through the preview or save the file."""

from __future__ import annotations

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
    ) -> None:
        super().__init__(window)
        self.bundle = bundle
        self._current_section = current_section
        self._section_title = section_title
        self._window = window
        self._status_bar = status_bar

    def _chosen_section(self, action: str) -> tuple[bool, str | None]:
        """Ask what to include; return (chosen, the section id or None for the whole article)."""
        from reader.gui.scope_dialog import SECTION, ScopeDialog

        section = self._current_section()
        scope = ScopeDialog.ask(action, self._section_title(section), self._window)
        if scope is None:
            return False, None
        return True, section if scope == SECTION else None

    @Slot()
    def print_handout(self) -> None:
        """Print the current section or the whole article, through the print preview."""
        from reader.core.export import handout

        chosen, section = self._chosen_section("Print")
        if not chosen:
            return
        try:
            item = handout(self.bundle, section)
        except ReaderError as exc:
            self._cannot("Print", f"This cannot be printed.\n\n{exc}")
            return
        self.open_print_preview(item)

    def _cannot(self, action: str, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self._window, action, message)

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
        chosen, section = self._chosen_section("Export PDF")
        if not chosen:
            return
        from PySide6.QtWidgets import QFileDialog

        from reader.core.export import handout
        from reader.gui.printing import write_pdf

        try:
            item = handout(self.bundle, section)
        except ReaderError as exc:
            self._cannot("Export PDF", f"This cannot be exported.\n\n{exc}")
            return
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
