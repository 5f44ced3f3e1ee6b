"""Read aloud with Qt's mock speech engine: what is read (the section, the selection, tables row
by row), the word marked as it is said, stop, pause and resume, and the message when no voice
speaks the article's language.

The mock engine comes with PySide6-Addons; without it (the window then offers no Read aloud)
these tests are skipped.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from reader.gui.application import create_application
from reader.gui.content_view import READING, ContentView

QtTextToSpeech = pytest.importorskip("PySide6.QtTextToSpeech", reason="PySide6-Addons is not installed")

from reader.gui.read_aloud import ReadAloud  # noqa: E402 - only with PySide6-Addons

# QtMultimedia, loaded by QtTextToSpeech, looks for PipeWire and says so when it is missing.
pytestmark = pytest.mark.qt_log_ignore("pipewire")

ARTICLE = """
<h1 id="top">Fruit</h1><p>Fruit keeps well.</p>
<h2 id="kinds">Kinds</h2>
<table><tr><th>Fruit</th><th>Season</th></tr><tr><td>Apple</td><td>Autumn</td></tr></table>
<h2 id="care">Care</h2><p>Keep it cool and dry.</p>
"""


@pytest.fixture
def view(qtbot: QtBot) -> ContentView:
    create_application()
    pane = ContentView()
    qtbot.addWidget(pane)
    pane.show_article(ARTICLE, "", ["top", "kinds", "care"])
    pane.resize(600, 400)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


@pytest.fixture
def reader(view: ContentView) -> ReadAloud:
    return ReadAloud(view, "mock")


def words_said(reader: ReadAloud, qtbot: QtBot) -> list[str]:
    """Every word the engine says until it stops, each with what is marked in the article then
    ("word=marked")."""
    marked: list[str] = []

    def mark(word: str, _id: int, _start: int, _length: int) -> None:
        marks = [s for s in reader.view.extraSelections() if s.format.background().color().name() == READING]
        assert len(marks) <= 1
        marked.append(f"{word}={marks[0].cursor.selectedText()}" if marks else f"{word}=")

    reader.speech.sayingWord.connect(mark)
    qtbot.waitUntil(lambda: reader.state() == "stopped", timeout=10000)
    return marked


def test_the_current_section_is_read_word_by_word_its_table_by_row(
    reader: ReadAloud, view: ContentView, qtbot: QtBot
) -> None:
    view.scroll_to_section("kinds")
    with qtbot.waitSignal(reader.state_changed) as started:
        assert reader.read("en")
    assert started.args == ["reading"]
    assert reader._text == "Kinds\nTable, 1 row: Fruit, Season.\nFruit: Apple. Season: Autumn.\n"  # noqa: SLF001
    said = words_said(reader, qtbot)
    # Words of the document are marked where they are; words said for the listener ("Table",
    # the header names before each cell) leave the mark where it was.
    assert said == [
        "Kinds=Kinds",
        "Table=Kinds",
        "1=Kinds",
        "row=Kinds",
        "Fruit=Kinds",
        "Season=Kinds",
        "Fruit=Kinds",
        "Apple=Apple",
        "Season=Apple",
        "Autumn=Autumn",
    ]
    assert not [s for s in view.extraSelections() if s.format.background().color().name() == READING]


def test_the_selection_is_read_instead(reader: ReadAloud, view: ContentView, qtbot: QtBot) -> None:
    cursor = QTextCursor(view.document())
    start = view.toPlainText().index("keeps")
    cursor.setPosition(start)
    cursor.setPosition(start + len("keeps well"), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    assert reader.read("en")
    assert words_said(reader, qtbot) == ["keeps=keeps", "well=well"]


def test_stop_ends_the_reading_and_its_mark(reader: ReadAloud, view: ContentView, qtbot: QtBot) -> None:
    view.scroll_to_section("top")
    assert reader.read("en")
    qtbot.waitSignal(reader.speech.sayingWord).wait()
    with qtbot.waitSignal(reader.state_changed, timeout=5000) as stopped:
        reader.stop()
    assert stopped.args == ["stopped"]
    assert view.extraSelections() == []


def test_pause_and_resume(reader: ReadAloud, view: ContentView, qtbot: QtBot) -> None:
    assert reader.can_pause()  # the mock engine can, as speech-dispatcher and SAPI can
    view.scroll_to_section("top")
    assert reader.read("en")
    with qtbot.waitSignal(reader.state_changed, check_params_cb=lambda state: state == "paused", timeout=5000):
        reader.pause_or_resume()
    with qtbot.waitSignal(reader.state_changed, check_params_cb=lambda state: state == "reading", timeout=5000):
        reader.pause_or_resume()
    reader.stop()


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("fr", "No voice for français is installed on this computer."),
        ("sw", "No voice for Kiswahili is installed on this computer."),
    ],
)
def test_no_voice_for_the_language_is_said(reader: ReadAloud, qtbot: QtBot, language: str, message: str) -> None:
    with qtbot.waitSignal(reader.problem) as problem, qtbot.assertNotEmitted(reader.state_changed):
        assert not reader.read(language)
    assert problem.args == [message]


@pytest.mark.parametrize(("language", "locale"), [("en", "en"), ("en-GB", "en_GB"), ("nb", "nb_NO"), ("fi", "fi_FI")])
def test_the_voice_follows_the_article_s_language(reader: ReadAloud, language: str, locale: str) -> None:
    assert reader.read(language)
    assert reader.speech.locale().name().startswith(locale)
    reader.stop()


def test_an_engine_error_is_said_only_while_reading(reader: ReadAloud, qtbot: QtBot) -> None:
    error = QtTextToSpeech.QTextToSpeech.ErrorReason.Playback
    with qtbot.assertNotEmitted(reader.problem):
        reader._error(error, "no sound")  # noqa: SLF001 - an engine failing at start: read() says it
    assert reader.read("en")
    with qtbot.waitSignal(reader.problem) as problem:
        reader._error(error, "no sound")  # noqa: SLF001
    assert problem.args == ["Read aloud stopped: no sound."]
    reader.stop()


@pytest.mark.qt_log_ignore("is not supported")
def test_an_engine_that_cannot_start_is_said_in_the_interface_s_words(
    view: ContentView, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    reader = ReadAloud(view, "no-such-engine")  # Qt: State.Error, "engine not initialized" or the like
    assert reader.speech.state() == QtTextToSpeech.QTextToSpeech.State.Error
    with qtbot.waitSignal(reader.problem) as problem:
        assert not reader.read("en")
    assert problem.args == ["Read aloud cannot start: no speech engine works."]
    assert any("read aloud cannot start" in record.getMessage() for record in caplog.records)  # Qt's reason, logged
