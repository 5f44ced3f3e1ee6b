"""``pack.yaml``: a content pack's identity in its source folder (``id``, ``title``, ``publisher``,
``version``; see ``reader.core.packs.manifest``).

The file is untrusted input like a front matter: reading it ends in a ``PackInfo`` or in one
SourceError naming the file and line, never another exception. Only ``reader build`` reads it.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from reader.core.errors import SourceError
from reader.core.packs.manifest import KEYS, VERSION_RULE, PackInfo, text_problem

PACK_FILE = "pack.yaml"
MAX_PACK_FILE_BYTES = 64 * 1024
"""The largest ``pack.yaml`` read (it holds four short values)."""
_INT_TAG = "tag:yaml.org,2002:int"
_NULL_TAG = "tag:yaml.org,2002:null"


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
