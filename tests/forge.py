"""Forge a bundle as an attacker would: change its rows, then recompute its digest."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from reader.core.bundle import content_digest


def forge(path: Path, *statements: str) -> None:
    """Run SQL statements on a bundle, then store the digest of what it now holds."""
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
        conn.execute("UPDATE meta SET value = ? WHERE key = 'digest'", (content_digest(conn),))
        conn.commit()
    finally:
        conn.close()
