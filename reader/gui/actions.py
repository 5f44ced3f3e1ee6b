"""Every QAction of the window with its shortcut, in one place.

Shortcuts use ``QKeySequence.StandardKey`` where Qt has one, so each platform gets its own keys.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QWidget

Key = QKeySequence.StandardKey


class Actions:
    """The window's actions; the main window puts them in menus and connects ``triggered``."""

    def __init__(self, parent: QWidget) -> None:
        self.print = _action(parent, "&Print…", [Key.Print], "Print the current section or the whole article")
        self.export_pdf = _action(parent, "&Export PDF…", ["Ctrl+Shift+E"], "Save a PDF of a section or the article")
        self.quit = _action(parent, "&Quit", [Key.Quit, "Ctrl+Q"], "Close the reader")

        self.back = _action(parent, "&Back", [Key.Back], "Go back to where you were before the last jump")
        self.forward = _action(parent, "&Forward", [Key.Forward], "Go forward again")
        self.next_pane = _action(parent, "Next &pane", ["F6"], "Move the keyboard focus to the next pane")
        self.previous_pane = _action(parent, "Pre&vious pane", ["Shift+F6"], "Move the focus to the previous pane")

        self.zoom_in = _action(parent, "Zoom &in", [Key.ZoomIn, "Ctrl+="], "Make the text larger")
        self.zoom_out = _action(parent, "Zoom &out", [Key.ZoomOut], "Make the text smaller")
        self.zoom_reset = _action(parent, "&Normal size", ["Ctrl+0"], "Text at its normal size")

        self.theme_group = QActionGroup(parent)
        self.theme_system = _action(parent, "Follow the &system", [], "Light or dark as the system is set")
        self.theme_light = _action(parent, "&Light", [], "Dark text on a light background")
        self.theme_dark = _action(parent, "&Dark", [], "Light text on a dark background")
        for action in (self.theme_system, self.theme_light, self.theme_dark):
            action.setCheckable(True)
            self.theme_group.addAction(action)

        self.find = _action(parent, "&Find…", [Key.Find, "Ctrl+K"], "Search the article")
        self.find_next = _action(parent, "Find &next", [Key.FindNext], "Go to the next match")
        self.find_previous = _action(parent, "Find pre&vious", [Key.FindPrevious], "Go to the previous match")

        self.about = _action(parent, "&About this content…", [], "Versions, source, edition and corrections")

    def all(self) -> list[QAction]:
        """Return every action, for tests and for adding them to the window."""
        return [value for value in vars(self).values() if isinstance(value, QAction)]

    def theme_actions(self) -> dict[str, QAction]:
        """Return the theme choices by their setting value."""
        return {"system": self.theme_system, "light": self.theme_light, "dark": self.theme_dark}


def _action(parent: QWidget, text: str, keys: list[QKeySequence.StandardKey | str], tip: str) -> QAction:
    # QAction(text, parent) makes PySide weigh the (icon, text) overload and load QIcon's type,
    # ~1% of the start-up: the reader's actions have no icons.
    action = QAction(parent)
    action.setText(text)
    sequences: list[QKeySequence] = []
    for key in keys:
        found = QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [QKeySequence(key)]
        sequences += [seq for seq in found if seq not in sequences]
    action.setShortcuts(sequences)
    action.setStatusTip(tip)
    action.setToolTip(f"{tip} ({sequences[0].toString(QKeySequence.SequenceFormat.NativeText)})" if sequences else tip)
    return action
