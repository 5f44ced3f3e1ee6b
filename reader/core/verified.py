"""Bundles this user's reader has verified in full, known again by their file's identity.

Verifying a bundle (hashing every row for its digest, checking every row and cleaning every
section's HTML) costs about a second per hundred articles: a library of 400 articles would take
seconds to open at every start. A bundle is only ever replaced whole (written aside, then renamed),
so a file whose identity is unchanged since it was verified holds the same bytes: the same device
and inode, size, modification time and change time (a write or a rename gives a new change time,
which a user cannot set back on Linux or macOS), and the same digest recorded inside. Such a file
is not hashed again; anything else is verified in full, as on its first open.

The record is one JSON file in the user's cache folder, written atomically. It holds nothing a
forger could use: whoever can rewrite it can rewrite the user's library and trust list too. A
record that cannot be read is an empty one (everything is verified again), never an error.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from reader.core.atomic import atomic_path

log = logging.getLogger(__name__)
FILE_NAME = "verified-bundles.json"
MAX_ENTRIES = 1000
"""A library holds a few dozen bundles; the record forgets the oldest beyond this many."""
CHECKS = 2
"""What a verification checks, numbered: raised whenever it checks more (2: SQLite's integrity),
so that a file verified with fewer checks by an earlier release is verified again."""


def identity(path: Path, digest: str) -> str:
    """What names this version of the file, as verified by these checks: the checks' number, its
    device, inode, size, times and recorded digest."""
    info = os.stat(path)
    return f"{CHECKS}:{info.st_dev}:{info.st_ino}:{info.st_size}:{info.st_mtime_ns}:{info.st_ctime_ns}:{digest}"


class VerifiedBundles:
    """The record of bundle files verified in full: their path and identity when verified."""

    def __init__(self, record: Path) -> None:
        self.record = record
        self._entries = self._read()
        self._changed = False

    def _read(self) -> dict[str, str]:
        try:
            data = json.loads(self.record.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            if not isinstance(exc, FileNotFoundError):
                log.info("verified bundles: %s unreadable, verifying again (%s)", self.record, exc)
            return {}
        if not isinstance(data, dict):
            return {}
        return {str(key): value for key, value in data.items() if isinstance(value, str)}

    def knows(self, path: Path, digest: str) -> bool:
        """Whether this very file, with this digest inside, was verified in full before."""
        try:
            return bool(digest) and self._entries.get(str(path.resolve())) == identity(path, digest)
        except OSError:
            return False

    def remember(self, path: Path, digest: str) -> None:
        """Record that the file, as it is now, was verified in full."""
        try:
            key, value = str(path.resolve()), identity(path, digest)
        except OSError:
            return
        if self._entries.get(key) != value:
            self._entries.pop(key, None)  # re-inserted last: the newest is kept longest
            self._entries[key] = value
            self._changed = True

    def save(self) -> None:
        """Write the record if it changed; a record that cannot be written is only logged."""
        if not self._changed:
            return
        entries = dict(list(self._entries.items())[-MAX_ENTRIES:])
        try:
            self.record.parent.mkdir(parents=True, exist_ok=True)
            with atomic_path(self.record) as temporary:
                temporary.write_text(json.dumps(entries, indent=0, sort_keys=False), encoding="utf-8")
        except OSError as exc:
            log.warning("verified bundles: cannot write %s (%s)", self.record, exc)
            return
        self._changed = False
