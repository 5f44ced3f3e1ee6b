"""Names and roles for the parts of the window Qt leaves unnamed.

Qt gives a screen reader no name for the toolbar's "»" button and a role "unknown" to a
splitter's handle and the status bar's size grip: ``name_window_parts`` names them, and a factory
gives the handle the role of a separator and the grip that of a grip (a picture on Linux).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QAccessibleWidget,
    QMainWindow,
    QSizeGrip,
    QSplitter,
    QSplitterHandle,
    QToolBar,
    QToolButton,
)

from reader.gui.i18n import QT_TRANSLATE_NOOP

Role = QAccessible.Role
# The names in English, marked for lupdate; _tr gives them in the window's language.
SPLITTER_HANDLE_NAME = QT_TRANSLATE_NOOP("Accessibility", "Divider between the sections and the article")
SIZE_GRIP_NAME = QT_TRANSLATE_NOOP("Accessibility", "Resize the window")
TOOLBAR_EXTENSION_NAME = QT_TRANSLATE_NOOP("Accessibility", "More tools")
_TOOLBAR_EXTENSION = "qt_toolbar_ext_button"  # Qt's own object name for a toolbar's "»" button
# Qt tells AT-SPI (Linux) that a grip is "unknown"; there it is the picture of a corner to drag
# (it takes no keys). Windows' UI Automation has a grip's role (Thumb).
_GRIP_ROLE = Role.Graphic if sys.platform.startswith("linux") else Role.Grip
_roles_installed = False


def install_roles() -> None:
    """Give splitter handles the role of a separator and size grips that of a grip (once per
    process; Qt's own answer for both is "unknown")."""
    global _roles_installed  # noqa: PLW0603 - one factory for the process
    if not _roles_installed:
        _roles_installed = True
        QAccessible.installFactory(_role_factory)


def _tr(name: str) -> str:
    """One of the names above in the window's language."""
    return QCoreApplication.translate("Accessibility", name)


def _role_factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, QSplitterHandle):
        return QAccessibleWidget(obj, Role.Separator, obj.accessibleName() or _tr(SPLITTER_HANDLE_NAME))
    if isinstance(obj, QSizeGrip):
        return QAccessibleWidget(obj, _GRIP_ROLE, obj.accessibleName() or _tr(SIZE_GRIP_NAME))
    return None


def name_window_parts(window: QMainWindow) -> None:
    """Name what Qt leaves unnamed in a window: the toolbars' "»" buttons, the splitters'
    handles, the status bar's size grip. Call it once the window's parts are built."""
    install_roles()
    for toolbar in window.findChildren(QToolBar):
        for button in toolbar.findChildren(QToolButton, _TOOLBAR_EXTENSION):
            button.setAccessibleName(_tr(TOOLBAR_EXTENSION_NAME))
            button.setToolTip(
                QCoreApplication.translate("Accessibility", "More tools: the ones the window is too narrow to show")
            )
    for splitter in window.findChildren(QSplitter):
        for index in range(splitter.count()):
            splitter.handle(index).setAccessibleName(_tr(SPLITTER_HANDLE_NAME))
    for grip in window.findChildren(QSizeGrip):
        grip.setAccessibleName(_tr(SIZE_GRIP_NAME))
