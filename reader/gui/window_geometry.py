"""The window's size and place at start: as the user left it, else a first start's."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter

SMALL_SCREEN_HEIGHT = 720  # a first start on a screen lower than this opens maximised


def restore_geometry(window: QMainWindow, splitter: QSplitter, geometry: QByteArray, state: QByteArray) -> None:
    """Give the window and its splitter their saved geometry, or a first start's: 90% of the
    screen (at most 1440×960), centred, maximised on a screen lower than SMALL_SCREEN_HEIGHT."""
    if not window.restoreGeometry(geometry):
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        width = min(1440, int(available.width() * 0.9)) if available else 1100
        height = min(960, int(available.height() * 0.9)) if available else 760
        window.resize(width, height)
        if available is not None:
            window.move(available.center() - window.rect().center())
            if available.height() < SMALL_SCREEN_HEIGHT:
                # A laptop's 1024x600: every pixel to the text, not a window floating in a margin.
                window.setWindowState(Qt.WindowState.WindowMaximized)
    if not splitter.restoreState(state):
        tree_width = max(260, min(420, window.width() // 4))
        splitter.setSizes([tree_width, window.width() - tree_width])
