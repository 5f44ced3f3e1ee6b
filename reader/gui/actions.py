"""Every QAction of the window, as a table: name, text, shortcuts, tip.

Texts and tips are translated (context "Actions") when the actions are made; the table keeps the
English, marked for ``pyside6-lupdate``. ``PANE_KEYS`` too: translate its words where shown.

Shortcuts use ``QKeySequence.StandardKey`` where Qt has one, so each platform gets its own keys.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QWidget

from reader.gui.i18n import QT_TRANSLATE_NOOP

Key = QKeySequence.StandardKey


class ActionSpec(NamedTuple):
    """One action: its attribute on ``Actions``, menu text, shortcuts, tip and whether it is a choice."""

    name: str
    text: str
    keys: tuple[QKeySequence.StandardKey | str, ...]
    tip: str
    checkable: bool = False


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "add_content",
        QT_TRANSLATE_NOOP("Actions", "Add &content…"),
        (),
        QT_TRANSLATE_NOOP("Actions", "Add content packs from a folder or USB drive"),
    ),
    ActionSpec(
        "print",
        QT_TRANSLATE_NOOP("Actions", "&Print…"),
        (Key.Print,),
        QT_TRANSLATE_NOOP("Actions", "Print the current section or the whole article"),
    ),
    ActionSpec(
        "export_pdf",
        QT_TRANSLATE_NOOP("Actions", "&Export PDF…"),
        ("Ctrl+Shift+E",),
        QT_TRANSLATE_NOOP("Actions", "Save a PDF of a section or the article"),
    ),
    ActionSpec(
        "quit",
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        (Key.Quit, "Ctrl+Q"),
        QT_TRANSLATE_NOOP("Actions", "Close the reader"),
    ),
    ActionSpec(
        "back",
        QT_TRANSLATE_NOOP("Actions", "&Back"),
        (Key.Back,),
        QT_TRANSLATE_NOOP("Actions", "Go back to where you were before the last jump"),
    ),
    ActionSpec(
        "forward",
        QT_TRANSLATE_NOOP("Actions", "&Forward"),
        (Key.Forward,),
        QT_TRANSLATE_NOOP("Actions", "Go forward again"),
    ),
    ActionSpec(
        "top",
        QT_TRANSLATE_NOOP("Actions", "&Top of the article"),
        ("Ctrl+Home",),
        QT_TRANSLATE_NOOP("Actions", "Go to the start of the article"),
    ),
    ActionSpec(
        "library",
        QT_TRANSLATE_NOOP("Actions", "&Library"),
        ("Ctrl+L",),
        QT_TRANSLATE_NOOP("Actions", "Every article: find one by its title and open it"),
    ),
    ActionSpec(
        "next_pane",
        QT_TRANSLATE_NOOP("Actions", "Next &pane"),
        ("F6",),
        QT_TRANSLATE_NOOP("Actions", "Move the keyboard focus to the next pane"),
    ),
    ActionSpec(
        "previous_pane",
        QT_TRANSLATE_NOOP("Actions", "Pre&vious pane"),
        ("Shift+F6",),
        QT_TRANSLATE_NOOP("Actions", "Move the focus to the previous pane"),
    ),
    ActionSpec(
        "toggle_tree",
        QT_TRANSLATE_NOOP("Actions", "&Sections"),
        ("F9",),
        QT_TRANSLATE_NOOP("Actions", "Show or hide the list of sections beside the text"),
        checkable=True,
    ),
    ActionSpec(
        "zoom_in",
        QT_TRANSLATE_NOOP("Actions", "Zoom &in"),
        (Key.ZoomIn, "Ctrl+="),
        QT_TRANSLATE_NOOP("Actions", "Make the text larger"),
    ),
    ActionSpec(
        "zoom_out",
        QT_TRANSLATE_NOOP("Actions", "Zoom &out"),
        (Key.ZoomOut,),
        QT_TRANSLATE_NOOP("Actions", "Make the text smaller"),
    ),
    ActionSpec(
        "zoom_reset",
        QT_TRANSLATE_NOOP("Actions", "&Normal size"),
        ("Ctrl+0",),
        QT_TRANSLATE_NOOP("Actions", "Text at its normal size"),
    ),
    ActionSpec(
        "read_aloud",
        QT_TRANSLATE_NOOP("Actions", "Read &aloud"),
        ("Ctrl+Shift+U",),
        QT_TRANSLATE_NOOP("Actions", "Read the section, or the selection, aloud; again to stop"),
        True,
    ),
    ActionSpec(
        "pause_reading",
        QT_TRANSLATE_NOOP("Actions", "&Pause reading"),
        ("Ctrl+Shift+P",),
        QT_TRANSLATE_NOOP("Actions", "Pause the reading aloud, or go on"),
    ),
    ActionSpec(
        "theme_system",
        QT_TRANSLATE_NOOP("Actions", "Follow the &system"),
        (),
        QT_TRANSLATE_NOOP("Actions", "Light, dark or high contrast as the system is set"),
        checkable=True,
    ),
    ActionSpec(
        "theme_light",
        QT_TRANSLATE_NOOP("Actions", "&Light"),
        (),
        QT_TRANSLATE_NOOP("Actions", "Dark text on a light background"),
        checkable=True,
    ),
    ActionSpec(
        "theme_dark",
        QT_TRANSLATE_NOOP("Actions", "&Dark"),
        (),
        QT_TRANSLATE_NOOP("Actions", "Light text on a dark background"),
        checkable=True,
    ),
    ActionSpec(
        "theme_contrast",
        QT_TRANSLATE_NOOP("Actions", "&High contrast"),
        (),
        QT_TRANSLATE_NOOP("Actions", "White and yellow text on black"),
        checkable=True,
    ),
    ActionSpec(
        "find",
        QT_TRANSLATE_NOOP("Actions", "&Find…"),
        (Key.Find, "Ctrl+K"),
        QT_TRANSLATE_NOOP("Actions", "Search the article"),
    ),
    ActionSpec(
        "find_next",
        QT_TRANSLATE_NOOP("Actions", "Find &next"),
        (Key.FindNext,),
        QT_TRANSLATE_NOOP("Actions", "Go to the next match"),
    ),
    ActionSpec(
        "find_previous",
        QT_TRANSLATE_NOOP("Actions", "Find pre&vious"),
        (Key.FindPrevious,),
        QT_TRANSLATE_NOOP("Actions", "Go to the previous match"),
    ),
    ActionSpec(
        "clear_search",
        QT_TRANSLATE_NOOP("Actions", "&Clear search"),
        ("Esc",),
        QT_TRANSLATE_NOOP("Actions", "Clear the search and its marks, back to reading"),
    ),
    ActionSpec(
        "shortcuts",
        QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"),
        ("F1",),
        QT_TRANSLATE_NOOP("Actions", "Every key the reader answers to"),
    ),
    ActionSpec(
        "about",
        QT_TRANSLATE_NOOP("Actions", "&About this content…"),
        (),
        QT_TRANSLATE_NOOP("Actions", "Versions, source, edition and corrections"),
    ),
)

# Keys a pane answers to itself, not through an action: listed beside the actions in Help ›
# Keyboard shortcuts, and each one tested where the pane handles it.
PANE_KEYS: tuple[tuple[str, str], ...] = (
    ("Enter", QT_TRANSLATE_NOOP("Actions", "In the search box: open the top result (or the one selected)")),
    ("Down", QT_TRANSLATE_NOOP("Actions", "In the search box: move into the results")),
    ("Up", QT_TRANSLATE_NOOP("Actions", "On the first result: back to the search box")),
    ("Enter", QT_TRANSLATE_NOOP("Actions", "In the results or the list of sections: open it")),
    ("Ctrl+wheel", QT_TRANSLATE_NOOP("Actions", "Over the text: larger or smaller")),
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
    action.setText(QCoreApplication.translate("Actions", spec.text))
    action.setCheckable(spec.checkable)
    sequences: list[QKeySequence] = []
    for key in spec.keys:
        found = QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [QKeySequence(key)]
        sequences += [seq for seq in found if seq not in sequences]
    action.setShortcuts(sequences)
    tip = QCoreApplication.translate("Actions", spec.tip)
    action.setStatusTip(tip)
    action.setToolTip(f"{tip} ({sequences[0].toString(QKeySequence.SequenceFormat.NativeText)})" if sequences else tip)
    return action
