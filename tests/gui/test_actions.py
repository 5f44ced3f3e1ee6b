"""The window's actions, made from one table."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reader.gui.actions import ACTIONS, Actions


@pytest.fixture
def actions(qtbot: QtBot) -> Iterator[Actions]:
    parent = QWidget()  # owns the actions: kept alive until the test ends
    qtbot.addWidget(parent)
    yield Actions(parent)
    parent.deleteLater()


def test_every_row_is_an_attribute_and_every_attribute_a_row(actions: Actions) -> None:
    declared = set(Actions.__annotations__)
    assert {spec.name for spec in ACTIONS} == declared
    assert [action.text() for action in actions.all()] == [spec.text for spec in ACTIONS]
    for spec in ACTIONS:
        assert getattr(actions, spec.name).text() == spec.text


def test_no_shortcut_is_given_to_two_actions(actions: Actions) -> None:
    owners: dict[str, str] = {}
    for action in actions.all():
        for sequence in action.shortcuts():
            key = sequence.toString()
            assert key not in owners, f"{key} is both {owners[key]} and {action.text()}"
            owners[key] = action.text()


def test_shortcuts_from_the_table(actions: Actions) -> None:
    assert QKeySequence("Ctrl+K") in actions.find.shortcuts()
    assert QKeySequence("Ctrl+Shift+E") in actions.export_pdf.shortcuts()
    assert actions.about.shortcuts() == []
    assert actions.find.toolTip() == "Search the article (Ctrl+F)"
    assert actions.about.toolTip() == "Versions, source, edition and corrections"


def test_theme_choices_are_exclusive(actions: Actions) -> None:
    choices = actions.theme_actions()
    assert all(action.isCheckable() for action in choices.values())
    assert not actions.find.isCheckable()
    choices["dark"].trigger()
    choices["light"].trigger()
    assert [name for name, action in choices.items() if action.isChecked()] == ["light"]
