"""Names and roles of the window's parts Qt leaves unnamed."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QSizeGrip, QSplitter, QToolBar, QToolButton

from reader.gui import accessibility
from reader.gui.main_window import MainWindow


def test_the_window_s_unnamed_parts_get_names_and_roles(window: MainWindow) -> None:
    accessibility.name_window_parts(window)
    (toolbar,) = window.findChildren(QToolBar)
    (extension,) = toolbar.findChildren(QToolButton, "qt_toolbar_ext_button")
    assert extension.accessibleName() == accessibility.TOOLBAR_EXTENSION_NAME
    splitters = window.findChildren(QSplitter)
    handles = [splitter.handle(index) for splitter in splitters for index in range(splitter.count())]
    assert handles
    for handle in handles:
        interface = QAccessible.queryAccessibleInterface(handle)
        assert interface.role() == QAccessible.Role.Separator
        assert interface.text(QAccessible.Text.Name) == accessibility.SPLITTER_HANDLE_NAME
    grips = window.findChildren(QSizeGrip)
    assert grips
    for grip in grips:
        interface = QAccessible.queryAccessibleInterface(grip)
        assert interface.role() in (QAccessible.Role.Graphic, QAccessible.Role.Grip)
        assert interface.text(QAccessible.Text.Name) == accessibility.SIZE_GRIP_NAME
