"""Every QAction of the window, as a table: name, text, shortcuts, tip.

Shortcuts use ``QKeySequence.StandardKey`` where Qt has one, so each platform gets its own keys.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QWidget

Key = QKeySequence.StandardKey


class ActionSpec(NamedTuple):
    """One action: its attribute on ``Actions``, menu text, shortcuts, tip and whether it is a choice."""

    name: str
    text: str
    keys: tuple[QKeySequence.StandardKey | str, ...]
    tip: str
    checkable: bool = False


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("add_content", "Add &content…", (), "Add content packs from a folder or USB drive"),
    ActionSpec("print", "&Print…", (Key.Print,), "Print the current section or the whole article"),
    ActionSpec("export_pdf", "&Export PDF…", ("Ctrl+Shift+E",), "Save a PDF of a section or the article"),
    ActionSpec("quit", "&Quit", (Key.Quit, "Ctrl+Q"), "Close the reader"),
    ActionSpec("back", "&Back", (Key.Back,), "Go back to where you were before the last jump"),
    ActionSpec("forward", "&Forward", (Key.Forward,), "Go forward again"),
    ActionSpec("top", "&Top of the article", ("Ctrl+Home",), "Go to the start of the article"),
    ActionSpec("library", "&Library", ("Ctrl+L",), "Every article: find one by its title and open it"),
    ActionSpec("next_pane", "Next &pane", ("F6",), "Move the keyboard focus to the next pane"),
    ActionSpec("previous_pane", "Pre&vious pane", ("Shift+F6",), "Move the focus to the previous pane"),
    ActionSpec(
        "toggle_tree", "&Sections", ("F9",), "Show or hide the list of sections beside the text", checkable=True
    ),
    ActionSpec("zoom_in", "Zoom &in", (Key.ZoomIn, "Ctrl+="), "Make the text larger"),
    ActionSpec("zoom_out", "Zoom &out", (Key.ZoomOut,), "Make the text smaller"),
    ActionSpec("zoom_reset", "&Normal size", ("Ctrl+0",), "Text at its normal size"),
    ActionSpec(
        "read_aloud", "Read &aloud", ("Ctrl+Shift+U",), "Read the section, or the selection, aloud; again to stop", True
    ),
    ActionSpec("pause_reading", "&Pause reading", ("Ctrl+Shift+P",), "Pause the reading aloud, or go on"),
    ActionSpec(
        "theme_system", "Follow the &system", (), "Light, dark or high contrast as the system is set", checkable=True
    ),
    ActionSpec("theme_light", "&Light", (), "Dark text on a light background", checkable=True),
    ActionSpec("theme_dark", "&Dark", (), "Light text on a dark background", checkable=True),
    ActionSpec("theme_contrast", "&High contrast", (), "White and yellow text on black", checkable=True),
    ActionSpec("find", "&Find…", (Key.Find, "Ctrl+K"), "Search the article"),
    ActionSpec("find_next", "Find &next", (Key.FindNext,), "Go to the next match"),
    ActionSpec("find_previous", "Find pre&vious", (Key.FindPrevious,), "Go to the previous match"),
    ActionSpec("clear_search", "&Clear search", ("Esc",), "Clear the search and its marks, back to reading"),
    ActionSpec("shortcuts", "&Keyboard shortcuts", ("F1",), "Every key the reader answers to"),
    ActionSpec("about", "&About this content…", (), "Versions, source, edition and corrections"),
)

# Keys a pane answers to itself, not through an action: listed beside the actions in Help ›
# Keyboard shortcuts, and each one tested where the pane handles it.
PANE_KEYS: tuple[tuple[str, str], ...] = (
    ("Enter", "In the search box: open the top result (or the one selected)"),
    ("Down", "In the search box: move into the results"),
    ("Up", "On the first result: back to the search box"),
    ("Enter", "In the results or the list of sections: open it"),
    ("Ctrl+wheel", "Over the text: larger or smaller"),
)


class Actions:
    """The window's actions, made from ``ACTIONS``; the main window puts them in menus and
    connects ``triggered``. The theme choices are checkable and exclusive."""

    add_content: QAction
    print: QAction
    export_pdf: QAction
    quit: QAction
    back: QAction
    forward: QAction
    top: QAction
    library: QAction
    next_pane: QAction
    previous_pane: QAction
    toggle_tree: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    read_aloud: QAction
    pause_reading: QAction
    theme_system: QAction
    theme_light: QAction
    theme_dark: QAction
    theme_contrast: QAction
    find: QAction
    find_next: QAction
    find_previous: QAction
    clear_search: QAction
    shortcuts: QAction
    about: QAction

    def __init__(self, parent: QWidget) -> None:
        self._actions = {spec.name: _action(parent, spec) for spec in ACTIONS}
        for name, action in self._actions.items():
            setattr(self, name, action)
        self.theme_group = QActionGroup(parent)
        for action in self.theme_actions().values():
            self.theme_group.addAction(action)

    def all(self) -> list[QAction]:
        """Return every action, in the table's order."""
        return list(self._actions.values())

    def theme_actions(self) -> dict[str, QAction]:
        """Return the theme choices by their setting value."""
        return {
            "system": self.theme_system,
            "light": self.theme_light,
            "dark": self.theme_dark,
            "contrast": self.theme_contrast,
        }


def _action(parent: QWidget, spec: ActionSpec) -> QAction:
    # QAction(text, parent) makes PySide weigh the (icon, text) overload and load QIcon's type,
    # ~1% of the start-up: the reader's actions have no icons.
    action = QAction(parent)
    action.setText(spec.text)
    action.setCheckable(spec.checkable)
    sequences: list[QKeySequence] = []
    for key in spec.keys:
        found = QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [QKeySequence(key)]
        sequences += [seq for seq in found if seq not in sequences]
    action.setShortcuts(sequences)
    action.setStatusTip(spec.tip)
    action.setToolTip(
        f"{spec.tip} ({sequences[0].toString(QKeySequence.SequenceFormat.NativeText)})" if sequences else spec.tip
    )
    return action
