"""Forge a bundle as an attacker would: change its rows, then recompute its digest."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

from reader.core.bundle import content_digest

Statement = str | tuple[str, Sequence[object]]


def forge(path: Path, *statements: Statement) -> None:
    """Run SQL statements (text, or text with parameters) on a bundle, then store the digest of
    what it now holds. A statement the database refuses raises sqlite3.Error, and nothing changes."""
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            sql, params = (statement, ()) if isinstance(statement, str) else statement
            conn.execute(sql, params)
        conn.commit()
        conn.execute("UPDATE meta SET value = ? WHERE key = 'digest'", (content_digest(conn),))
        conn.commit()
    finally:
        conn.close()
