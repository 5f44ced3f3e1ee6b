"""Where ``reader build`` may write: never over a file that is not a bundle, nor among the sources."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from reader.core.sources import read_regular_bytes

SQLITE_HEADER = b"SQLite format 3\0"
BUNDLE_TABLES = frozenset({"meta", "sections"})
BUNDLE_KEYS = frozenset({"schema_version", "digest"})
"""The keys of the table 'meta' that every bundle has, whatever its schema version."""


def is_reader_bundle(path: Path) -> bool:
    """Whether an existing file is a reader bundle: SQLite, with the tables 'meta' and 'sections',
    and a schema version and a digest in 'meta'.

    Only the first bytes are read, and the database is opened read-only; a FIFO or device is not
    opened at all, and a damaged database is simply not a bundle.
    """
    try:
        if read_regular_bytes(path, len(SQLITE_HEADER)) != SQLITE_HEADER:
            return False
        uri = f"{path.resolve().as_uri()}?mode=ro"
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not BUNDLE_TABLES.issubset(tables):
                return False
            keys = {row[0] for row in conn.execute("SELECT key FROM meta WHERE key IN (?, ?)", sorted(BUNDLE_KEYS))}
    except (OSError, ValueError, sqlite3.Error):
        return False
    return keys == BUNDLE_KEYS


def _inside(path: Path, folder: Path) -> bool:
    real_path, real_folder = (Path(os.path.normcase(p.resolve())) for p in (path, folder))
    return real_path.is_relative_to(real_folder)


def output_problem(out: Path, source_dir: Path, force: bool = False) -> str | None:
    """Why a build must not write ``out`` (one line, without the file name), or None if it may.

    An existing file is only ever replaced by a bundle if it is a bundle; ``force`` allows writing
    inside the source folder, never over one of its sources.
    """
    if out.is_dir():
        return "is a folder: give the bundle's file name, such as content.sqlite"
    if os.path.lexists(out) and not is_reader_bundle(out):
        return "is not a reader bundle; not replacing it"
    if not force and _inside(out, source_dir):
        return f"is inside the source folder {source_dir}; choose another --out, or add --force"
    return None
