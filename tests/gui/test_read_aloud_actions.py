"""The Read aloud and Pause reading actions: a reader without QtTextToSpeech says so; with Qt's
mock engine the actions follow the reading, and a language without a voice is said."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from reader.gui.application import create_application
from reader.gui.content_view import ContentView
from reader.gui.read_aloud_actions import UNAVAILABLE, ReadAloudActions

HAS_SPEECH = importlib.util.find_spec("PySide6.QtTextToSpeech") is not None
needs_speech = pytest.mark.skipif(not HAS_SPEECH, reason="PySide6-Addons is not installed")

Factory = Callable[[str], tuple[ReadAloudActions, QMainWindow]]


@pytest.fixture
def make_actions(qtbot: QtBot) -> Factory:
    """Read-aloud actions over a shown article pane in a window with a status bar."""
    create_application()

    def make(language: str) -> tuple[ReadAloudActions, QMainWindow]:
        window = QMainWindow()
        qtbot.addWidget(window)
        content = ContentView()
        window.setCentralWidget(content)
        content.show_article('<h1 id="a">Fruit</h1><p>Apples keep well.</p>', "", ["a"])
        window.resize(500, 300)
        window.show()
        qtbot.waitExposed(window)
        read, pause = QAction(window), QAction(window)
        read.setCheckable(True)
        actions = ReadAloudActions(read, pause, content, window.statusBar(), lambda: language, "mock", window)
        actions.connect_signals()
        return actions, window

    return make


def test_without_the_speech_module_the_action_says_so_and_turns_off(
    make_actions: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "reader.gui.read_aloud", None)  # importing it fails
    actions, window = make_actions("en")
    actions.read.setChecked(True)
    assert not actions.read.isChecked()
    assert not actions.read.isEnabled()
    assert not actions.pause.isEnabled()
    assert window.statusBar().currentMessage() == UNAVAILABLE


@needs_speech
@pytest.mark.qt_log_ignore("pipewire")
def test_the_actions_follow_the_reading(make_actions: Factory, qtbot: QtBot) -> None:
    actions, _window = make_actions("en")
    assert not actions.pause.isEnabled()
    actions.read.setChecked(True)
    qtbot.waitUntil(actions.pause.isEnabled)
    actions.pause.trigger()
    qtbot.waitUntil(lambda: actions.pause.text() == "&Resume reading")
    actions.pause.trigger()
    qtbot.waitUntil(lambda: actions.pause.text() == "&Pause reading")
    qtbot.waitUntil(lambda: not actions.read.isChecked(), timeout=10000)  # read to the end
    assert not actions.pause.isEnabled()


@needs_speech
@pytest.mark.qt_log_ignore("pipewire")
def test_a_language_without_a_voice_is_said_and_nothing_is_read(make_actions: Factory) -> None:
    actions, window = make_actions("fr")
    actions.read.setChecked(True)
    assert not actions.read.isChecked()
    assert window.statusBar().currentMessage() == "No voice for français is installed on this computer."
