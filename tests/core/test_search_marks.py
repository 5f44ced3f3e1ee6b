"""Matches marked in Python (reader.core.search.marks) exactly as FTS5's highlight() marks them."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.search.marks import marked, possible_terms
from reader.core.search.matching import quote
from reader.core.search.results import MARK_START
from reader.core.search.snippets import _marked_words

START, END = "[", "]"
# Few words, so that terms and phrases meet the text often, and overlap ("a a" in "a a a").
_WORDS = ["a", "ab", "abc", "b", "x1", "1", "ketamine", "s"]
_SEPARATORS = [" ", "  ", "-", "'", "\n", ". ", " | ", "_", "(", ")", "\u2019"]


@pytest.fixture(scope="module")
def fts() -> Iterator[sqlite3.Connection]:
    with contextlib.closing(sqlite3.connect(":memory:")) as conn:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5 (text, tokenize = 'unicode61 remove_diacritics 2')")
        yield conn


def _highlighted(conn: sqlite3.Connection, text: str, terms: list[str]) -> str:
    conn.execute("DELETE FROM t")
    conn.execute("INSERT INTO t (rowid, text) VALUES (1, ?)", (text,))
    row = conn.execute(
        "SELECT highlight(t, 0, ?, ?) FROM t WHERE t MATCH ? AND rowid = 1",
        (START, END, " OR ".join(quote(term) for term in terms)),
    ).fetchone()
    return str(row[0]) if row else text


_texts = st.lists(
    st.tuples(
        st.sampled_from(_WORDS).map(lambda w: w.upper() if len(w) == 2 else w),
        st.sampled_from(_SEPARATORS),
    ),
    max_size=14,
).map(lambda pairs: "".join(word + sep for word, sep in pairs))
_terms = st.lists(
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3).map(" ".join),
    min_size=1,
    max_size=4,
)


@settings(max_examples=300, deadline=None)
@given(text=_texts, terms=_terms)
def test_ascii_text_is_marked_as_fts5_marks_it(fts: sqlite3.Connection, text: str, terms: list[str]) -> None:
    # The text isascii() only without the curly apostrophe; with it, FTS5 alone marks (None).
    found = marked(text, terms, START, END)
    if text.isascii():
        assert found == _highlighted(fts, text, terms)
    else:
        assert found is None


@pytest.mark.parametrize(
    ("text", "terms", "expected"),
    [
        ("a a a", ["a a"], "[a a a]"),  # two instances overlapping: one region
        ("a a", ["a"], "[a] [a]"),  # next to each other: two
        ("Blood-pressure is up", ["blood pressure", "pressure"], "[Blood-pressure] is up"),
        ("xa b", ["a b"], "xa b"),  # a phrase starts a word
        ("Ketamine's effects", ["s"], "Ketamine'[s] effects"),  # as FTS5 splits it
    ],
)
def test_marks_of_examples(fts: sqlite3.Connection, text: str, terms: list[str], expected: str) -> None:
    assert marked(text, terms, START, END) == expected == _highlighted(fts, text, terms)


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("café", ["cafe"]),
        ("plain text", ["søren"]),
        ("plain", ["Plain"]),
        ("foo\x00 bar foo", ["foo"]),  # FTS5 reads no further than a NUL
        ("a a " * 5000, ["a a"]),  # thousands of overlapping matches: quicker found in C
    ],
)
def test_text_or_terms_fts5_may_read_otherwise_are_left_to_it(text: str, terms: list[str]) -> None:
    assert marked(text, terms, START, END) is None


@pytest.mark.parametrize(
    ("text", "term", "may"),
    [
        ("Ketamine effects", "effect", True),  # a word starting with it: FTS5 decides
        ("Ketamine effects", "nausea", False),
        ("Ketamine effects", "side effects", False),
        ("Ketamine effects", "søren", True),  # FTS5 may fold it into "soren"
        ("Kétamine", "nausea", True),  # not ASCII: only FTS5 can tell
    ],
)
def test_a_match_leaves_out_only_terms_the_text_surely_lacks(text: str, term: str, may: bool) -> None:
    assert possible_terms(text, ["ketamine", term]) == (["ketamine", term] if may else ["ketamine"])


@given(st.lists(st.sampled_from(["a", "bb", f"{MARK_START}c", f"d{MARK_START}e{MARK_START}f"]), max_size=30))
def test_marked_words_are_those_holding_a_mark(words: list[str]) -> None:
    assert _marked_words(" ".join(words)) == [i for i, word in enumerate(words) if MARK_START in word]
