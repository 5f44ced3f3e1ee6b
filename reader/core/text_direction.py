"""Right-to-left text: which languages are written so, and an article's HTML made to read so.

Qt's rich text takes ``dir="rtl"`` on a block (text right to left, aligned right) but lays a
table's columns out left to right whatever its direction: a right-to-left table has its cells
put in the mirrored order, so that its first column is on the right.
"""

from __future__ import annotations

import re

RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ur"})
"""Languages written right to left (ISO 639-1)."""

_BLOCK_TAG = re.compile(r"<(h[1-6]|p|ul|ol|li|blockquote|dl|dt|dd|table|th|td)\b((?:[^>]*?))(/?)>", re.IGNORECASE)
_ROW = re.compile(r"(<tr\b[^>]*>)(.*?)(</tr>)", re.IGNORECASE | re.DOTALL)
_CELL = re.compile(r"\s*(<(t[hd])\b[^>]*>.*?</\2>)\s*", re.IGNORECASE | re.DOTALL)
_DIR = re.compile(r"\sdir\s*=", re.IGNORECASE)


def set_apart(text: str) -> str:
    """Text set apart in its own direction inside text of another (U+2068 FIRST STRONG ISOLATE …
    U+2069 POP DIRECTIONAL ISOLATE): in a right-to-left window an English "What is it?" keeps its
    "?" at its end and a path its first slash."""
    return f"\u2068{text}\u2069"


def is_right_to_left(language: str) -> bool:
    """Whether a language (a code such as "ar" or "ar-EG") is written right to left."""
    return language.replace("_", "-").split("-")[0].lower() in RIGHT_TO_LEFT


def right_to_left_html(html: str) -> str:
    """Return an article's HTML with ``dir="rtl"`` on its blocks and tables (one with a direction
    of its own keeps it) and each table row's cells in mirrored order."""
    directed = _BLOCK_TAG.sub(_add_dir, html)
    return _ROW.sub(_mirror_row, directed)


def _add_dir(match: re.Match[str]) -> str:
    tag, attributes, slash = match.groups()
    if _DIR.search(attributes):
        return match.group(0)
    return f'<{tag}{attributes} dir="rtl"{slash}>'


def _mirror_row(match: re.Match[str]) -> str:
    start, inner, end = match.groups()
    cells = [cell.group(1) for cell in _CELL.finditer(inner)]
    # Only a row made of whole cells and nothing else (a nested table, stray text: left as it is).
    if not cells or "".join(cell.group(0) for cell in _CELL.finditer(inner)) != inner:
        return match.group(0)
    return start + "\n".join(reversed(cells)) + end
