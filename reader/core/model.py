"""Plain data types shared by the builder, the bundle and the exporters."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Correction:
    """An explicit editorial change to the source text; an empty ``original`` means an addition."""

    original: str
    corrected: str
    reason: str


@dataclass(frozen=True)
class ArticleInfo:
    """The metadata of one article, from its front matter."""

    id: str
    title: str
    source: str
    language: str
    edition: str
    corrections: tuple[Correction, ...] = ()


@dataclass(frozen=True)
class Section:
    """One heading of an article and the body up to the next heading."""

    id: str
    article_id: str
    parent_id: str | None
    level: int
    order: int
    title: str
    html: str
    text: str


@dataclass
class OutlineNode:
    """A section in the nested outline of the bundle."""

    id: str
    title: str
    level: int
    children: list[OutlineNode] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        """Return the node as the JSON shape of ``reader outline --json``."""
        return {
            "id": self.id,
            "title": self.title,
            "level": self.level,
            "children": [child.to_json() for child in self.children],
        }
