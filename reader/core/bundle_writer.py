"""Writing a bundle: the schema, the rows, the search indexes and the digest over all of them.

Only ``reader build`` writes bundles; the window and the other commands only read them.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from reader import __version__
from reader.core.atomic import atomic_path
from reader.core.bundle import ARTICLE_COLUMNS, CORRECTION_COLUMNS, SCHEMA_VERSION, SECTION_COLUMNS, content_digest
from reader.core.bundle_check import stem_rows, vocabulary
from reader.core.errors import BundleError
from reader.core.model import ArticleInfo, Section

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE articles (
    ord INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    source TEXT NOT NULL,
    language TEXT NOT NULL,
    edition TEXT NOT NULL
);
CREATE TABLE corrections (
    article_id TEXT NOT NULL REFERENCES articles (id),
    ord INTEGER NOT NULL,
    original TEXT NOT NULL,
    corrected TEXT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (article_id, ord)
) WITHOUT ROWID;
CREATE TABLE sections (
    ord INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    article_id TEXT NOT NULL REFERENCES articles (id),
    parent_id TEXT REFERENCES sections (id),
    level INTEGER NOT NULL,
    title TEXT NOT NULL,
    html TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE VIRTUAL TABLE sections_fts USING fts5 (
    title, text, content = 'sections', content_rowid = 'ord',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE sections_stem USING fts5 (
    title, text, content = '', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TABLE terms (term TEXT PRIMARY KEY, stem TEXT NOT NULL, docs INTEGER NOT NULL) WITHOUT ROWID;
CREATE INDEX terms_by_stem ON terms (stem);
CREATE TABLE synonyms (
    grp INTEGER NOT NULL, ord INTEGER NOT NULL, term TEXT NOT NULL, PRIMARY KEY (grp, ord)
) WITHOUT ROWID;
"""


def write_bundle(
    out: Path,
    articles: Sequence[tuple[ArticleInfo, Sequence[Section]]],
    stylesheet: str,
    synonyms: Sequence[Sequence[str]] = (),
) -> str:
    """Write a bundle atomically (temporary file, then rename) and return its digest."""
    try:
        with atomic_path(out) as tmp:
            conn = sqlite3.connect(tmp)
            try:
                digest = _fill(conn, articles, stylesheet, synonyms)
            finally:
                conn.close()
    except (OSError, sqlite3.Error) as exc:
        raise BundleError(out, f"cannot write: {getattr(exc, 'strerror', None) or exc}") from exc
    return digest


def _fill(
    conn: sqlite3.Connection,
    articles: Sequence[tuple[ArticleInfo, Sequence[Section]]],
    stylesheet: str,
    synonyms: Sequence[Sequence[str]],
) -> str:
    conn.executescript(_SCHEMA)
    meta = {
        "schema_version": str(SCHEMA_VERSION),
        "app_version": __version__,
        "built_at": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "stylesheet": stylesheet,
    }
    conn.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
    order = 0
    for article_order, (info, sections) in enumerate(articles):
        conn.execute(
            f"INSERT INTO articles ({ARTICLE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
            (article_order, info.id, info.title, info.source, info.language, info.edition),
        )
        conn.executemany(
            f"INSERT INTO corrections ({CORRECTION_COLUMNS}) VALUES (?, ?, ?, ?, ?)",
            [(info.id, n, c.original, c.corrected, c.reason) for n, c in enumerate(info.corrections)],
        )
        for section in sections:
            order += 1
            conn.execute(
                f"INSERT INTO sections ({SECTION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    order,
                    section.id,
                    info.id,
                    section.parent_id,
                    section.level,
                    section.title,
                    section.html,
                    section.text,
                ),
            )
    conn.execute("INSERT INTO sections_fts (rowid, title, text) SELECT ord, title, text FROM sections")
    _fill_search_tables(conn, synonyms)
    for table in ("sections_fts", "sections_stem"):
        conn.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")
    conn.commit()  # FTS5 writes part of its index only when the transaction ends: digest after it
    digest = content_digest(conn)
    conn.execute("INSERT INTO meta VALUES ('digest', ?)", (digest,))
    conn.commit()
    conn.execute("VACUUM")
    return digest


def _fill_search_tables(conn: sqlite3.Connection, synonyms: Sequence[Sequence[str]]) -> None:
    """Write the stem index, the vocabulary (word, stem, sections it is in) and the synonyms."""
    rows = conn.execute("SELECT ord, title, text FROM sections ORDER BY ord").fetchall()
    conn.executemany("INSERT INTO sections_stem (rowid, title, text) VALUES (?, ?, ?)", stem_rows(rows))
    conn.executemany("INSERT INTO terms VALUES (?, ?, ?)", vocabulary(rows))
    conn.executemany(
        "INSERT INTO synonyms VALUES (?, ?, ?)",
        [(group, order, term) for group, terms in enumerate(synonyms) for order, term in enumerate(terms)],
    )
