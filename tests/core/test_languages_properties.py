"""Any text in any language: indexing and search never fail, and the index always checks out."""

from __future__ import annotations

import contextlib
import html
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.bundle import Bundle
from reader.core.bundle_writer import write_bundle
from reader.core.model import ArticleInfo, Section
from reader.core.search import Searcher, Vocabulary, parse_query
from reader.core.search.index import SCHEMA, index_problem, write_index
from reader.core.search.matching import expressions

# Letters of the languages searched (accents, Arabic with its vowel marks, tatweel and digits), the
# punctuation between them, and whatever else Unicode has.
_LETTERS = "abcdefghijklmnopqrstuvwxyzéèêàâçôûïñãõÉÀ"
_ARABIC = "ابتثجحخدذرسشصضطظعغفقكلمنهويىةءأإآؤئ" + "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640" + "٠١٢٣"
_TEXT = st.text(
    st.one_of(
        st.sampled_from(_LETTERS + _ARABIC + " '’-:,.\"*()"),
        st.characters(blacklist_categories=("Cs", "Cc")),  # the builder removes control characters
    ),
    max_size=60,
)
_LANGUAGES = st.sampled_from(["en", "fr", "es", "pt", "ar", "sw", "de", "fr-CA", "xx", "", "ǅ", "a-b-c"])


_ARTICLES = st.lists(
    st.tuples(_LANGUAGES, st.lists(st.tuples(_TEXT, _TEXT), min_size=1, max_size=3)), min_size=1, max_size=3
)
_SYNONYMS = st.lists(st.lists(_TEXT.filter(str.strip), min_size=2, max_size=3), max_size=3)


@settings(max_examples=40, deadline=None)
@given(articles=_ARTICLES, queries=st.lists(_TEXT, min_size=1, max_size=4), synonyms=_SYNONYMS)
def test_any_text_in_any_language_makes_an_index_every_query_can_read(
    articles: list[tuple[str, list[tuple[str, str]]]], queries: list[str], synonyms: list[list[str]]
) -> None:
    """The index in memory (fast): it checks out against its text, and every tier's MATCH of every
    query is one FTS5 reads."""
    with contextlib.closing(sqlite3.connect(":memory:")) as conn:
        conn.execute("CREATE TABLE articles (id TEXT PRIMARY KEY, language TEXT NOT NULL)")
        conn.execute("CREATE TABLE sections (ord INTEGER PRIMARY KEY, article_id TEXT, title TEXT, text TEXT)")
        order = 0
        for number, (language, sections) in enumerate(articles):
            conn.execute("INSERT INTO articles VALUES (?, ?)", (f"a{number}", language))
            for title, text in sections:
                order += 1
                conn.execute("INSERT INTO sections VALUES (?, ?, ?, ?)", (order, f"a{number}", title, text))
        conn.executescript(SCHEMA)
        write_index(conn, synonyms)
        conn.commit()
        assert index_problem(conn) is None
        vocabulary = Vocabulary(conn, False, [language for language, _ in articles])
        for text in queries:
            for typed in (text, text + " "):
                for tier in expressions(parse_query(typed, vocabulary.stop_words), vocabulary):
                    if tier.expression:
                        sql = f"SELECT count(*) FROM {tier.table} WHERE {tier.table} MATCH ?"
                        conn.execute(sql, (tier.expression,)).fetchone()


@pytest.mark.slow  # a bundle file written and opened for each example: about 20 s
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles=_ARTICLES, queries=st.lists(_TEXT, min_size=1, max_size=4), synonyms=_SYNONYMS)
def test_any_text_in_any_language_is_indexed_and_searched(
    articles: list[tuple[str, list[tuple[str, str]]]], queries: list[str], synonyms: list[list[str]]
) -> None:
    written: list[tuple[ArticleInfo, list[Section]]] = []
    order = 0
    for number, (language, sections) in enumerate(articles):
        article_id = f"a{number}"
        info = ArticleInfo(article_id, f"Article {number}", "test", language, "1")
        rows = []
        for title, text in sections:
            order += 1
            heading = f"Section {order} {title}"  # a heading is never empty
            rows.append(Section(f"{article_id}/s{order}", article_id, None, 2, order, heading, html.escape(text), text))
        written.append((info, rows))
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "bundle.sqlite"
        write_bundle(out, written, "", synonyms)
        with Bundle.open(out) as bundle:
            assert index_problem(bundle.connection) is None
            searcher = Searcher(bundle)
            ids = {section.id for section in bundle.sections()}
            for query in queries:
                for typed in (query, query + " "):
                    result = searcher.search(typed)
                    assert {hit.id for hit in result.hits} <= ids
