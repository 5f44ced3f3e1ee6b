"""A content pack's identity: ``pack.yaml`` in its source folder, and the same rows in its bundle.

``pack.yaml`` names the pack's ``id`` (a slug, like an article id), ``title``, ``publisher`` (a
name people read) and an integer ``version`` that grows with each edition. The file is untrusted
input like a front matter: reading it ends in a ``PackInfo`` or in one SourceError naming the file
and line, never another exception.

In a bundle the same values are rows of ``meta`` (``pack_id``, ``pack_title``, ...), covered by
the content digest like every other row; a bundle is untrusted too, so they are checked again.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from reader.core.errors import BundleError, SourceError
from reader.core.limits import MAX_ARTICLE_ID_CHARACTERS
from reader.core.model import is_article_id
from reader.core.safe_text import has_controls

PACK_FILE = "pack.yaml"
KEYS = ("id", "title", "publisher", "version")
MAX_PACK_FILE_BYTES = 64 * 1024
"""The largest ``pack.yaml`` read (it holds four short values)."""
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
_INT_TAG = "tag:yaml.org,2002:int"
_NULL_TAG = "tag:yaml.org,2002:null"


@dataclass(frozen=True)
class PackInfo:
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
        return None if is_article_id(text) else f"'id' {text[:80]!r} is not a pack id ({ID_RULE})"
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


def read_pack_file(folder: Path) -> PackInfo | None:
    """Read ``folder/pack.yaml``; None when the folder has none. Raise SourceError (file, line)
    for a file that cannot be read or a value that is missing, unknown or wrong."""
    path = folder / PACK_FILE
    try:
        if not path.exists():
            return None
        if not path.is_file():
            raise SourceError(path, "not a regular file")
        with path.open("rb") as stream:
            data = stream.read(MAX_PACK_FILE_BYTES + 1)
    except OSError as exc:
        raise SourceError(path, f"cannot read: {exc.strerror or exc}") from exc
    if len(data) > MAX_PACK_FILE_BYTES:
        raise SourceError(path, f"larger than {MAX_PACK_FILE_BYTES // 1024} KiB: not a pack.yaml")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(path, "not UTF-8 text", data[: exc.start].count(b"\n") + 1) from exc
    return parse_pack(path, text)


def parse_pack(path: Path, text: str) -> PackInfo:
    """Parse the text of a ``pack.yaml`` (``path`` names it in errors); raise SourceError."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise SourceError(path, f"{problem}", mark.line + 1 if mark is not None else 1) from exc
    except RecursionError as exc:
        raise SourceError(path, "nested too deeply", 1) from exc
    if root is None:
        raise SourceError(path, "empty: give id, title, publisher and version", 1)
    if not isinstance(root, yaml.MappingNode):
        raise SourceError(path, "must be a mapping of keys to values (id: ..., title: ...)", _line(root))
    values: dict[str, str] = {}
    for key_node, value_node in root.value:
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        if not isinstance(key, str) or key not in KEYS:
            shown = key[:80] if isinstance(key, str) else "a key that is not text"
            raise SourceError(path, f"unknown key {shown!r}: a pack.yaml has {', '.join(KEYS)}", _line(key_node))
        if key in values:
            raise SourceError(path, f"'{key}' is given twice", _line(key_node))
        values[key] = _value(path, key, value_node)
    missing = [key for key in KEYS if key not in values]
    if missing:
        raise SourceError(path, f"'{missing[0]}' is missing: a pack.yaml has {', '.join(KEYS)}", 1)
    return PackInfo(values["id"], values["title"], values["publisher"], int(values["version"]))


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


def _value(path: Path, key: str, node: yaml.Node) -> str:
    """One value as text, checked; raise SourceError at its line."""
    if not isinstance(node, yaml.ScalarNode) or node.tag == _NULL_TAG:
        kind = "empty" if isinstance(node, yaml.ScalarNode) else "not a single value"
        raise SourceError(path, f"'{key}' is {kind}", _line(node))
    raw = str(node.value)
    if key == "version" and node.tag != _INT_TAG:
        hint = " (write it without quotes)" if node.style in ("'", '"') else ""
        raise SourceError(path, f"'version' {raw[:80]!r} is not {VERSION_RULE}{hint}", _line(node))
    text = raw.strip() if key in ("id", "version") else " ".join(raw.split())
    problem = text_problem(key, text)
    if problem:
        raise SourceError(path, problem, _line(node))
    return text


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
