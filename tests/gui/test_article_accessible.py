"""The article as a screen reader gets it, without a screen reader: the spoken text and its map to
the document (``article_text``), the accessible interface Qt hands out for the pane
(``article_accessible``), and what the pane says when a jump lands."""

from __future__ import annotations

import html

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QAccessible, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot

from reader.core.history import Position
from reader.gui import screen_reader
from reader.gui.application import create_application
from reader.gui.article_accessible import ArticleAccessible, HeadingAccessible
from reader.gui.article_text import ArticleText
from reader.gui.content_view import HINT, ContentView

ARTICLE = """
<h1 id="top">Fruit &amp; nuts</h1>
<p>Fruit keeps well.</p>
<h2 id="kinds">Kinds</h2>
<table border="1">
<tr><th>Fruit</th><th>Season</th></tr>
<tr><td>Apple</td><td>Autumn</td></tr>
<tr><td>Cherry</td><td>Summer, early.</td></tr>
</table>
<h2 id="care">Care</h2>
<ul><li>Keep it cool</li><li>Keep it dry</li></ul>
<ol><li>Wash</li><li>Eat</li></ol>
<p>Line one<br>line two</p>
"""
SPOKEN = (
    "Fruit & nuts\n"
    "Fruit keeps well.\n"
    "Kinds\n"
    "Table, 2 rows: Fruit, Season.\n"
    "Fruit: Apple. Season: Autumn.\n"
    "Fruit: Cherry. Season: Summer, early.\n"
    "Care\n"
    "• Keep it cool\n"
    "• Keep it dry\n"
    "1. Wash\n"
    "2. Eat\n"
    "Line one line two\n"
)
MARKERS = ("\ufdd0", "\ufdd1")


def document_of(markup: str) -> QTextDocument:
    create_application()
    document = QTextDocument()
    document.setHtml(markup)
    return document


def assert_map_holds(document: QTextDocument, spoken: ArticleText) -> None:
    """Every character copied from the document maps to itself and back."""
    plain = document.toRawText()
    units = [0]  # a document's position (UTF-16) of each character of its text
    for character in plain:
        units.append(units[-1] + (2 if ord(character) > 0xFFFF else 1))
    for piece in spoken._pieces:  # noqa: SLF001 - the map is what is under test
        for step in range(piece.copied):
            offset = piece.start + step
            position = spoken.position_of(offset)
            assert spoken.offset_of(position) == offset
            character = plain[units.index(position)]
            assert character.translate({0x2028: " ", 0x2029: " ", 0xA0: " "}) in (spoken.text[offset], " ")


# The spoken text


def test_the_spoken_text_reads_tables_by_row_lists_with_markers_and_no_frame_markers() -> None:
    document = document_of(ARTICLE)
    assert any(marker in document.toRawText() for marker in MARKERS)  # what Qt's own text has
    spoken = ArticleText.of(document)
    assert spoken.text == SPOKEN
    assert_map_holds(document, spoken)


def test_headings_are_found_with_their_level_and_place() -> None:
    document = document_of(ARTICLE)
    spoken = ArticleText.of(document)
    assert [(heading.text, heading.level) for heading in spoken.headings] == [
        ("Fruit & nuts", 1),
        ("Kinds", 2),
        ("Care", 2),
    ]
    for heading in spoken.headings:
        assert spoken.text[heading.offset :].startswith(heading.text)
        assert document.findBlock(heading.position).text() == heading.text


def test_words_added_for_the_listener_stand_at_their_table() -> None:
    document = document_of(ARTICLE)
    spoken = ArticleText.of(document)
    added = spoken.text.index("Table, 2 rows")
    table = QTextCursor(document.findBlock(spoken.position_of(added))).currentTable()
    assert table is not None
    assert spoken.position_of(spoken.text.index("Fruit: Apple")) == table.cellAt(1, 0).firstPosition()


@pytest.mark.parametrize(
    "markup",
    [
        "",
        "<table></table>",
        "<table><tr><td></td></tr></table>",
        "<table><tr><th>Only a header</th></tr></table>",
        "<table><tr><td>a</td></tr><tr><td>b</td><td>c</td><td>d</td></tr></table>",
        "<table><tr><td><table><tr><td>inner</td></tr></table></td></tr></table>",
        "<h1></h1><h2>   </h2><ul><li></li></ul>",
        "<p>\ufdd0\ufdd1\u2028</p>",
    ],
    ids=["empty", "empty-table", "empty-cell", "header-only", "ragged", "nested", "empty-blocks", "odd-characters"],
)
def test_odd_documents_are_read_without_failing(markup: str) -> None:
    document = document_of(markup)
    spoken = ArticleText.of(document)
    assert not any(marker in spoken.text for marker in MARKERS)
    assert_map_holds(document, spoken)
    assert spoken.position_of(-5) >= 0
    assert spoken.offset_of(10**6) <= len(spoken.text)


cells = st.text(st.characters(exclude_categories=["Cs"]), max_size=12)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    headers=st.lists(cells, min_size=1, max_size=4),
    rows=st.lists(st.lists(cells, min_size=0, max_size=5), max_size=4),
    before=cells,
)
def test_any_table_reads_row_by_row_without_markers(headers: list[str], rows: list[list[str]], before: str) -> None:
    def row(tag: str, texts: list[str]) -> str:
        return "<tr>" + "".join(f"<{tag}>{html.escape(text)}</{tag}>" for text in texts) + "</tr>"

    markup = f"<p>{html.escape(before)}</p><table>{row('th', headers)}{''.join(row('td', r) for r in rows)}</table>"
    document = document_of(markup)
    spoken = ArticleText.of(document)
    assert not any(marker in spoken.text for marker in MARKERS)
    assert "Table, " in spoken.text
    assert_map_holds(document, spoken)


# The accessible interface of the pane


@pytest.fixture
def view(qtbot: QtBot) -> ContentView:
    create_application()
    pane = ContentView()
    qtbot.addWidget(pane)
    pane.show_article(ARTICLE + "<p>More.</p>" * 80, "", ["top", "kinds", "care"])
    pane.resize(600, 300)
    pane.show()
    qtbot.waitExposed(pane)
    # The pane gives screen readers the article's interface after its first paint.
    qtbot.waitUntil(lambda: pane._screen_reader)  # noqa: SLF001 - asking earlier would make Qt's own
    return pane


def test_an_interface_qt_made_before_is_replaced(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    class Pane(QTextBrowser):
        pass

    create_application()
    pane = Pane()
    qtbot.addWidget(pane)
    pane.setHtml("<h1>Title</h1><p>Text</p>")
    assert not isinstance(QAccessible.queryAccessibleInterface(pane), ArticleAccessible)  # Qt's own, kept
    monkeypatch.setattr(QAccessible, "isActive", lambda: True)  # a screen reader asked before
    screen_reader.install(pane)
    interface = QAccessible.queryAccessibleInterface(pane)
    assert isinstance(interface, ArticleAccessible)
    assert interface.text(0, 100) == "Title\nText\n"


def interface_of(view: ContentView) -> ArticleAccessible:
    interface = QAccessible.queryAccessibleInterface(view)
    assert isinstance(interface, ArticleAccessible)
    return interface


def test_the_pane_is_a_named_document_with_the_spoken_text(view: ContentView) -> None:
    interface = interface_of(view)
    assert interface.role() == QAccessible.Role.Document
    assert interface.text(QAccessible.Text.Name) == "Article"
    assert interface.text(QAccessible.Text.Description) == view.accessibleDescription()
    text = interface.textInterface()
    assert text is not None
    assert text.characterCount() == len(ArticleText.of(view.document()).text)
    assert text.text(0, len(SPOKEN)) == SPOKEN
    assert interface.state().readOnly
    assert interface.state().focusable


def test_headings_are_children_of_role_heading_where_they_are_laid_out(view: ContentView) -> None:
    interface = interface_of(view)
    assert interface.childCount() == 3
    headings = [child for child in map(interface.child, range(3)) if isinstance(child, HeadingAccessible)]
    assert len(headings) == 3
    assert [heading.role() for heading in headings] == [QAccessible.Role.Heading] * 3
    assert [heading.text(QAccessible.Text.Name) for heading in headings] == ["Fruit & nuts", "Kinds", "Care"]
    assert [interface.indexOfChild(heading) for heading in headings] == [0, 1, 2]
    assert headings[1].parent() is interface
    first = headings[0].rect()
    assert first.top() >= view.mapToGlobal(view.rect().topLeft()).y()
    assert interface.childAt(first.center().x(), first.center().y()) is headings[0]
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    assert headings[0].state().offscreen


def test_a_new_article_gives_new_headings(view: ContentView) -> None:
    interface = interface_of(view)
    old = interface.child(0)
    assert old is not None
    view.show_article('<h1 id="x">Another</h1><p>text</p>', "", ["x"])
    assert interface.childCount() == 1
    new = interface.child(0)
    assert new is not None
    assert new.text(QAccessible.Text.Name) == "Another"
    assert not old.isValid()


def test_the_caret_and_the_selection_are_offsets_of_the_spoken_text(view: ContentView) -> None:
    interface = interface_of(view)
    text = interface.textInterface()
    spoken = SPOKEN
    start = spoken.index("Care")
    text.setCursorPosition(start)
    assert view.textCursor().block().text() == "Care"
    assert text.cursorPosition() == start
    cherry = spoken.index("Cherry")
    text.setSelection(0, cherry, cherry + len("Cherry"))
    assert view.textCursor().selectedText() == "Cherry"
    assert text.selectionCount() == 1
    text.removeSelection(0)
    assert text.selectionCount() == 0
    rect = text.characterRect(start)
    assert rect.width() >= 0
    assert text.offsetAtPoint(rect.center()) in range(start - 1, start + 5)


def test_a_jump_puts_the_caret_on_the_heading(view: ContentView) -> None:
    assert view.scroll_to_section("care")
    assert view.textCursor().block().text() == "Care"
    assert interface_of(view).textInterface().cursorPosition() == SPOKEN.index("Care")


# What the pane says


def test_a_jump_makes_the_heading_the_pane_s_description(view: ContentView) -> None:
    assert view.accessibleDescription() == HINT
    view.scroll_to_section("kinds")
    assert view.accessibleDescription() == "Kinds"
    assert interface_of(view).text(QAccessible.Text.Description) == "Kinds"
    view.restore_position(Position("care", 0), caret=False)  # a new layout keeping the place
    assert view.accessibleDescription() == "Kinds"
    view.restore_position(Position("top", 0))  # the very start
    assert view.accessibleDescription() == "Fruit & nuts"
