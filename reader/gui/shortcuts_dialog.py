"""Help › Keyboard shortcuts: every key the window answers to, read from the actions themselves."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.gui.actions import PANE_KEYS, Actions


def shortcut_rows(actions: Actions) -> list[tuple[str, str]]:
    """(keys, what they do) for every action with a shortcut, then the keys panes handle themselves,
    in the window's language."""
    rows: list[tuple[str, str]] = []
    for action in actions.all():
        keys = [seq.toString(QKeySequence.SequenceFormat.NativeText) for seq in action.shortcuts()]
        if keys:
            #: A shortcut's row: %1 is the action's name, %2 what it does
            row = QCoreApplication.translate("ShortcutsDialog", "%1: %2")
            rows.append((_either(keys), _fill(row, action.text().replace("&", ""), action.statusTip())))
    return rows + [(_key_name(keys), QCoreApplication.translate("Actions", what)) for keys, what in PANE_KEYS]


def _either(keys: list[str]) -> str:
    """Several keys that do the same, as one text ("Ctrl+F or Ctrl+K")."""
    text = keys[0]
    for key in keys[1:]:
        #: Two keys that do the same thing: %1 the first (or the first ones), %2 the other
        text = _fill(QCoreApplication.translate("ShortcutsDialog", "%1 or %2"), text, key)
    return text


def _key_name(keys: str) -> str:
    """A key a pane answers to, as Qt names it in the window's language ("Enter", "Down"), or
    translated from the actions' words when it is no key sequence ("Ctrl+wheel")."""
    sequence = QKeySequence.fromString(keys, QKeySequence.SequenceFormat.PortableText)
    if sequence.toString(QKeySequence.SequenceFormat.PortableText) == keys:
        return sequence.toString(QKeySequence.SequenceFormat.NativeText)
    return QCoreApplication.translate("Actions", keys)


def _fill(text: str, *values: str) -> str:
    """A translated text with its ``%1``, ``%2``… replaced by values in one pass, as Qt's
    ``arg`` does: a value holding "%2" stays as it is."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return values[number - 1] if 0 < number <= len(values) else match.group(0)

    return re.sub(r"%(\d)", value, text)


class ShortcutsDialog(QDialog):
    """A table of keys and what they do, in the order of the menus' actions."""

    def __init__(self, actions: Actions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(actions)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for row, (keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, Qt.Orientation.Horizontal, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 520)
