"""The search index of a bundle: its tables, written from the sections and synonyms, and checked.

Two FTS5 indexes over the sections' titles and text: ``sections_fts`` of the words as written
(external content: the ``sections`` table), ``sections_stem`` of their stems (contentless), each
stem in the language of the section's article and tagged with it (``languages.Language.key``).
Beside them ``terms``, each word of the text with its tagged stem and the number of sections of
that language it is in (a word of two languages has a row for each), and ``synonyms``, the synonym
groups a build was given, as written (a group's first term may name its language: ``fr: fièvre``,
``languages.split_language``; a group that does not is of every language). The
engine (engine.py) queries the indexes, the vocabulary (vocabulary.py) reads the terms and
synonyms through this module.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

from reader.core.limits import MAX_GROUP_TERMS, MAX_SYNONYM_TERMS
from reader.core.text import words

INDEXES = ("sections_fts", "sections_stem")
TABLES = (
    *("terms", "synonyms", *INDEXES),
    *(f"{index}_{part}" for index in INDEXES for part in ("data", "idx", "docsize", "config")),
)
"""The tables of the index, FTS5's own among them, in the order a missing one is reported."""

SCHEMA = """
CREATE VIRTUAL TABLE sections_fts USING fts5 (
    title, text, content = 'sections', content_rowid = 'ord',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE sections_stem USING fts5 (
    title, text, content = '', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TABLE terms (
    term TEXT NOT NULL, stem TEXT NOT NULL, docs INTEGER NOT NULL, PRIMARY KEY (term, stem)
) WITHOUT ROWID;
CREATE INDEX terms_by_stem ON terms (stem);
CREATE TABLE synonyms (
    grp INTEGER NOT NULL, ord INTEGER NOT NULL, term TEXT NOT NULL, PRIMARY KEY (grp, ord)
) WITHOUT ROWID;
"""
"""The definitions of the index's tables, to run after those of the bundle's ``sections`` table."""

ROW_RULES: tuple[str, ...] = (
    (
        "SELECT 'search term ' || quote(term), 'is not a word with a stem and a count'"
        " FROM terms WHERE typeof(term) != 'text' OR typeof(stem) != 'text' OR typeof(docs) != 'integer'"
        " OR docs < 0"
    ),
    f"SELECT 'the bundle', 'has more than {MAX_SYNONYM_TERMS} synonym terms'"
    f" WHERE (SELECT count(*) FROM synonyms) > {MAX_SYNONYM_TERMS}",
    f"SELECT 'synonym group ' || quote(grp), 'has more than {MAX_GROUP_TERMS} terms'"
    f" FROM synonyms GROUP BY grp HAVING count(*) > {MAX_GROUP_TERMS}",
    (
        "SELECT 'synonym ' || quote(term), 'is not text in a numbered group'"
        " FROM synonyms WHERE typeof(grp) != 'integer' OR typeof(ord) != 'integer' OR typeof(term) != 'text'"
    ),
)
"""Queries that each return the index's rows that break one rule, as (where, what is wrong)."""

# Each section with the language of its article (a section of no article: '', no language).
_SECTIONS = (
    "SELECT s.ord, s.title, s.text, coalesce(a.language, '') FROM sections AS s"
    " LEFT JOIN articles AS a ON a.id = s.article_id ORDER BY s.ord"
)
Row = tuple[int, str, str, str]
"""A section as the index is made from it: (ord, title, text, language of its article)."""


def write_index(conn: sqlite3.Connection, synonyms: Sequence[Sequence[str]]) -> None:
    """Fill the index's tables (made by ``SCHEMA``) from the written sections and articles and the
    synonym groups.

    FTS5 writes part of its indexes only when the transaction ends: commit before reading them.
    """
    conn.execute("INSERT INTO sections_fts (rowid, title, text) SELECT ord, title, text FROM sections")
    stem_rows, vocabulary = _index_rows(conn.execute(_SECTIONS))
    conn.executemany("INSERT INTO sections_stem (rowid, title, text) VALUES (?, ?, ?)", stem_rows)
    conn.executemany("INSERT INTO terms VALUES (?, ?, ?)", vocabulary)
    conn.executemany(
        "INSERT INTO synonyms VALUES (?, ?, ?)",
        [(group, order, term) for group, terms in enumerate(synonyms) for order, term in enumerate(terms)],
    )
    for table in INDEXES:
        conn.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")


def terms(conn: sqlite3.Connection) -> Iterator[tuple[str, str, int]]:
    """Each word of the text with its key (tagged stem) and the number of sections of that language it
    is in, in word order."""
    rows: Iterator[tuple[str, str, int]] = conn.execute("SELECT term, stem, docs FROM terms ORDER BY term, stem")
    return rows


def synonyms(conn: sqlite3.Connection) -> Iterator[tuple[int, str]]:
    """Each synonym term with the number of its group, group by group, in the order written."""
    rows: Iterator[tuple[int, str]] = conn.execute("SELECT grp, term FROM synonyms ORDER BY grp, ord")
    return rows


def split_as_words(texts: Iterable[str]) -> bool:
    """Whether SQLite's unicode61 (the index of words as written) splits and folds these texts into
    the words ``reader.core.text.words`` gives, a possessive's "s" aside: true of ASCII, and of each
    other character that splits and folds alike in both (tried in an index in memory)."""
    odd = sorted({ch for text in texts if not text.isascii() for ch in set(text) if not ch.isascii()})
    if not odd:
        return True
    probes = [f"a{ch}b" for ch in odd]
    with contextlib.closing(sqlite3.connect(":memory:")) as conn:
        conn.execute("CREATE VIRTUAL TABLE probe USING fts5 (text, tokenize = 'unicode61 remove_diacritics 2')")
        conn.executemany("INSERT INTO probe (rowid, text) VALUES (?, ?)", enumerate(probes))
        conn.execute("CREATE VIRTUAL TABLE temp.probe_words USING fts5vocab (main, probe, instance)")
        split: list[list[str]] = [[] for _ in probes]
        for term, doc in conn.execute("SELECT term, doc FROM temp.probe_words ORDER BY doc, offset"):
            split[doc].append(term)
    return all(split[n] == words(probe) for n, probe in enumerate(probes))


def check_readable(conn: sqlite3.Connection) -> None:
    """Read from each FTS5 index; raises sqlite3.DatabaseError where one cannot be read at all."""
    for index in INDEXES:
        conn.execute(f"SELECT rowid FROM {index} WHERE {index} MATCH 'a' LIMIT 1").fetchall()


def index_problem(conn: sqlite3.Connection) -> str | None:
    """Check the index of a bundle against its text; return what differs, or None.

    On a copy in memory (FTS5's integrity-check is an INSERT, refused on a read-only file): FTS5's
    own check of both indexes, then the stem index and the vocabulary rebuilt from the sections'
    text and compared with the bundle's. Raises sqlite3.DatabaseError where an index is damaged.
    """
    with contextlib.closing(sqlite3.connect(":memory:")) as copy:
        conn.backup(copy)
        copy.execute("INSERT INTO sections_fts (sections_fts, rank) VALUES ('integrity-check', 1)")
        copy.execute("INSERT INTO sections_stem (sections_stem) VALUES ('integrity-check')")
        return _rebuilt_differs(copy)


def _index_rows(sections: Iterable[Row]) -> tuple[list[tuple[int, str, str]], list[tuple[str, str, int]]]:
    """The rows of the stem index (each section's title and text as keys of its language) and of
    the ``terms`` table (each word, its key in a language and how many sections of that language
    have it), from one reading of each section's words."""
    from reader.core.search.languages import Language, language

    stem_rows: list[tuple[int, str, str]] = []
    docs: dict[Language, Counter[str]] = {}
    for order, title, text, tag in sections:
        lang = language(tag)
        title_words, text_words = words(title), words(text)
        stem_rows.append((order, lang.keys_of(title_words), lang.keys_of(text_words)))
        counts = docs.get(lang)
        if counts is None:
            counts = docs[lang] = Counter()
        counts.update({*title_words, *text_words})
    vocabulary = [(word, lang.key(word), count) for lang, counts in docs.items() for word, count in counts.items()]
    return stem_rows, vocabulary


def _rebuilt_differs(copy: sqlite3.Connection) -> str | None:
    """Rebuild the stem index and the vocabulary in a writable copy of a bundle and compare them
    with the bundle's own; return what differs, or None."""
    stem_rows, vocabulary = _index_rows(copy.execute(_SECTIONS))
    stored_terms = set(copy.execute("SELECT term, stem, docs FROM terms"))
    if stored_terms != set(vocabulary):
        return "the search vocabulary does not match the text"
    copy.execute(
        "CREATE VIRTUAL TABLE temp.rebuilt USING fts5 (title, text, content = '',"
        " tokenize = 'unicode61 remove_diacritics 2')"
    )
    copy.executemany("INSERT INTO temp.rebuilt (rowid, title, text) VALUES (?, ?, ?)", stem_rows)
    copy.execute("CREATE VIRTUAL TABLE temp.stored_words USING fts5vocab (main, sections_stem, instance)")
    copy.execute("CREATE VIRTUAL TABLE temp.rebuilt_words USING fts5vocab (temp, rebuilt, instance)")
    copy.commit()  # FTS5 writes the rebuilt index's totals when the transaction ends
    # What ranking reads besides the words: each row's token counts, the totals record (id 1) and
    # the configuration; compared whole, as they do not depend on how the index was merged.
    compared = (
        ("term, doc, col, offset", "temp.stored_words", "temp.rebuilt_words"),
        ("id, sz", "main.sections_stem_docsize", "temp.rebuilt_docsize"),
        (
            "block",
            "(SELECT block FROM main.sections_stem_data WHERE id = 1)",
            "(SELECT block FROM temp.rebuilt_data WHERE id = 1)",
        ),
        ("k, v", "main.sections_stem_config", "temp.rebuilt_config"),
    )
    for columns, stored, rebuilt in compared:
        for one, other in ((stored, rebuilt), (rebuilt, stored)):
            query = f"SELECT {columns} FROM {one} EXCEPT SELECT {columns} FROM {other} LIMIT 1"
            if copy.execute(query).fetchone() is not None:
                return "the word-form search index does not match the text"
    return None
