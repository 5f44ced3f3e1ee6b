"""The running window as a screen reader (Orca) gets it over AT-SPI: every control named, no
unknown roles, the article's text without Qt's frame markers and with its tables read row by row,
headings as headings, focus events on F6, and what search and opening a hit say."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.bundle import Bundle
from tests.a11y import atspi

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(atspi.missing() is not None, reason=f"AT-SPI probe cannot run: {atspi.missing()}"),
]

# Roles a user reaches and acts on: each needs a name a screen reader can say.
CONTROL_ROLES = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "entry",
    "list",
    "tree",
    "tree table",
    "table",
    "document frame",
    "slider",
    "spin button",
    "page tab",
    "menu item",
    "separator",
}
MARKERS = ("\ufdd0", "\ufdd1")

ENTER = 8  # the step that opens the top hit
STEPS: list[list[object]] = [
    ["snapshot"],  # 0: the window as it opens
    ["key", "F6"],
    ["key", "F6"],
    ["key", "F6"],
    ["key", "ctrl+f"],
    ["type", "nausea"],
    ["wait", 600],
    ["snapshot"],  # 1: the results of a search
    ["key", "Return"],  # open the top hit: the focus goes to the article
    ["wait", 400],
    ["key", "ctrl+f"],
    ["type", "pregnant"],
    ["wait", 600],
    ["snapshot"],  # 2: a word no section has
]


@pytest.fixture(scope="module")
def session(shipped_bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[atspi.ProbeResult]:
    """One run of the reader under AT-SPI through every step."""
    home = tmp_path_factory.mktemp("atspi-home")
    with atspi.x_display() as display:
        yield atspi.probe(STEPS, ["--bundle", str(shipped_bundle)], home, display)


@pytest.fixture(scope="module")
def titles(shipped_bundle: Path) -> list[str]:
    """The titles of the shipped article's sections, in order."""
    bundle = Bundle.open(shipped_bundle)
    try:
        return [section.title for section in bundle.sections()]
    finally:
        bundle.close()


def showing(nodes: list[atspi.Node]) -> list[atspi.Node]:
    return [node for node in nodes if node["showing"]]


def article(nodes: list[atspi.Node]) -> atspi.Node:
    documents = atspi.find(nodes, "document frame", "Article")
    assert len(documents) == 1, [node["role"] for node in nodes]
    return documents[0]


@pytest.mark.parametrize("snapshot", [0, 1, 2], ids=["opened", "results", "no-hits"])
def test_every_control_a_user_reaches_has_a_name(session: atspi.ProbeResult, snapshot: int) -> None:
    unnamed = [
        (node["role"], node["path"])
        for node in showing(session.snapshots[snapshot])
        if node["role"] in CONTROL_ROLES and not node["name"].strip()
    ]
    assert unnamed == []


@pytest.mark.parametrize("snapshot", [0, 1, 2], ids=["opened", "results", "no-hits"])
def test_no_visible_element_has_an_unknown_role(session: atspi.ProbeResult, snapshot: int) -> None:
    unknown = [node["path"] for node in showing(session.snapshots[snapshot]) if node["role"] == "unknown"]
    assert unknown == []


def test_the_article_reads_without_frame_markers_and_tables_row_by_row(session: atspi.ProbeResult) -> None:
    text = article(session.snapshots[0])["text"]
    assert text.startswith("Understanding the Effects of Ketamine")
    assert not any(marker in text for marker in MARKERS)
    assert "Table, 5 rows: Usage, Description.\n" in text
    assert "Usage: Anesthesia. Description: Utilized in surgeries for sedation and discomfort relief.\n" in text
    assert "Usage: PTSD. Description: Shows guarantee in reducing signs of PTSD.\n" in text


def test_every_heading_is_a_heading_in_order(session: atspi.ProbeResult, titles: list[str]) -> None:
    nodes = session.snapshots[0]
    document = article(nodes)
    headings = atspi.find(atspi.below(nodes, document), "heading")
    assert [heading["name"] for heading in headings] == titles
    # Each heading is where its text is laid out: the first ones on screen, one below the other.
    assert headings[0]["showing"]
    assert not headings[-1]["showing"]
    tops = [heading["extents"][1] for heading in headings]
    assert tops == sorted(tops)


def test_f6_moves_the_focus_between_named_panes(session: atspi.ProbeResult) -> None:
    assert [session.focused_after(step)[:1] for step in (1, 2, 3)] == [
        [("document frame", "Article")],
        [("text", "Search")],
        [("tree", "Sections")],
    ]


def test_opening_a_hit_focuses_the_article_and_says_its_title(session: atspi.ProbeResult) -> None:
    results = session.snapshots[1]
    (hits,) = atspi.find(results, "list", "Search results")
    top = atspi.below(results, hits)[0]["name"]
    title = top.split(". …")[0]
    assert title in {"4. Short-TERM Side Effects", "Summary of Negative Effects"}
    assert STEPS[ENTER] == ["key", "Return"]
    # Orca says the focused pane's name, role and description: the description is the heading.
    assert ("document frame", "Article", title) in session.described_after(ENTER)
    assert session.focused_after(ENTER)[0] == ("document frame", "Article")
    document = article(session.snapshots[2])
    assert document["description"] == title
    # The caret is on the heading: a screen reader reads on from there.
    assert document["text"][document["caret"] :].startswith(title)


def test_search_says_how_many_sections_and_which_words_none_has(session: atspi.ProbeResult) -> None:
    # The search box's description, which Orca says as it changes while the user types there.
    said = [text for role, name, text in session.described_after(0) if (role, name) == ("text", "Search")]
    assert any(text.endswith("2 sections found") for text in said), said
    assert any("No section mentions “pregnant”." in text for text in said), said
    (status,) = [node for node in session.snapshots[2] if node["role"] == "label" and "pregnant" in node["name"]]
    assert status["showing"]
