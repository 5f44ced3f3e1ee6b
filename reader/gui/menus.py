"""The window's menus and toolbar, laid out from its actions."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QSizePolicy, QToolBar, QWidget

from reader.gui.actions import Actions


def build_menus(window: QMainWindow, a: Actions, languages: Sequence[QAction] = ()) -> None:
    """File, Go, View (with the interface's ``languages`` in View › Language) and Help; every
    action also answers its keys anywhere in the window."""
    file_menu = window.menuBar().addMenu(QCoreApplication.translate("Menus", "&File"))
    file_menu.addAction(a.add_content)
    file_menu.addSeparator()
    file_menu.addActions([a.print, a.export_pdf])
    file_menu.addSeparator()
    file_menu.addAction(a.quit)
    go_menu = window.menuBar().addMenu(QCoreApplication.translate("Menus", "&Go"))
    go_menu.addActions([a.back, a.forward, a.top, a.library])
    go_menu.addSeparator()
    go_menu.addActions([a.find, a.find_next, a.find_previous, a.clear_search])
    go_menu.addSeparator()
    go_menu.addActions([a.next_pane, a.previous_pane])
    view_menu = window.menuBar().addMenu(QCoreApplication.translate("Menus", "&View"))
    view_menu.addAction(a.toggle_tree)
    view_menu.addSeparator()
    view_menu.addActions([a.zoom_in, a.zoom_out, a.zoom_reset])
    view_menu.addSeparator()
    view_menu.addActions([a.read_aloud, a.pause_reading])
    view_menu.addSeparator()
    theme_menu = view_menu.addMenu(QCoreApplication.translate("Menus", "&Colours"))
    theme_menu.addActions([a.theme_system, a.theme_light, a.theme_dark, a.theme_contrast])
    if languages:
        language_menu = view_menu.addMenu(QCoreApplication.translate("Menus", "&Language"))
        language_menu.setObjectName("language-menu")
        language_menu.addActions([languages[0]])
        language_menu.addSeparator()
        language_menu.addActions(list(languages[1:]))
    help_menu = window.menuBar().addMenu(QCoreApplication.translate("Menus", "&Help"))
    help_menu.addActions([a.shortcuts, a.about])
    window.addActions(a.all())


def build_toolbar(window: QMainWindow, a: Actions, search_box: QWidget) -> QToolBar:
    """The toolbar: text buttons (arrows drawn as characters: clear to read, no icon to load at
    start-up) and the search box. Right to left (Arabic) the toolbar runs from the right and Back
    points right, Forward left."""
    back, forward = ("▶", "◀") if window.isRightToLeft() else ("◀", "▶")
    a.back.setIconText(back + " " + QCoreApplication.translate("Menus", "Back"))
    a.forward.setIconText(QCoreApplication.translate("Menus", "Forward") + " " + forward)
    a.zoom_out.setIconText("A−  " + QCoreApplication.translate("Menus", "Smaller"))
    a.zoom_in.setIconText("A+  " + QCoreApplication.translate("Menus", "Larger"))
    a.print.setIconText(QCoreApplication.translate("Menus", "Print…"))
    a.read_aloud.setIconText(QCoreApplication.translate("Menus", "Read aloud"))
    a.toggle_tree.setIconText("☰ " + QCoreApplication.translate("Menus", "Sections"))
    toolbar = QToolBar(QCoreApplication.translate("Menus", "Tools"), window)
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
