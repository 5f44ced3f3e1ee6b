"""The window's menus and toolbar, laid out from its actions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QSizePolicy, QToolBar, QWidget

from reader.gui.actions import Actions


def build_menus(window: QMainWindow, a: Actions) -> None:
    """File, Go, View and Help; every action also answers its keys anywhere in the window."""
    file_menu = window.menuBar().addMenu("&File")
    file_menu.addAction(a.add_content)
    file_menu.addSeparator()
    file_menu.addActions([a.print, a.export_pdf])
    file_menu.addSeparator()
    file_menu.addAction(a.quit)
    go_menu = window.menuBar().addMenu("&Go")
    go_menu.addActions([a.back, a.forward, a.top, a.library])
    go_menu.addSeparator()
    go_menu.addActions([a.find, a.find_next, a.find_previous, a.clear_search])
    go_menu.addSeparator()
    go_menu.addActions([a.next_pane, a.previous_pane])
    view_menu = window.menuBar().addMenu("&View")
    view_menu.addAction(a.toggle_tree)
    view_menu.addSeparator()
    view_menu.addActions([a.zoom_in, a.zoom_out, a.zoom_reset])
    view_menu.addSeparator()
    view_menu.addActions([a.read_aloud, a.pause_reading])
    view_menu.addSeparator()
    theme_menu = view_menu.addMenu("&Colours")
    theme_menu.addActions([a.theme_system, a.theme_light, a.theme_dark, a.theme_contrast])
    help_menu = window.menuBar().addMenu("&Help")
    help_menu.addActions([a.shortcuts, a.about])
    window.addActions(a.all())


def build_toolbar(window: QMainWindow, a: Actions, search_box: QWidget) -> QToolBar:
    """The toolbar: text buttons (arrows drawn as characters: clear to read, no icon to load at
    start-up) and the search box."""
    a.back.setIconText("◀ Back")
    a.forward.setIconText("Forward ▶")
    a.zoom_out.setIconText("A−  Smaller")
    a.zoom_in.setIconText("A+  Larger")
    a.print.setIconText("Print…")
    a.read_aloud.setIconText("Read aloud")
    a.toggle_tree.setIconText("☰ Sections")
    toolbar = QToolBar("Tools", window)
    toolbar.setObjectName("tools")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    # The search box comes before the buttons that are also in the menus: a narrow window folds
    # the toolbar's last items into its "»" menu, and the search box is never one of them.
    toolbar.addActions([a.toggle_tree, a.back, a.forward])
    toolbar.addSeparator()
    toolbar.addWidget(search_box)
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(spacer)
    toolbar.addActions([a.zoom_out, a.zoom_in, a.read_aloud])
    toolbar.addSeparator()
    toolbar.addAction(a.print)
    window.addToolBar(toolbar)
    return toolbar
