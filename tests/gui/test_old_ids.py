"""The window takes old plain section ids (from before ids had an article part) wherever they
are unique: opening a section, ``reader --section``, a saved reading place; and follows links
across articles (issue 13)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.core.builder import build_bundle
from reader.core.bundle import Bundle
from reader.core.history import Position
from reader.core.locations import stylesheet_path, synonyms_path
from reader.gui.main_window import MainWindow
from reader.gui.settings import Settings
from tests.conftest import FRONT
from tests.gui.conftest import WindowFactory


def test_open_section_takes_an_old_plain_id(window: MainWindow) -> None:
    window.open_section("hallucinations")
    assert window.content.current_section() == "ketamine-effects/hallucinations"
    assert window.content.section_at_top() == "ketamine-effects/hallucinations"


def test_the_section_option_takes_an_old_plain_id(make_window: WindowFactory) -> None:
    window = make_window()
    window.resume("key-safety-tips")
    assert window.content.current_section() == "ketamine-effects/key-safety-tips"


def test_a_reading_place_saved_with_an_old_id_is_resumed(make_window: WindowFactory, config_folder: Path) -> None:
    store = Settings(config_folder)
    store.position = Position("dissociative-effects", 0)
    store.sync()
    window = make_window()
    assert window.content.current_section() == "ketamine-effects/dissociative-effects"
    assert window.content.position() == Position("ketamine-effects/dissociative-effects", 0)


def test_an_unknown_id_moves_nothing(window: MainWindow) -> None:
    window.open_section("conclusion")
    window.open_section("nowhere")
    window.open_section("other-article/conclusion")
    assert window.content.current_section() == "ketamine-effects/conclusion"


def _library(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    body = "\n\n## Treatment\n\nRest.\n\n## Side effects\n\nFew.\n"
    for name in ("burns", "snake"):
        link = "\n\nSee [burns](burns#side-effects).\n" if name == "snake" else ""
        text = FRONT.format(title=name.title()) + f"# {name.title()}{link}{body}"
        (folder / f"{name}.md").write_text(text, encoding="utf-8")
    out = tmp_path / "library.sqlite"
    build_bundle(folder, out, stylesheet_path(), synonyms_path())
    return out


def test_ambiguous_ids_and_links_across_articles(tmp_path: Path, qtbot: QtBot) -> None:
    with Bundle.open(_library(tmp_path)) as bundle:
        window = MainWindow(bundle, Settings(tmp_path / "config"))
        qtbot.addWidget(window)
        window.resize(900, 500)
        window.show()
        qtbot.waitExposed(window)
        window.resume("treatment")  # in both articles: the start, not a guess
        assert window.content.verticalScrollBar().value() == 0
        window.open_section("snake/snake")
        window.open_section("treatment")
        assert window.content.current_section() == "snake/snake"
        with qtbot.waitSignal(window.content.section_link_requested) as blocker:
            window.content.anchorClicked.emit(_url("#burns/side-effects"))
        assert blocker.args == ["burns/side-effects"]
        assert window.content.current_section() == "burns/side-effects"
        window.go(-1)
        assert window.content.current_section() == "snake/snake"
        window.close()


def _url(text: str) -> object:
    from PySide6.QtCore import QUrl

    return QUrl(text)
