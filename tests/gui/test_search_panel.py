"""The search results panel on its own: the status line, the hits, the keyboard and its signals."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from reader.core.search import Hit, SearchResult
from reader.core.search.results import MARK_END, MARK_START
from reader.gui.application import create_application
from reader.gui.search_panel import HTML_ROLE, SearchPanel


def hit(section_id: str, title: str, path: tuple[str, ...] = ("Article",)) -> Hit:
    """A hit whose snippet marks the word "plum"."""
    snippet = f"a {MARK_START}plum{MARK_END} in {section_id}"
    return Hit(section_id, title, (*path, title), snippet, 1.0, "all")


HITS = (hit("apples", "Apples"), hit("pears", "Pears", ("Article", "Fruit")), hit("figs", "Figs"))


@pytest.fixture
def box() -> QLineEdit:
    """A line edit that the panel's window shows above it, as the search box is."""
    create_application()
    return QLineEdit()


@pytest.fixture
def panel(box: QLineEdit, qtbot: QtBot) -> Iterator[SearchPanel]:
    """A shown, empty results panel below the box, which has the keyboard focus."""
    window = QWidget()
    qtbot.addWidget(window)
    panel = SearchPanel()
    layout = QVBoxLayout(window)
    layout.addWidget(box)
    layout.addWidget(panel)
    window.resize(320, 500)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    yield panel
    window.close()


def test_hits_are_listed_in_order_the_first_current(panel: SearchPanel) -> None:
    panel.show_result(SearchResult("plum", hits=HITS))
    assert panel.hit_ids() == ["apples", "pears", "figs"]
    assert panel.status.text() == "3 sections found"
    assert panel.results.currentRow() == 0


def test_one_hit_is_one_section(panel: SearchPanel) -> None:
    panel.show_result(SearchResult("plum", hits=HITS[:1]))
    assert panel.status.text() == "1 section found"


def test_a_hit_shows_its_title_path_and_marked_snippet(panel: SearchPanel) -> None:
    panel.show_result(SearchResult("plum", hits=HITS))
    pears = panel.results.item(1)
    assert pears.data(HTML_ROLE) == "<b>Pears</b><br><small>Article › Fruit</small><br>a <b>plum</b> in pears"
    assert pears.data(Qt.ItemDataRole.AccessibleTextRole) == "Pears. a plum in pears"
    # Three lines of text, so the row is drawn taller than one.
    assert panel.results.visualItemRect(pears).height() > 3 * panel.fontMetrics().height()


def test_titles_from_the_bundle_are_escaped(panel: SearchPanel) -> None:
    panel.show_result(SearchResult("<i>x</i>", hits=(hit("a", "<img src=x>"),)))
    assert "<img" not in str(panel.results.item(0).data(HTML_ROLE))
    panel.show_result(SearchResult("<i>x</i>"))
    assert "&lt;i&gt;" in panel.status.text()


def test_a_new_result_replaces_the_old(panel: SearchPanel) -> None:
    panel.show_result(SearchResult("plum", hits=HITS))
    panel.show_result(SearchResult("fig", hits=HITS[2:]))
    assert panel.hit_ids() == ["figs"]


@pytest.mark.parametrize(
    ("result", "status"),
    [
        (SearchResult("quince"), "No results for “quince”."),
        (SearchResult("   "), ""),
        (
            SearchResult("plumm", suggestion="plum"),
            'No results for “plumm”.<br>Did you mean <a href="suggestion"><b>plum</b></a>?',
        ),
        (SearchResult("pregnant", absent=("pregnant",)), "No section mentions “pregnant”."),
        (
            SearchResult("kids pregnant", absent=("kids", "pregnant")),
            "No section mentions “kids” or “pregnant”.",
        ),
    ],
    ids=["no-hits", "empty-query", "suggestion", "absent-word", "absent-words"],
)
def test_no_results(panel: SearchPanel, result: SearchResult, status: str) -> None:
    panel.show_result(SearchResult("plum", hits=HITS))
    panel.show_result(result)
    assert panel.hit_ids() == []
    assert panel.status.text() == status
    assert panel.results.currentRow() == -1


def test_clicking_the_suggestion_searches_for_it(panel: SearchPanel, qtbot: QtBot) -> None:
    panel.show_result(SearchResult("plumm", suggestion="plum"))
    with qtbot.waitSignal(panel.search_requested) as requested:
        panel.status.linkActivated.emit("suggestion")
    assert requested.args == ["plum", True]


def test_a_corrected_search_offers_the_original(panel: SearchPanel, qtbot: QtBot) -> None:
    panel.show_result(SearchResult("plumm", corrected="plum", hits=HITS))
    assert panel.status.text().startswith("Showing results for <b>plum</b>.")
    with qtbot.waitSignal(panel.search_requested) as requested:
        panel.status.linkActivated.emit("original")
    assert requested.args == ["plumm", False]


def test_a_correction_is_said_beside_the_hits_it_found(panel: SearchPanel) -> None:
    panel.show_result(SearchResult("depresion", corrected="depression", hits=HITS))
    lines = panel.status.text().split("<br>")
    assert lines == [
        "Showing results for <b>depression</b>.",
        '<a href="original">Search instead for “depresion”</a>',
        "3 sections found",
    ]


def test_a_word_no_section_mentions_is_said_even_beside_hits(panel: SearchPanel) -> None:
    panel.show_result(SearchResult("nausea pregnant", hits=HITS, absent=("pregnant",)))
    assert panel.status.text() == "No section mentions “pregnant”.<br>3 sections found"


def test_a_link_before_any_result_does_nothing(panel: SearchPanel, qtbot: QtBot) -> None:
    with qtbot.assertNotEmitted(panel.search_requested):
        panel.status.linkActivated.emit("suggestion")


def test_the_keyboard_moves_through_the_hits_and_opens_one(panel: SearchPanel, qtbot: QtBot) -> None:
    panel.show_result(SearchResult("plum", hits=HITS))
    panel.focus_results()
    qtbot.waitUntil(panel.results.hasFocus)
    assert panel.results.currentRow() == 0
    qtbot.keyClick(panel.results, Qt.Key.Key_Down)
    qtbot.keyClick(panel.results, Qt.Key.Key_Down)
    assert panel.results.currentRow() == 2
    qtbot.keyClick(panel.results, Qt.Key.Key_Up)
    with qtbot.waitSignal(panel.section_requested) as requested:
        qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    assert requested.args == ["pears"]


def test_up_on_the_first_hit_goes_back_to_the_box(panel: SearchPanel, qtbot: QtBot) -> None:
    panel.show_result(SearchResult("plum", hits=HITS))
    panel.focus_results()
    qtbot.keyClick(panel.results, Qt.Key.Key_Down)
    with qtbot.assertNotEmitted(panel.back_to_box_requested):
        qtbot.keyClick(panel.results, Qt.Key.Key_Up)
    assert panel.results.currentRow() == 0
    with qtbot.waitSignal(panel.back_to_box_requested):
        qtbot.keyClick(panel.results, Qt.Key.Key_Up)


def test_focus_goes_to_the_list_only_when_there_are_hits(panel: SearchPanel, box: QLineEdit, qtbot: QtBot) -> None:
    panel.show_result(SearchResult("quince"))
    panel.focus_results()
    QApplication.processEvents()
    assert box.hasFocus()
    panel.show_result(SearchResult("plum", hits=HITS))
    panel.results.setCurrentRow(-1)
    panel.focus_results()
    qtbot.waitUntil(panel.results.hasFocus)
    assert panel.results.currentRow() == 0


def test_clicking_a_hit_opens_it(panel: SearchPanel, qtbot: QtBot) -> None:
    panel.show_result(SearchResult("plum", hits=HITS))
    figs = panel.results.visualItemRect(panel.results.item(2)).center()
    with qtbot.waitSignal(panel.section_requested) as requested:
        qtbot.mouseClick(panel.results.viewport(), Qt.MouseButton.LeftButton, pos=figs)
    assert requested.args == ["figs"]


@pytest.mark.parametrize("width", [240, 320, 520])
def test_results_do_not_overlap_at_any_width(panel: SearchPanel, qtbot: QtBot, width: int) -> None:
    long = "a long snippet that wraps over several lines " * 4
    hits = tuple(
        Hit(f"s{n}", f"Section {n} with a title", ("Article", "Part", f"Section {n}"), long, 1.0, "all")
        for n in range(6)
    )
    panel.show_result(SearchResult("plum", hits=hits))
    panel.window().resize(width, 500)
    results = panel.results
    qtbot.waitUntil(lambda: results.viewport().width() < width)
    QApplication.processEvents()
    rects = [results.visualItemRect(results.item(row)) for row in range(results.count())]
    for above, below in zip(rects, rects[1:], strict=False):
        assert above.bottom() < below.top()  # a selected item's background stays its own
    for row, rect in enumerate(rects):
        assert rect.height() == results.sizeHintForRow(row)  # measured at the width it is painted


# Screen readers


@pytest.mark.parametrize(
    ("result", "spoken"),
    [
        (SearchResult("plum", hits=HITS), "3 sections found"),
        (SearchResult("plum", hits=HITS[:1]), "1 section found"),
        (SearchResult("pregnant", absent=("pregnant",)), "No section mentions “pregnant”."),
        (
            SearchResult("depresion", corrected="depression", hits=HITS),
            "Showing results for depression. Search instead for “depresion” 3 sections found",
        ),
        (SearchResult("<b>x</b> & y"), "No results for “<b>x</b> & y”."),
    ],
    ids=["hits", "one-hit", "absent-word", "corrected", "markup-in-the-query"],
)
def test_the_status_in_words_is_the_label_s_name_and_is_told(
    panel: SearchPanel, qtbot: QtBot, result: SearchResult, spoken: str
) -> None:
    with qtbot.waitSignal(panel.status_changed) as changed:
        panel.show_result(result)
    assert changed.args == [spoken]
    assert panel.status.accessibleName() == spoken


def test_an_empty_status_keeps_the_label_s_name(panel: SearchPanel, qtbot: QtBot) -> None:
    with qtbot.waitSignal(panel.status_changed) as changed:
        panel.show_result(SearchResult("   "))
    assert changed.args == [""]
    assert panel.status.accessibleName() == "Search status"


def test_warm_up_shows_no_hits_and_keeps_the_ones_shown(panel: SearchPanel) -> None:
    panel.warm_up()
    assert panel.hit_ids() == []
    panel.show_result(SearchResult("plum", hits=(hit("a/one", "One"), hit("a/two", "Two"))))
    panel.warm_up()
    assert panel.hit_ids() == ["a/one", "a/two"]
