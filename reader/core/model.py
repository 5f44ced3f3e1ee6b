"""Plain data types shared by the builder, the bundle and the exporters.

Named tuples, not dataclasses: the window's start-up creates these types, and a dataclass
costs several times more to create (``python -m bench.startup``).
"""

from __future__ import annotations

from typing import NamedTuple


class Correction(NamedTuple):
    """An explicit editorial change to the source text; an empty ``original`` means an addition."""

    original: str
    corrected: str
    reason: str


class ArticleInfo(NamedTuple):
    """The metadata of one article, from its front matter."""

    id: str
    title: str
    source: str
    language: str
    edition: str
    corrections: tuple[Correction, ...] = ()


class Section(NamedTuple):
    """One heading of an article and the body up to the next heading."""

    id: str
    article_id: str
    parent_id: str | None
    level: int
    order: int
    title: str
    html: str
    text: str


class OutlineNode(NamedTuple):
    """A section in the nested outline of the bundle; ``children`` is filled in place."""

    id: str
    title: str
    level: int
    children: list[OutlineNode]

    def to_json(self) -> dict[str, object]:
        """Return the node as the JSON shape of ``reader outline --json``."""
        return {
            "id": self.id,
            "title": self.title,
            "level": self.level,
            "children": [child.to_json() for child in self.children],
        }
