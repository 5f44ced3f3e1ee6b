"""The content pane on its own: anchors, the section at the top, reading positions, zoom, links,
search matches, the first paint and the wheel."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

import pytest
from PySide6.QtCore import QByteArray, QEvent, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QTextCursor, QTextDocument, QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reader.core.history import Position
from reader.gui.application import create_application
from reader.gui.content_view import ContentView
from reader.gui.match_highlighter import CURRENT_MATCH, MATCH, MAX_MATCHES
from tests.gui.events import EventCounter

SECTIONS = ["intro", "apples", "pears", "cherries", "figs", "dates"]
PARAGRAPH = "<p>" + "Fruit keeps well in a cool dry place, away from the light. " * 6 + "</p>"


def article() -> str:
    """An article with a heading (with an id) and a line with "a plum" for each section; every
    section but the last (which cannot reach the top of the pane) has a few paragraphs more."""
    parts = []
    for number, section_id in enumerate(SECTIONS):
        level = 1 if number == 0 else 2
        parts.append(f'<h{level} id="{section_id}">{section_id.title()}</h{level}>')
        parts.append(f"<p>About {section_id}: a plum now and then.</p>")
        if number < len(SECTIONS) - 1:
            parts.append(PARAGRAPH * 4)
    return "\n".join(parts)


ViewFactory = Callable[..., ContentView]


@pytest.fixture
def make_view(qtbot: QtBot) -> ViewFactory:
    """Build shown content panes: ``make_view(html, section_ids, width=700, height=400)``."""
    create_application()

    def make(html: str, section_ids: Sequence[str], width: int = 700, height: int = 400) -> ContentView:
        view = ContentView()
        qtbot.addWidget(view)
        view.show_article(html, "", section_ids)
        view.resize(width, height)
        view.show()
        qtbot.waitExposed(view)
        return view

    return make


@pytest.fixture
def view(make_view: ViewFactory) -> ContentView:
    """A shown content pane, 700 by 400 pixels, with the test article."""
    return make_view(article(), SECTIONS)


def scroll_by(view: ContentView, pixels: int) -> None:
    bar = view.verticalScrollBar()
    bar.setValue(bar.value() + pixels)


def wheel(widget: QWidget, at: QPointF, delta: int, modifiers: Qt.KeyboardModifier) -> None:
    """Turn the mouse wheel over a point of a widget."""
    event = QWheelEvent(
        at,
        widget.mapToGlobal(at),
        QPoint(0, 0),
        QPoint(0, delta),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


# Anchors


def test_every_section_s_anchor_is_found_in_order(view: ContentView) -> None:
    assert view.section_ids() == SECTIONS


def test_anchors_inside_a_paragraph_are_found(make_view: ViewFactory) -> None:
    html = '<p>Top</p><p>Text <a name="inner"></a>here</p><h2 id="after">After</h2>'
    view = make_view(html, ["inner", "after"])
    assert view.section_ids() == ["inner", "after"]


def test_a_section_without_an_anchor_is_reported_not_fatal(
    make_view: ViewFactory, caplog: pytest.LogCaptureFixture
) -> None:
    view = make_view('<h1 id="a">A</h1><p>text</p><h2 id="b">B</h2><p>more</p>', ["a", "ghost", "b"])
    assert view.section_ids() == ["a", "b"]
    with caplog.at_level(logging.WARNING):
        assert view.scroll_to_section("b")
    assert "no anchor in the document for sections ghost" in caplog.text


def test_the_start_needs_no_anchor(make_view: ViewFactory, caplog: pytest.LogCaptureFixture) -> None:
    # Anchors are looked for only when needed (the warning says when): not to show the very top.
    with caplog.at_level(logging.WARNING):
        view = make_view("<p>No anchors at all.</p>" + PARAGRAPH * 30, ["a", "b"])
        assert view.position() == Position("a", 0)
        assert view.restore_position(Position("a", 0))
        assert "no anchor" not in caplog.text
        scroll_by(view, 50)
        view.position()
    assert "no anchor in the document for sections a, b" in caplog.text


def test_an_unknown_section_is_not_scrolled_to(view: ContentView, qtbot: QtBot) -> None:
    scroll_by(view, 100)
    with qtbot.assertNotEmitted(view.section_changed):
        assert not view.scroll_to_section("bananas")
        assert not view.restore_position(Position("bananas", 10))
    assert view.verticalScrollBar().value() == 100


# Where the reader is


def test_the_section_at_the_top_follows_the_scrolling(view: ContentView, qtbot: QtBot) -> None:
    assert view.current_section() == "intro"
    view.scroll_to_section("cherries")
    cherries = view.verticalScrollBar().value()
    view.verticalScrollBar().setValue(0)
    assert view.current_section() == "intro"
    with qtbot.waitSignal(view.section_changed) as changed:
        view.verticalScrollBar().setValue(cherries - 30)  # the end of pears at the top
    assert changed.args == ["pears"]
    assert view.section_at_top() == "pears"
    with qtbot.waitSignal(view.section_changed) as changed:
        scroll_by(view, 40)
    assert changed.args == ["cherries"]
    assert view.current_section() == "cherries"
    with qtbot.assertNotEmitted(view.section_changed):
        scroll_by(view, 20)  # still in cherries


def test_a_jump_brings_the_section_to_the_top_and_says_so(view: ContentView, qtbot: QtBot) -> None:
    with qtbot.waitSignal(view.section_changed) as changed:
        assert view.scroll_to_section("figs")
    assert changed.args == ["figs"]
    assert view.section_at_top() == "figs"
    assert view.position() == Position("figs", 0)


def test_a_jump_near_the_end_stays_the_current_section(view: ContentView) -> None:
    # The last section cannot reach the top; the reader is still in it, not in the one above.
    changes: list[str] = []
    view.section_changed.connect(changes.append)
    view.scroll_to_section("dates")
    bar = view.verticalScrollBar()
    assert bar.value() == bar.maximum()
    assert view.section_at_top() == "figs"
    assert view.current_section() == "dates"
    assert changes == ["dates"]  # not figs on the way


def test_position_and_restore_round_trip(view: ContentView) -> None:
    view.scroll_to_section("pears")
    scroll_by(view, 37)
    here = view.position()
    assert here == Position("pears", 37)
    value = view.verticalScrollBar().value()
    view.scroll_to_section("cherries")
    assert view.restore_position(here)
    assert view.verticalScrollBar().value() == value
    assert view.position() == here
    assert view.current_section() == "pears"


def test_restoring_the_start_goes_to_the_very_top(view: ContentView, qtbot: QtBot) -> None:
    view.scroll_to_section("cherries")
    with qtbot.waitSignal(view.section_changed) as changed:
        assert view.restore_position(Position("intro", 0))
    assert changed.args == ["intro"]
    assert view.verticalScrollBar().value() == 0
    assert view.position() == Position("intro", 0)


# Zoom and the text column


def test_zoom_keeps_the_reading_position(view: ContentView) -> None:
    view.scroll_to_section("cherries")
    scroll_by(view, 25)
    here = view.position()
    before = view.verticalScrollBar().value()
    view.set_zoom(4)
    assert view.zoom == 4
    assert view.font().pointSizeF() == 16
    assert view.verticalScrollBar().value() > before  # larger text: cherries is further down
    assert view.position() == here
    assert view.section_at_top() == "cherries"


def test_zoom_at_the_top_stays_at_the_top(view: ContentView, qtbot: QtBot) -> None:
    with qtbot.assertNotEmitted(view.section_changed):
        view.set_zoom(-2)
    assert view.font().pointSizeF() == 10
    assert view.verticalScrollBar().value() == 0
    assert view.position() == Position("intro", 0)


def test_resizing_keeps_the_reading_position(view: ContentView, qtbot: QtBot) -> None:
    view.scroll_to_section("figs")
    scroll_by(view, 15)
    here = view.position()
    before = view.verticalScrollBar().value()
    view.resize(420, 300)  # narrower: more lines above figs
    qtbot.waitUntil(lambda: view.viewport().width() < 420)
    assert view.verticalScrollBar().value() > before
    assert view.position() == here
    assert view.section_at_top() == "figs"


def test_line_length_is_bounded_on_a_wide_pane(view: ContentView, qtbot: QtBot) -> None:
    view.resize(1800, 600)
    qtbot.waitUntil(lambda: view.width() == 1800)
    assert 500 < view.text_column_width() < 1100
    margins = view.viewportMargins()
    assert margins.left() == margins.right() > 300  # the column is centred


# Links and resources


@pytest.mark.parametrize(
    ("address", "section", "external"),
    [
        ("#pears", "pears", None),
        ("https://example.org/x?y=1", None, "https://example.org/x?y=1"),
        ("http://example.org/", None, "http://example.org/"),
        ("mailto:clinic@example.org", None, "mailto:clinic@example.org"),
    ],
)
def test_links_are_reported_not_followed(
    view: ContentView, qtbot: QtBot, address: str, section: str | None, external: str | None
) -> None:
    wanted, unwanted = (
        (view.section_link_requested, view.external_link_requested)
        if section
        else (view.external_link_requested, view.section_link_requested)
    )
    with qtbot.waitSignal(wanted) as requested, qtbot.assertNotEmitted(unwanted):
        view.anchorClicked.emit(QUrl(address))
    assert requested.args == [section or external]
    assert view.current_section() == "intro"  # the window decides whether to jump


@pytest.mark.parametrize(
    "address", ["file:///etc/passwd", "javascript:alert(1)", "data:text/html,hi", "other.html#pears", "ftp://x.org/"]
)
def test_other_links_ask_for_nothing_and_are_logged(
    view: ContentView, qtbot: QtBot, caplog: pytest.LogCaptureFixture, address: str
) -> None:
    with (
        caplog.at_level(logging.WARNING),
        qtbot.assertNotEmitted(view.section_link_requested),
        qtbot.assertNotEmitted(view.external_link_requested),
    ):
        view.anchorClicked.emit(QUrl(address))
    assert "ignored a link" in caplog.text


def test_clicking_a_link_in_the_text_asks_for_it(make_view: ViewFactory, qtbot: QtBot) -> None:
    view = make_view('<h1 id="a">A</h1><p><a href="#b">Go to B</a></p><h2 id="b">B</h2>', ["a", "b"])
    cursor = view.document().find("Go to B")
    cursor.setPosition(cursor.selectionStart() + 2)
    at = view.cursorRect(cursor).center()
    html = view.toHtml()
    with qtbot.waitSignal(view.section_link_requested) as requested:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert requested.args == ["b"]
    assert view.toHtml() == html  # not navigated away


def test_resources_are_never_loaded(view: ContentView) -> None:
    # None would let Qt open the name as a file; a blank pixel and empty bytes stop it.
    image = view.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl("file:///etc/hosts"))
    assert isinstance(image, QImage)
    assert image.size().width() == 1
    style = view.loadResource(QTextDocument.ResourceType.StyleSheetResource.value, QUrl("/etc/hosts"))
    assert isinstance(style, QByteArray)
    assert style.isEmpty()


# Search matches


def marks(view: ContentView) -> list[str]:
    """The background colour of each marked match, in order."""
    return [selection.format.background().color().name() for selection in view.extraSelections()]


def test_matches_are_marked_case_insensitively(view: ContentView) -> None:
    count = view.set_highlights("PLUM")
    assert count == view.match_count() == len(SECTIONS)
    assert marks(view) == [QColor(MATCH).name()] * count
    assert view.current_match() == -1
    assert view.set_highlights("") == 0
    assert view.extraSelections() == []
    assert view.match_count() == 0


def test_stepping_through_matches_wraps_around(view: ContentView, qtbot: QtBot) -> None:
    count = view.set_highlights("plum")
    seen = []
    for _ in range(count + 1):
        with qtbot.waitSignal(view.match_changed) as changed:
            view.go_to_match(1)
        seen.append(changed.args)
    assert seen == [[n, count] for n in range(1, count + 1)] + [[1, count]]
    with qtbot.waitSignal(view.match_changed) as changed:
        view.go_to_match(-1)
    assert changed.args == [count, count]
    assert marks(view).count(QColor(CURRENT_MATCH).name()) == 1
    assert marks(view)[-1] == QColor(CURRENT_MATCH).name()


def test_the_current_match_is_brought_into_view(view: ContentView) -> None:
    view.set_highlights("plum")
    figs = view.document().find("About figs")
    assert view.cursorRect(figs).top() > view.viewport().height()
    view.first_match_in("figs")
    assert view.current_match() == SECTIONS.index("figs")
    assert 0 <= view.cursorRect(figs).top() <= view.viewport().height()
    view.go_to_match(-1)  # the one before, above the view
    assert 0 <= view.cursorRect(view.document().find("About cherries")).top() <= view.viewport().height()


def test_the_first_step_starts_from_the_view(view: ContentView, qtbot: QtBot) -> None:
    view.set_highlights("plum")
    view.scroll_to_section("pears")
    with qtbot.waitSignal(view.match_changed) as changed:
        view.go_to_match(1)
    assert changed.args == [SECTIONS.index("pears") + 1, len(SECTIONS)]


def test_first_match_in_a_section(view: ContentView, qtbot: QtBot) -> None:
    view.set_highlights("plum")
    with qtbot.waitSignal(view.match_changed) as changed:
        view.first_match_in("cherries")
    assert changed.args == [SECTIONS.index("cherries") + 1, len(SECTIONS)]
    with qtbot.assertNotEmitted(view.match_changed):
        view.first_match_in("bananas")


def test_matches_are_capped(make_view: ViewFactory) -> None:
    view = make_view('<h1 id="a">A</h1><p>' + "kiwi " * (MAX_MATCHES + 10) + "</p>", ["a"])
    assert view.set_highlights("kiwi") == MAX_MATCHES


# Painting and the wheel


def test_the_first_paint_is_announced_once(qtbot: QtBot) -> None:
    create_application()
    view = ContentView()
    qtbot.addWidget(view)
    view.show_article(article(), "", SECTIONS)
    with qtbot.waitSignal(view.first_painted):
        view.show()
    with qtbot.assertNotEmitted(view.first_painted, wait=50):
        view.viewport().repaint()
        scroll_by(view, 200)
        view.viewport().repaint()


def test_the_wheel_scrolls_over_the_margins_beside_the_text(view: ContentView, qtbot: QtBot) -> None:
    view.resize(1600, 500)
    qtbot.waitUntil(lambda: view.viewportMargins().left() > 100)
    in_margin = QPointF(view.viewportMargins().left() / 2, view.height() / 2)
    assert not view.viewport().geometry().contains(in_margin.toPoint())
    bar = view.verticalScrollBar()
    wheel(view, in_margin, -120, Qt.KeyboardModifier.NoModifier)  # outside the viewport: to the pane
    assert bar.value() > 0


@pytest.mark.parametrize(("delta", "step"), [(120, 1), (-120, -1)])
def test_ctrl_wheel_asks_for_a_zoom_step(view: ContentView, qtbot: QtBot, delta: int, step: int) -> None:
    view.scroll_to_section("pears")
    before = view.verticalScrollBar().value()
    with qtbot.waitSignal(view.zoom_requested) as requested:
        wheel(view.viewport(), QPointF(100, 100), delta, Qt.KeyboardModifier.ControlModifier)
    assert requested.args == [step]
    assert view.verticalScrollBar().value() == before
    assert view.font().pointSizeF() == 12  # the window applies it (not QTextEdit's own zoom)


@pytest.mark.timeout(20)
@pytest.mark.parametrize("pattern", ["x?", r"\b(?:)\b", "(?=a)"])
def test_a_pattern_that_matches_empty_text_ends(pattern: str, qtbot: QtBot) -> None:
    view = ContentView()
    qtbot.addWidget(view)
    view.show_article("<h1><a name='a'></a>Alpha</h1><p>max and a box</p>", "", ["a"])
    assert view.set_highlights(pattern) == (2 if pattern == "x?" else 0)


# Reading aloud


def test_the_range_read_aloud_is_the_current_section_or_the_selection(view: ContentView) -> None:
    document = view.document()
    view.scroll_to_section("pears")
    start, end = view.reading_range()
    assert document.findBlock(start).text() == "Pears"
    assert document.findBlock(end).text() == "Cherries"
    cursor = QTextCursor(document)
    cursor.setPosition(start + 1)
    cursor.setPosition(start + 4, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    assert view.reading_range() == (start + 1, start + 4)
    view.scroll_to_section("dates")  # the last section reads to the end
    assert view.reading_range()[1] == document.characterCount() - 1


def test_the_words_read_aloud_are_marked_beside_the_matches_and_kept_in_view(view: ContentView) -> None:
    assert view.set_highlights("plum") == len(SECTIONS)
    text = view.toPlainText()
    start = text.index("About figs")
    view.mark_reading(start, start + len("About"))
    marks = {selection.cursor.selectedText() for selection in view.extraSelections()}
    assert marks == {"plum", "About"}
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    assert 0 <= view.cursorRect(cursor).top() <= view.viewport().height()
    view.mark_reading(0, 0)
    assert {selection.cursor.selectedText() for selection in view.extraSelections()} == {"plum"}


def test_showing_an_article_does_not_flash_a_horizontal_scroll_bar(view: ContentView) -> None:
    # The scroll bar coming and going resized the text area twice, and the window was painted twice.
    assert view.verticalScrollBar().isVisible()
    resizes = EventCounter(QEvent.Type.Resize)
    view.viewport().installEventFilter(resizes)
    table = '<table width="100%"><tr><td>Dose</td><td>' + "Fruit keeps well. " * 30 + "</td></tr></table>"
    for _ in range(3):
        view.show_article(article() + table, "", SECTIONS)
        QApplication.processEvents()
    assert not view.horizontalScrollBar().isVisible()
    assert resizes.count == 0
