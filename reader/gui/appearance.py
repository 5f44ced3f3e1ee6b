"""The window's text size and colours: applied to the panes, shown in the status bar, kept in the
settings."""

from __future__ import annotations

import functools

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from reader.gui import theme
from reader.gui.actions import Actions
from reader.gui.content_view import ContentView
from reader.gui.library_controller import LibraryController
from reader.gui.settings import ZOOM_RANGE, Settings


class Appearance(QObject):
    """Zooms the article, the left pane and the library page together, and switches colours.

    Signals:
        changed(): the user chose a size or colours (the window writes its settings).
    """

    changed = Signal()

    def __init__(
        self,
        settings: Settings,
        actions: Actions,
        content: ContentView,
        left: QWidget,
        library: LibraryController,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._actions = actions
        self._content = content
        self._left = left
        self._library = library
        self.zoom_label = QLabel()
        self.zoom_label.setAccessibleName(self.tr("Text size"))

    def connect_signals(self) -> None:
        """Wire the zoom and colour actions, Ctrl+wheel in the article and the system's scheme."""
        a = self._actions
        self._content.zoom_requested.connect(self.zoom_by)
        a.zoom_in.triggered.connect(functools.partial(self.zoom_by, 1))
        a.zoom_out.triggered.connect(functools.partial(self.zoom_by, -1))
        a.zoom_reset.triggered.connect(functools.partial(self.zoom_by, None))
        for choice, action in a.theme_actions().items():
            action.triggered.connect(functools.partial(self.choose_theme, choice))
        hints = QGuiApplication.styleHints()  # held: PySide deletes a temporary one's accessibility hints
        hints.colorSchemeChanged.connect(self.system_scheme_changed)
        hints.accessibility().contrastPreferenceChanged.connect(self.system_contrast_changed)

    @Slot(int)
    def zoom_by(self, step: int | None) -> None:
        """Make the text a step larger (1) or smaller (-1), or normal (None), and say so."""
        self.apply_zoom(0 if step is None else self._content.zoom + step)
        self.changed.emit()

    def apply_zoom(self, steps: int) -> None:
        """Show the text ``steps`` points from normal (kept within ZOOM_RANGE)."""
        steps = max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], steps))
        self._content.set_zoom(steps)
        self.settings.zoom = steps
        # The list of sections and the results (the left pane's children) step with the text;
        # menus keep the system's size.
        font = QApplication.font()
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() + steps)
        self._left.setFont(font)
        self._library.set_font(font)
        self._actions.zoom_in.setEnabled(steps < ZOOM_RANGE[1])
        self._actions.zoom_out.setEnabled(steps > ZOOM_RANGE[0])
        #: The status bar's text size: %1 is the size in points
        size = self.tr("Text size %1 pt").replace("%1", f"{self._content.font().pointSizeF():g}")
        self.zoom_label.setText(size)

    @Slot(str)
    def choose_theme(self, choice: str) -> None:
        """Use Light, Dark, High contrast or the system's colours from now on."""
        self.settings.theme = choice
        self.apply_theme(choice)
        self.changed.emit()

    def apply_theme(self, choice: str) -> None:
        """Apply a colour choice and tick its menu entry."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, choice)
        self._actions.theme_actions()[choice].setChecked(True)

    @Slot(Qt.ColorScheme)
    def system_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        """Follow the system's new colours, when that is the choice."""
        if self.settings.theme == "system":
            self.apply_theme("system")

    @Slot(Qt.ContrastPreference)
    def system_contrast_changed(self, _preference: Qt.ContrastPreference) -> None:
        """Follow the system's high contrast setting (Windows) when turned on or off, when the
        choice is the system's."""
        if self.settings.theme == "system":
            self.apply_theme("system")
