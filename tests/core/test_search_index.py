"""The search index's own module: written from the sections, listed, and checked against the text."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.search.index import SCHEMA, check_readable, index_problem, synonyms, terms, write_index
from reader.core.text import stems

SECTIONS = [
    (1, "Treating pain", "Ketamine treats pain."),
    (2, "Side effects", "Nausea, and pain again."),
]
ARTICLES = [("ketamine", "en")]
SYNONYMS = [["nausea", "queasiness"], ["pain", "discomfort", "ache"]]


@pytest.fixture
def indexed() -> Iterator[sqlite3.Connection]:
    """An in-memory database holding the two sections above and their index."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE articles (id TEXT PRIMARY KEY, language TEXT NOT NULL)")
    conn.executemany("INSERT INTO articles VALUES (?, ?)", ARTICLES)
    conn.execute(
        "CREATE TABLE sections (ord INTEGER PRIMARY KEY, title TEXT NOT NULL, text TEXT NOT NULL, article_id TEXT)"
    )
    conn.executemany("INSERT INTO sections VALUES (?, ?, ?, 'ketamine')", SECTIONS)
    conn.executescript(SCHEMA)
    write_index(conn, SYNONYMS)
    conn.commit()
    yield conn
    conn.close()


def _matches(conn: sqlite3.Connection, table: str, expression: str) -> list[int]:
    query = f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid"
    return [row[0] for row in conn.execute(query, (expression,))]


def test_write_index_fills_both_indexes_from_the_sections(indexed: sqlite3.Connection) -> None:
    assert _matches(indexed, "sections_fts", "pain") == [1, 2]
    assert _matches(indexed, "sections_fts", "treats") == [1]
    assert _matches(indexed, "sections_fts", "treat") == []  # words as written
    assert _matches(indexed, "sections_stem", "treat") == [1]  # "Treating" and "treats" by their stem
    assert _matches(indexed, "sections_stem", "effect") == [2]
    assert index_problem(indexed) is None


def test_terms_lists_each_word_with_its_stem_and_section_count(indexed: sqlite3.Connection) -> None:
    assert list(terms(indexed)) == [
        ("again", "again", 1),
        ("and", "and", 1),
        ("effects", "effect", 1),
        ("ketamine", "ketamin", 1),
        ("nausea", "nausea", 1),
        ("pain", "pain", 2),
        ("side", "side", 1),
        ("treating", "treat", 1),
        ("treats", "treat", 1),
    ]


def test_synonyms_lists_the_groups_in_the_order_written(indexed: sqlite3.Connection) -> None:
    assert list(synonyms(indexed)) == [(0, "nausea"), (0, "queasiness"), (1, "pain"), (1, "discomfort"), (1, "ache")]


_VOCABULARY = "the search vocabulary does not match the text"
_STEMS = "the word-form search index does not match the text"
Statements = list[tuple[str, tuple[object, ...]]]
# A contentless index is changed by deleting a row (with the values it holds) and inserting another.
_REFILLED: Statements = [
    (
        "INSERT INTO sections_stem (sections_stem, rowid, title, text) VALUES ('delete', 1, ?, ?)",
        (stems(SECTIONS[0][1]), stems(SECTIONS[0][2])),
    ),
    ("INSERT INTO sections_stem (rowid, title, text) VALUES (1, ?, ?)", (stems(SECTIONS[1][1]), "")),
]
TAMPERING: dict[str, tuple[Statements, str]] = {
    "a-section-count": ([("UPDATE terms SET docs = 5 WHERE term = 'pain'", ())], _VOCABULARY),
    "a-word-left-out": ([("DELETE FROM terms WHERE term = 'side'", ())], _VOCABULARY),
    "a-word-added": ([("INSERT INTO terms VALUES ('ghost', 'ghost', 1)", ())], _VOCABULARY),
    "stems-of-another-section": (_REFILLED, _STEMS),
}


@pytest.mark.parametrize(("statements", "problem"), TAMPERING.values(), ids=TAMPERING.keys())
def test_index_problem_tells_a_tampered_index(
    indexed: sqlite3.Connection, statements: Statements, problem: str
) -> None:
    assert index_problem(indexed) is None
    for sql, params in statements:
        indexed.execute(sql, params)
    indexed.commit()
    assert index_problem(indexed) == problem


def test_index_problem_raises_for_a_row_the_text_does_not_have(indexed: sqlite3.Connection) -> None:
    indexed.execute("INSERT INTO sections_fts (rowid, title, text) VALUES (9, 'ghost', 'ghost words')")
    indexed.commit()
    with pytest.raises(sqlite3.DatabaseError):
        index_problem(indexed)


def test_check_readable_raises_for_an_index_without_its_data(indexed: sqlite3.Connection) -> None:
    check_readable(indexed)
    indexed.execute("DROP TABLE sections_stem_data")
    with pytest.raises(sqlite3.DatabaseError):
        check_readable(indexed)


def test_opening_a_bundle_leaves_the_search_engine_unloaded(shipped_bundle: Path) -> None:
    # The bundle reads the index module on open; the engine loads with the first search, not at start-up.
    probe = (
        "import sys; from reader.core.bundle import Bundle; "
        f"Bundle.open({str(shipped_bundle)!r}).close(); "
        "print(sorted(m for m in sys.modules if m.startswith('reader.core.search')))"
    )
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "['reader.core.search', 'reader.core.search.index']"
