"""Writing a bundle: the schema, the rows, the search index (reader.core.search.index) and the digest.

Only ``reader build`` writes bundles; the window and the other commands only read them.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from reader import __version__
from reader.core.atomic import atomic_path
from reader.core.bundle import (
    ARTICLE_COLUMNS,
    CORRECTION_COLUMNS,
    SCHEMA_VERSION,
    SECTION_COLUMNS,
    content_digest,
)
from reader.core.errors import BundleError, ReaderError
from reader.core.model import ArticleInfo, Section
from reader.core.search.index import SCHEMA as INDEX_SCHEMA
from reader.core.search.index import write_index

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE articles (
    ord INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    source TEXT NOT NULL,
    language TEXT NOT NULL,
    edition TEXT NOT NULL,
    public_source TEXT NOT NULL,
    license TEXT NOT NULL
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
"""


def build_date() -> str:
    """When a bundle is built, in ISO 8601: SOURCE_DATE_EPOCH when set (reproducible builds: the
    same sources give the same bytes), else now. Raise ReaderError for a value that is not a time."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is None:
        moment = dt.datetime.now(dt.UTC)
    else:
        try:
            if not (epoch.isascii() and epoch.isdigit()):
                raise ValueError(epoch)
            moment = dt.datetime.fromtimestamp(int(epoch), dt.UTC)
        except (ValueError, OverflowError, OSError):
            raise ReaderError(f"SOURCE_DATE_EPOCH is {epoch!r}, not a Unix time (seconds since 1970)") from None
    return moment.replace(microsecond=0).isoformat()


def write_bundle(
    out: Path,
    articles: Sequence[tuple[ArticleInfo, Sequence[Section]]],
    stylesheet: str,
    synonyms: Sequence[Sequence[str]] = (),
) -> str:
    """Write a bundle atomically (temporary file, then rename) and return its digest."""
    date = build_date()
    try:
        with atomic_path(out) as tmp:
            conn = sqlite3.connect(tmp)
            try:
                # No rollback journal: a failed write leaves only the temporary file, which is
                # deleted, never a half-written bundle. Saves a tenth of a library's build (the
                # VACUUM copies the whole file back through the journal).
                conn.execute("PRAGMA journal_mode = OFF")
                digest = _fill(conn, articles, stylesheet, synonyms, date)
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
    date: str,
) -> str:
    conn.executescript(_SCHEMA + INDEX_SCHEMA)
    meta = {
        "schema_version": str(SCHEMA_VERSION),
        "app_version": __version__,
        "built_at": date,
        "stylesheet": stylesheet,
    }
    conn.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
    order = 0
    for article_order, (info, sections) in enumerate(articles):
        conn.execute(
            f"INSERT INTO articles ({ARTICLE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article_order,
                info.id,
                info.title,
                info.source,
                info.language,
                info.edition,
                info.public_source,
                info.license,
            ),
        )
        conn.executemany(
            f"INSERT INTO corrections ({CORRECTION_COLUMNS}) VALUES (?, ?, ?, ?, ?)",
            [(info.id, n, c.original, c.corrected, c.reason) for n, c in enumerate(info.corrections)],
        )
        conn.executemany(
            f"INSERT INTO sections ({SECTION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (order + n, s.id, info.id, s.parent_id, s.level, s.title, s.html, s.text)
                for n, s in enumerate(sections, start=1)
            ],
        )
        order += len(sections)
    write_index(conn, synonyms)
    conn.commit()  # FTS5 writes part of its index only when the transaction ends: digest after it
    digest = content_digest(conn)
    conn.execute("INSERT INTO meta VALUES ('digest', ?)", (digest,))
    conn.commit()
    conn.execute("VACUUM")
    return digest
