"""An article's front matter: the YAML block of metadata at the top of a source, and its corrections.

A source is untrusted: whatever its YAML holds, reading it ends in metadata or in one SourceError
with the file and line, never in another exception.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from markdown_it.token import Token

from reader.core.errors import SourceError
from reader.core.limits import MAX_ARTICLE_ID_CHARACTERS, MAX_PUBLIC_SOURCE_CHARACTERS
from reader.core.model import MAX_LICENSE_CHARACTERS, Correction, Section, is_article_id

REQUIRED_KEYS = ("title", "source", "language", "edition")
OPTIONAL_KEYS = ("corrections", "public_source", "id", "license")
"""``source`` is the editors' record of where the text came from; ``public_source`` is what handouts
print and exports show (a handout prints no source when it is absent); ``id`` is the article's id
(default: the file name without ``.md``); ``license`` is the content licence the article states
(an SPDX id such as ``CC-BY-4.0``, or free text), shown in About and ``reader info``."""
ID_RULE = f"lowercase letters, digits and single hyphens, at most {MAX_ARTICLE_ID_CHARACTERS} characters"
_QUOTE_IT = "put the value in quotes to keep it as text"


@dataclass(frozen=True)
class FrontMatter:
    """The metadata of one source: its texts by key, its corrections, and its lines (to name them)."""

    meta: dict[str, str]
    corrections: tuple[Correction, ...]
    lines: tuple[str, ...]
    article_id: str | None = None
    """The front matter's ``id``, checked to be a slug; None when it gives none."""

    def line_of(self, key: object) -> int:
        """Return the line of the file where a top-level key is, or 1 if it is not there."""
        return _key_line(self.lines, key)


class _Loader(yaml.SafeLoader):
    """PyYAML's safe loader, remembering where it was for the errors that carry no place."""

    at_line: int | None = None
    """The line (0-based, of the YAML) of the node being composed or constructed."""

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        event: yaml.Event = self.peek_event()  # type: ignore[no-untyped-call]  # untyped in types-PyYAML
        if event.start_mark is not None:
            self.at_line = event.start_mark.line
        return super().compose_node(parent, index)

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        self.at_line = node.start_mark.line
        return super().construct_object(node, deep)


def _load(path: Path, content: str) -> object:
    """Parse the YAML of a front matter (which starts on line 2 of the file)."""
    loader = _Loader(content)
    try:
        return loader.get_single_data()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise SourceError(path, f"front matter: {problem}", mark.line + 2 if mark is not None else 1) from exc
    except ValueError as exc:  # a number past Python's int-to-str limit, a date that does not exist
        reason = str(exc).split(";")[0]
        raise SourceError(path, f"front matter: {reason}; {_QUOTE_IT}", _mark_line(loader)) from exc
    except RecursionError as exc:
        raise SourceError(path, "front matter: nested too deeply", _mark_line(loader)) from exc
    finally:
        loader.dispose()


def _mark_line(loader: _Loader) -> int:
    return loader.at_line + 2 if loader.at_line is not None else 1


def _key_line(lines: Sequence[str], key: object) -> int:
    for number, text in enumerate(lines, start=2):
        if text.startswith(f"{key}:"):
            return number
    return 1


def _meta_text(path: Path, data: dict[Any, Any], lines: Sequence[str], key: str) -> str:
    value = data.get(key)
    if isinstance(value, dt.date):
        value = value.isoformat()
    try:
        text = str(value).strip() if isinstance(value, str | int | float) else ""
    except ValueError as exc:  # an int past Python's int-to-str limit, written in hex
        message = f"front matter: '{key}' is too long a number; {_QUOTE_IT}"
        raise SourceError(path, message, _key_line(lines, key)) from exc
    if not text:
        raise SourceError(path, f"front matter: '{key}' is missing or empty", _key_line(lines, key))
    return text


def _one_line(path: Path, data: dict[Any, Any], lines: Sequence[str], key: str, limit: int) -> dict[str, str]:
    """An optional text as one line of at most ``limit`` characters, if the front matter gives it."""
    if key not in data:
        return {}
    text = " ".join(_meta_text(path, data, lines, key).split())
    if len(text) > limit:
        message = f"'{key}' is {len(text)} characters; the limit is {limit}"
        raise SourceError(path, f"front matter: {message}", _key_line(lines, key))
    return {key: text}


def _article_id(path: Path, data: dict[Any, Any], lines: Sequence[str]) -> str | None:
    """The article id the front matter gives, if it gives one: a slug, else a SourceError."""
    if "id" not in data:
        return None
    text = _meta_text(path, data, lines, "id")
    if not is_article_id(text):
        message = f"front matter: 'id' {text[:80]!r} is not an article id ({ID_RULE})"
        raise SourceError(path, message, _key_line(lines, "id"))
    return text


def _corrections(path: Path, data: dict[Any, Any], lines: Sequence[str]) -> tuple[Correction, ...]:
    raw = data.get("corrections") or []
    line = _key_line(lines, "corrections")
    if not isinstance(raw, list):
        raise SourceError(path, "front matter: 'corrections' must be a list", line)
    result = []
    for number, item in enumerate(raw, start=1):
        fields = {}
        for key in ("original", "corrected", "reason"):
            value = item.get(key) if isinstance(item, dict) else None
            if not isinstance(value, str):
                raise SourceError(path, f"front matter: correction {number} needs '{key}' text", line)
            fields[key] = value.strip()
        if not fields["corrected"] or not fields["reason"]:
            raise SourceError(path, f"front matter: correction {number} needs a 'corrected' text and a 'reason'", line)
        result.append(Correction(**fields))
    return tuple(result)


def read_front_matter(path: Path, tokens: Sequence[Token]) -> FrontMatter:
    """Read and check the front matter token of a parsed source; raise SourceError on bad input."""
    if not tokens or tokens[0].type != "front_matter":
        raise SourceError(path, "no front matter: start the file with '---', then title, source, language, edition", 1)
    content = tokens[0].content
    data = _load(path, content)
    if not isinstance(data, dict):
        raise SourceError(path, "front matter must be a mapping of keys to values", 2)
    lines = tuple(content.splitlines())
    unknown = sorted((key for key in data if key not in REQUIRED_KEYS + OPTIONAL_KEYS), key=str)
    if unknown:
        raise SourceError(path, f"front matter: unknown key {unknown[0]!r}", _key_line(lines, unknown[0]))
    meta = {key: _meta_text(path, data, lines, key) for key in REQUIRED_KEYS}
    meta |= _one_line(path, data, lines, "public_source", MAX_PUBLIC_SOURCE_CHARACTERS)
    meta |= _one_line(path, data, lines, "license", MAX_LICENSE_CHARACTERS)
    return FrontMatter(meta, _corrections(path, data, lines), lines, _article_id(path, data, lines))


def check_corrections(path: Path, front: FrontMatter, sections: Sequence[Section]) -> None:
    """Prove each correction was made: its new text is in the article and its old text is not."""
    whole = "\n".join(f"{s.title}\n{s.text}" for s in sections)
    line = front.line_of("corrections")
    for number, correction in enumerate(front.corrections, start=1):
        if correction.corrected not in whole:
            raise SourceError(path, f"correction {number}: {correction.corrected!r} is not in the text", line)
        if correction.original and correction.original in whole:
            raise SourceError(path, f"correction {number}: {correction.original!r} is still in the text", line)
