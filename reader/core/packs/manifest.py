"""A content pack's identity: its ``id`` (a slug, like an article id), ``title``, ``publisher``
(a name people read) and an integer ``version`` that grows with each edition; their rules.

In a bundle they are rows of ``meta`` (``pack_id``, ``pack_title``, ...), covered by the content
digest like every other row; a bundle is untrusted, so they are checked again when read. A source
folder gives them in ``pack.yaml`` (``reader.core.packs.pack_file``). This module loads no YAML:
every start that verifies a pack reads it.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from reader.core.errors import BundleError
from reader.core.limits import MAX_ARTICLE_ID_CHARACTERS
from reader.core.model import is_article_id
from reader.core.safe_text import has_controls

KEYS = ("id", "title", "publisher", "version")
MAX_TEXT_CHARACTERS = 200
"""The longest title or publisher name."""
MAX_VERSION = 999_999_999

META_PREFIX = "pack_"
META_KEY_ID = "pack_key_id"
"""The meta row naming the key that signed the pack (covered by the digest, and by the signature)."""
META_SIGNATURE = "signature"
"""The meta row holding the signature: the one row besides ``digest`` the digest leaves out."""

ID_RULE = f"lowercase letters, digits and single hyphens, at most {MAX_ARTICLE_ID_CHARACTERS} characters"
VERSION_RULE = f"a whole number from 1 to {MAX_VERSION}, one more with each edition"
_DIGITS = re.compile(r"[0-9]{1,9}")
_WINDOWS_RESERVED = frozenset(
    ["con", "prn", "aux", "nul", *(f"com{n}" for n in range(10)), *(f"lpt{n}" for n in range(10))]
)
"""Names Windows gives to devices, whatever follows them: a pack is installed as ``ID.sqlite``."""


class PackInfo(NamedTuple):
    """A pack's identity: id, title, publisher (a name) and version."""

    id: str
    title: str
    publisher: str
    version: int

    def meta_rows(self) -> dict[str, str]:
        """The rows a bundle's ``meta`` holds for this pack."""
        return {f"{META_PREFIX}{key}": str(getattr(self, key)) for key in KEYS}


def text_problem(key: str, text: str) -> str | None:
    """Why a value cannot be the pack's ``key``, in a few words, or None when it can."""
    if key == "id":
        if not is_article_id(text):
            return f"'id' {text[:80]!r} is not a pack id ({ID_RULE})"
        return f"'id' {text!r} is a file name Windows reserves" if text in _WINDOWS_RESERVED else None
    if key == "version":
        if _DIGITS.fullmatch(text) is None or int(text) < 1:
            return f"'version' {text[:80]!r} is not {VERSION_RULE}"
        return None
    if not text:
        return f"'{key}' is missing or empty"
    if has_controls(text):
        return f"'{key}' holds a control character"
    if len(text) > MAX_TEXT_CHARACTERS:
        return f"'{key}' is {len(text)} characters; the limit is {MAX_TEXT_CHARACTERS}"
    return None


def pack_from_meta(path: Path, meta: Mapping[str, str]) -> PackInfo | None:
    """The pack a bundle's meta rows name; None for a bundle that is not a pack. Raise BundleError
    when the rows are there but one is missing or wrong."""
    if not any(key.startswith(META_PREFIX) for key in meta):
        return None
    values: dict[str, str] = {}
    for key in KEYS:
        text = meta.get(f"{META_PREFIX}{key}")
        problem = f"'{key}' is missing" if text is None else text_problem(key, text)
        if problem:
            raise BundleError(path, f"not a valid content pack: its {problem}")
        values[key] = str(text)
    return PackInfo(values["id"], values["title"], values["publisher"], int(values["version"]))


def read_meta(path: Path) -> dict[str, str] | None:
    """A bundle file's meta rows, read without verifying anything; None when they cannot be read."""
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    except (sqlite3.Error, OSError, ValueError):
        return None
    try:
        return {str(key): str(value) for key, value in conn.execute("SELECT key, value FROM meta LIMIT 1000")}
    except sqlite3.Error:
        return None
    finally:
        conn.close()
