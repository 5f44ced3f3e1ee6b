"""A bundle of several articles in the window: one article shown at a time, switching on any
jump (tree, link, search hit, Back/Forward, resume), the tree's top level the articles."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QUrl
from pytestqt.qtbot import QtBot

from reader.core.builder import build_bundle
from reader.core.history import Position
from reader.core.locations import stylesheet_path, synonyms_path
from reader.gui.main_window import MainWindow
from reader.gui.search_panel import HTML_ROLE
from reader.gui.section_tree import SECTION_ID_ROLE

from .conftest import WindowFactory, window_factory

FILLER = " ".join(["Read the label, ask the clinic and keep the card with you."] * 12)

ARTICLES = {
    "alpha": ("Alpha fever", "the alpha tablets", "See [beta's treatment](beta#treatment)."),
    "beta": ("Beta cough", "the beta syrup with honey", "Back to [alpha](alpha#treatment)."),
    "gamma": ("Gamma rash", "the gamma cream", "Nothing else."),
}


def _source(article_id: str, title: str, remedy: str, extra: str) -> str:
    paragraphs = "\n\n".join([FILLER] * 6)
    return (
        f'---\ntitle: "{title}"\nsource: "Test text"\nlanguage: en\n'
        f'edition: "2026-11-27, {article_id} edition"\n---\n\n'
        f"# {title}\n\nAbout {title.lower()}. {extra}\n\n"
        f"## What it is\n\n{paragraphs}\n\n"
        f"## Treatment\n\nTake {remedy} twice a day.\n\n{paragraphs}\n\n"
        f"## Side effects\n\n{paragraphs}\n\n"
        + ("## Gamma only\n\nA part only the gamma article has.\n\n" if article_id == "gamma" else "")
    )


@pytest.fixture(scope="module")
def three_articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A bundle of three articles that each have "What it is", "Treatment" and "Side effects"."""
    folder = tmp_path_factory.mktemp("articles")
    for article_id, (title, remedy, extra) in ARTICLES.items():
        (folder / f"{article_id}.md").write_text(_source(article_id, title, remedy, extra), encoding="utf-8")
    out = folder / "three.sqlite"
    build_bundle(folder, out, stylesheet_path(), synonyms_path())
    return out


@pytest.fixture
def make_library_window(three_articles: Path, config_folder: Path, qtbot: QtBot) -> Iterator[WindowFactory]:
    """Build shown windows over the three-article bundle, sharing one settings folder."""
    with window_factory(three_articles, config_folder, qtbot) as make:
        yield make


@pytest.fixture
def window(make_library_window: WindowFactory) -> MainWindow:
    """A window over three articles."""
    return make_library_window()


def shown_article(window: MainWindow) -> str:
    """Which article's text the pane holds (asserting it holds only one)."""
    text = window.content.toPlainText()
    shown = [article_id for article_id, (title, _, _) in ARTICLES.items() if title in text]
    assert len(shown) == 1, shown
    return shown[0]


def test_the_first_article_alone_is_shown_at_start(window: MainWindow) -> None:
    assert shown_article(window) == "alpha"
    assert window.content.section_ids() == [
        "alpha/alpha-fever",
        "alpha/what-it-is",
        "alpha/treatment",
        "alpha/side-effects",
    ]
    assert window.library.is_shown()  # a first start over several articles: the library page
    assert window.windowTitle() == "Library — Reader"
    window.library.hide()
    assert window.windowTitle() == "Alpha fever — Reader"
    assert window.content.hasFocus()


def test_opening_a_section_of_another_article_switches(window: MainWindow) -> None:
    window.open_section("beta/treatment")
    assert shown_article(window) == "beta"
    assert window.content.current_section() == "beta/treatment"
    assert window.content.section_at_top() == "beta/treatment"
    assert window.tree.currentIndex().data(SECTION_ID_ROLE) == "beta/treatment"
    assert window.path_label.full_text() == "Beta cough › Treatment"
    assert window.windowTitle() == "Beta cough — Reader"
    assert window.article_pages.last_open_ms > 0


def test_scroll_spy_works_in_the_article_switched_to(window: MainWindow) -> None:
    window.open_section("gamma/side-effects")
    side_effects = window.content.verticalScrollBar().value()
    window.content.verticalScrollBar().setValue(0)
    assert window.content.current_section() == "gamma/gamma-rash"
    window.content.verticalScrollBar().setValue(side_effects + 30)
    assert window.content.current_section() == "gamma/side-effects"
    assert window.tree.currentIndex().data(SECTION_ID_ROLE) == "gamma/side-effects"


def test_a_tree_click_in_another_article_switches(window: MainWindow, qtbot: QtBot) -> None:
    root = window.outline_model.index_of("gamma/gamma-rash")
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=window.tree.visualRect(root).center())
    assert shown_article(window) == "gamma"
    assert window.content.current_section() == "gamma/gamma-rash"
    assert window.tree.isExpanded(root)


def test_a_link_to_another_article_switches(window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.content.section_link_requested):
        window.content.anchorClicked.emit(QUrl("#beta/treatment"))
    assert shown_article(window) == "beta"
    assert window.content.current_section() == "beta/treatment"


def test_history_across_articles_keeps_the_offset(window: MainWindow) -> None:
    window.open_section("alpha/treatment")
    bar = window.content.verticalScrollBar()
    bar.setValue(bar.value() + 45)
    place = window.content.position()
    assert place.section_id == "alpha/treatment"
    assert place.offset > 0
    window.open_section("beta/side-effects")
    assert shown_article(window) == "beta"
    window.window_actions.back.trigger()
    assert shown_article(window) == "alpha"
    assert window.content.position() == place
    assert window.tree.currentIndex().data(SECTION_ID_ROLE) == "alpha/treatment"
    window.window_actions.forward.trigger()
    assert shown_article(window) == "beta"
    assert window.content.current_section() == "beta/side-effects"


def test_go_to_top_is_the_top_of_the_current_article(window: MainWindow) -> None:
    window.open_section("beta/side-effects")
    window.go_to_top()
    assert shown_article(window) == "beta"
    assert window.content.current_section() == "beta/beta-cough"


def test_resume_into_an_article_that_is_not_the_first(make_library_window: WindowFactory) -> None:
    first = make_library_window()
    first.open_section("gamma/treatment")
    bar = first.content.verticalScrollBar()
    bar.setValue(bar.value() + 25)
    place = first.content.position()
    first.close()
    assert first.settings.position == place

    again = make_library_window()
    assert shown_article(again) == "gamma"
    assert again.content.position() == place
    assert again.windowTitle() == "Gamma rash — Reader"
    assert again.tree.currentIndex().data(SECTION_ID_ROLE) == "gamma/treatment"


def test_resume_at_a_section_asked_for_by_an_old_plain_id(window: MainWindow) -> None:
    window.resume("gamma-only")
    assert shown_article(window) == "gamma"
    assert window.content.current_section() == "gamma/gamma-only"


def test_an_old_plain_id_several_articles_share_opens_nothing(
    window: MainWindow, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        window.open_section("treatment")
    assert "in 3 articles" in caplog.text
    assert shown_article(window) == "alpha"


def test_a_search_hit_in_another_article_switches_and_marks(window: MainWindow, qtbot: QtBot) -> None:
    window.search_controller.search("honey")
    assert window.content.match_count() == 0  # alpha does not say it
    window.open_search_hit("beta/treatment")
    assert shown_article(window) == "beta"
    assert window.content.match_count() == 1
    assert window.content.current_match() == 0
    assert window.content.current_section() == "beta/treatment"
    assert window.search_controller.match_label.text() in {"1 match", "match 1 of 1"}
    window.search_controller.cancel()
    window.open_section("alpha/treatment")
    assert window.content.match_count() == 0


def test_marks_follow_back_into_the_article_left(window: MainWindow) -> None:
    window.search_controller.search("tablets")
    assert window.content.match_count() == 1
    window.open_section("gamma/treatment")
    assert window.content.match_count() == 0
    window.window_actions.back.trigger()
    assert shown_article(window) == "alpha"
    assert window.content.match_count() == 1


def test_zoom_is_kept_across_articles(window: MainWindow) -> None:
    window.window_actions.zoom_in.trigger()
    size = window.content.font().pointSizeF()
    window.open_section("beta/treatment")
    assert window.content.document().defaultFont().pointSizeF() == size
    assert window.content.zoom == 1


def test_the_tree_top_level_is_the_articles(window: MainWindow, qtmodeltester: object) -> None:
    model = window.outline_model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    tops = [model.index(row, 0, QModelIndex()) for row in range(model.rowCount())]
    assert [index.data() for index in tops] == ["Alpha fever", "Beta cough", "Gamma rash"]
    assert "2026-11-27, beta edition" in tops[1].data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, 0, tops[0]).data(Qt.ItemDataRole.ToolTipRole) == "What it is"
    assert [window.tree.isExpanded(index) for index in tops] == [True, False, False]
    window.open_section("gamma/side-effects")
    assert [window.tree.isExpanded(index) for index in tops] == [False, False, True]


def test_switching_drops_the_article_left(window: MainWindow, qtbot: QtBot) -> None:
    first = window.content.document()
    window.open_section("beta/treatment")
    assert window.content.document() is not first
    with qtbot.waitSignal(first.destroyed):
        pass


def test_position_history_holds_full_ids(window: MainWindow) -> None:
    window.open_section("beta/treatment")
    window.open_section("what-it-is")  # several articles have it: logged, not opened
    assert window.history.current == Position("beta/treatment", 0)


def test_the_library_page_lists_the_articles(window: MainWindow, qtmodeltester: object) -> None:
    page = window.library.page
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    assert page.shown_ids() == ["alpha", "beta", "gamma"]
    rows = [[page.model.index(row, column).data() for column in range(3)] for row in range(3)]
    assert rows[1] == ["Beta cough", "2026-11-27, beta edition", ""]
    assert page.filter.hasFocus()


@pytest.mark.parametrize(
    ("typed", "left"),
    [
        ("beta", ["beta"]),
        ("RASH", ["gamma"]),
        ("cough 2026", ["beta"]),
        ("edition", ["alpha", "beta", "gamma"]),
        ("fever cough", []),
    ],
)
def test_the_library_filters_as_you_type(window: MainWindow, qtbot: QtBot, typed: str, left: list[str]) -> None:
    page = window.library.page
    qtbot.keyClicks(page.filter, typed)
    assert page.shown_ids() == left


def test_enter_in_the_library_opens_the_first_article_left(window: MainWindow, qtbot: QtBot) -> None:
    page = window.library.page
    qtbot.keyClicks(page.filter, "rash")
    qtbot.keyClick(page.filter, Qt.Key.Key_Return)
    assert not window.library.is_shown()
    assert shown_article(window) == "gamma"
    assert window.content.current_section() == "gamma/gamma-rash"
    assert window.windowTitle() == "Gamma rash — Reader"
    assert window.content.hasFocus()


def test_down_then_enter_in_the_library(window: MainWindow, qtbot: QtBot) -> None:
    page = window.library.page
    qtbot.keyClick(page.filter, Qt.Key.Key_Down)
    assert page.view.hasFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert shown_article(window) == "beta"


def test_a_click_in_the_library_opens_the_article(window: MainWindow, qtbot: QtBot) -> None:
    page = window.library.page
    index = page.proxy.index(2, 1)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=page.view.visualRect(index).center())
    assert shown_article(window) == "gamma"


def test_go_library_and_esc_back_to_the_article(window: MainWindow, qtbot: QtBot) -> None:
    window.open_section("beta/treatment")
    assert not window.library.is_shown()
    window.window_actions.library.trigger()
    assert window.library.is_shown()
    assert window.windowTitle() == "Library — Reader"
    qtbot.keyClick(window.library.page.filter, Qt.Key.Key_Escape)
    assert not window.library.is_shown()
    assert window.content.current_section() == "beta/treatment"
    assert window.windowTitle() == "Beta cough — Reader"


def test_back_after_an_article_opened_from_the_library(window: MainWindow, qtbot: QtBot) -> None:
    window.open_section("beta/side-effects")
    place = window.content.position()
    window.window_actions.library.trigger()
    qtbot.keyClicks(window.library.page.filter, "alpha")
    qtbot.keyClick(window.library.page.filter, Qt.Key.Key_Return)
    assert shown_article(window) == "alpha"
    window.window_actions.back.trigger()
    assert shown_article(window) == "beta"
    assert window.content.position() == place


def test_a_saved_reading_place_starts_at_the_article_not_the_library(make_library_window: WindowFactory) -> None:
    first = make_library_window()
    first.open_section("beta/what-it-is")
    first.close()
    again = make_library_window()
    assert not again.library.is_shown()
    assert again.content.current_section() == "beta/what-it-is"


def test_the_library_page_steps_with_the_text_size(window: MainWindow) -> None:
    before = window.library.page.font().pointSizeF()
    window.window_actions.zoom_in.trigger()
    assert window.library.page.font().pointSizeF() == before + 1


def test_each_search_hit_names_its_article(window: MainWindow) -> None:
    window.search_controller.start("twice a day")
    panel = window.search_controller.panel
    assert sorted(panel.hit_ids()) == ["alpha/treatment", "beta/treatment", "gamma/treatment"]
    shown = [str(panel.results.item(row).data(HTML_ROLE)) for row in range(panel.results.count())]
    for hit_id, text in zip(panel.hit_ids(), shown, strict=True):
        title = ARTICLES[hit_id.split("/")[0]][0]
        assert f"<small>{title}</small>" in text  # "Treatment" alone would not say which


def test_a_single_article_s_hits_do_not_repeat_its_title(make_window: WindowFactory) -> None:
    window = make_window()
    window.search_controller.start("hallucinations")
    results = window.search_controller.panel.results
    texts = [str(results.item(row).data(HTML_ROLE)) for row in range(results.count())]
    assert texts
    assert not any("Comprehensive Overview" in text for text in texts)
