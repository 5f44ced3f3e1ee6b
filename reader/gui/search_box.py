"""The search box in the toolbar: debounced queries and the keys that drive search."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QToolButton, QWidget

from reader.gui.i18n import QT_TRANSLATE_NOOP

DEBOUNCE_MS = 120
HINT = QT_TRANSLATE_NOOP("SearchBox", "Type words to find; results appear as you type")
"""The box's description while it says nothing else, in English (shown translated)."""


class SearchBox(QLineEdit):
    """A line edit that asks for a search once typing pauses.

    Signals:
        search_requested(str): the text to search for (after a pause, or at once on Enter).
        open_requested(): Enter, to open the top (or selected) result.
        cancel_requested(): Esc.
        results_focus_requested(): Down, to move into the list of results.
    """

    search_requested = Signal(str)
    open_requested = Signal()
    cancel_requested = Signal()
    results_focus_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: The search box's placeholder: "Search" as in finding words in the articles; keep the key
        self.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        #: The search box's name for screen readers: finding words in the articles
        self.setAccessibleName(self.tr("Search"))
        self.setAccessibleDescription(self.tr(HINT))
        self.setMinimumWidth(220)
        self._searched = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self.textEdited.connect(self._typed)

    @Slot(str)
    def _typed(self, _text: str) -> None:
        self._show_clear_button()
        self._timer.start()  # a new keystroke replaces the pending search: stale ones are dropped

    def warm_up(self) -> None:
        """Find the clear button's icon now, not at the first key typed (searching the icon theme
        for it took 70-80 ms, a stall while typing)."""
        # On and off: Qt finds the icon and keeps it. Not QStyle.standardIcon, whose import loads
        # QStyle's Python types at start (12 ms, python -X importtime).
        self.setClearButtonEnabled(True)
        self.setClearButtonEnabled(False)

    def _show_clear_button(self) -> None:
        # Not at start-up: finding the clear icon costs tens of milliseconds (see warm_up).
        if not self.isClearButtonEnabled():
            self.setClearButtonEnabled(True)
            for button in self.findChildren(QToolButton):  # Qt's clear button has no name
                button.setAccessibleName(self.tr("Clear the search"))

    @Slot()
    def search_now(self) -> None:
        """Ask for the search of the current text at once, if it was not just asked for."""
        self._timer.stop()
        if self.text() != self._searched:
            self._searched = self.text()
            self.search_requested.emit(self.text())

    def set_query(self, text: str) -> None:
        """Put a query in the box and search for it at once."""
        self._show_clear_button()
        self.setText(text)
        self.search_now()

    def pending(self) -> bool:
        """Whether a search is waiting for typing to pause."""
        return self._timer.isActive()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Enter opens the top result, Down enters the results, Esc cancels."""
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.search_now()
            self.open_requested.emit()
            return
        if key == Qt.Key.Key_Escape:
            self._timer.stop()
            self.cancel_requested.emit()
            return
        if key == Qt.Key.Key_Down:
            self.search_now()
            self.results_focus_requested.emit()
            return
        super().keyPressEvent(event)

    def clear_search(self) -> None:
        """Empty the box without asking for a search."""
        self._timer.stop()
        self._searched = ""
        self.clear()
        self.set_status("")

    @Slot(str)
    def set_status(self, status: str) -> None:
        """Make what the search found ("3 sections found") the box's accessible description (the
        hint when there is none): a screen reader says a description that changes while the
        user types, and again when the focus comes back to the box."""
        self.setAccessibleDescription(status or self.tr(HINT))
