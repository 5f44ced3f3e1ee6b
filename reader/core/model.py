"""Plain data types shared by the builder, the bundle and the exporters, and the outline made of them.

Named tuples, not dataclasses: the window's start-up creates these types, and a dataclass
costs several times more to create (``python -m bench.startup``).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from pathlib import Path
from typing import NamedTuple, Protocol

from reader.core.errors import SectionNotFoundError
from reader.core.limits import MAX_ARTICLE_ID_CHARACTERS

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
"""An id's shape: lowercase ASCII letters and digits in words joined by single hyphens."""
ID_SEPARATOR = "/"
"""Between an article's id and a section's slug: ``ketamine-effects/hallucinations``."""
MAX_LICENSE_CHARACTERS = 200
"""The longest ``license`` an article may state (an SPDX id, or a line of free text)."""


class Correction(NamedTuple):
    """An explicit editorial change to the source text; an empty ``original`` means an addition."""

    original: str
    corrected: str
    reason: str


class ArticleInfo(NamedTuple):
    """The metadata of one article, from its front matter.

    ``source`` is the editors' record of where the text came from (shown in About only);
    ``public_source`` is what handouts print and exports show, empty when none was given;
    ``license`` is the content licence the article states (an SPDX id or free text), empty when
    it states none.
    """

    id: str
    title: str
    source: str
    language: str
    edition: str
    corrections: tuple[Correction, ...] = ()
    public_source: str = ""
    license: str = ""


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


class Heading(NamedTuple):
    """Where a section is and what it is called, without its text: what the tree, the paths and
    the library's catalog need of every section (its HTML and text are read when it is shown)."""

    id: str
    article_id: str
    parent_id: str | None
    level: int
    order: int
    title: str


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


class BundleInfo(NamedTuple):
    """What a bundle tells of itself (``reader info``): its file, articles, size and build."""

    path: Path
    articles: tuple[ArticleInfo, ...]
    section_count: int
    built_at: str
    digest: str
    schema_version: int


def section_paths(sections: Iterable[Section | Heading]) -> dict[str, tuple[str, ...]]:
    """The titles from the top part down to each section, the article's own title left out
    (it stands alone only as the path of the article's first section)."""
    parents: dict[str, str | None] = {}
    paths: dict[str, tuple[str, ...]] = {}
    for section in sections:
        parents[section.id] = section.parent_id
        parent = section.parent_id
        if parent is None or parents.get(parent) is None:
            paths[section.id] = (section.title,)
        else:
            paths[section.id] = (*paths[parent], section.title)
    return paths


def build_outline(sections: Iterable[Section | Heading]) -> list[OutlineNode]:
    """Nest sections by their parent ids, keeping reading order."""
    roots: list[OutlineNode] = []
    nodes: dict[str, OutlineNode] = {}
    for section in sections:
        node = OutlineNode(section.id, section.title, section.level, [])
        nodes[section.id] = node
        parent = nodes.get(section.parent_id) if section.parent_id else None
        (parent.children if parent else roots).append(node)
    return roots


class OutlineSource(Protocol):
    """An outline given a level at a time: its top-level nodes at once, the nodes below one when
    first asked for (a library's 10,000 sections are not all nested at start)."""

    def roots(self) -> Sequence[OutlineNode]:
        """The top-level nodes, in reading order (their ``children`` are not read: see ``below``)."""

    def below(self, node_id: str) -> Sequence[OutlineNode]:
        """The nodes right below a node, in reading order (none for an unknown id)."""

    def has_below(self, node_id: str) -> bool:
        """Whether a node has nodes below it (answered without nesting them)."""

    def top_of(self, section_id: str) -> str | None:
        """The id of the top-level node a section is under (itself for a top-level one), or None."""


class NestedOutline:
    """An ``OutlineSource`` over an outline nested already (``build_outline``)."""

    def __init__(self, roots: Sequence[OutlineNode]) -> None:
        self._roots = roots
        self._nodes: dict[str, tuple[OutlineNode, str]] | None = None  # each node and its top's id

    def roots(self) -> Sequence[OutlineNode]:
        """The top-level nodes."""
        return self._roots

    def _found(self, node_id: str) -> tuple[OutlineNode, str] | None:
        if self._nodes is None:
            self._nodes = {node.id: (node, top.id) for top in self._roots for _, node in iter_outline([top])}
        return self._nodes.get(node_id)

    def below(self, node_id: str) -> Sequence[OutlineNode]:
        """A node's children."""
        found = self._found(node_id)
        return found[0].children if found else []

    def has_below(self, node_id: str) -> bool:
        """Whether a node has children."""
        return bool(self.below(node_id))

    def top_of(self, section_id: str) -> str | None:
        """The top-level node a section is under."""
        found = self._found(section_id)
        return found[1] if found else None


def iter_outline(nodes: Iterable[OutlineNode], depth: int = 0) -> Iterator[tuple[int, OutlineNode]]:
    """Walk an outline depth-first, yielding each node with its depth."""
    for node in nodes:
        yield depth, node
        yield from iter_outline(node.children, depth + 1)


def is_article_id(text: str) -> bool:
    """Whether ``text`` can be an article id: a slug of at most MAX_ARTICLE_ID_CHARACTERS."""
    return len(text) <= MAX_ARTICLE_ID_CHARACTERS and SLUG.match(text) is not None


def section_id(article_id: str, slug: str) -> str:
    """Return the full id of a section: ``ARTICLE/SECTION``."""
    return f"{article_id}{ID_SEPARATOR}{slug}"


def plain_id(full_id: str) -> str:
    """Return the section's part of a full id (the whole id when it has no article part)."""
    return full_id.rpartition(ID_SEPARATOR)[2]


class AmbiguousSectionError(SectionNotFoundError):
    """A plain (old) section id names a section of several articles; ``candidates`` are their ids."""

    def __init__(self, wanted: str, candidates: Sequence[str]) -> None:
        super().__init__(wanted)
        self.candidates = tuple(candidates)
        shown = ", ".join(self.candidates[:5]) + (", ..." if len(self.candidates) > 5 else "")
        self.args = (f"section id {wanted!r} is in {len(self.candidates)} articles: {shown}; give ARTICLE/SECTION",)


def pick_section(wanted: str, exact: bool, candidates: Sequence[str]) -> str:
    """Return the section an id names: itself if it is a full id (``exact``), else the one
    candidate whose section part equals it; raise SectionNotFoundError for none and
    AmbiguousSectionError for several."""
    if exact:
        return wanted
    if len(candidates) == 1:
        return candidates[0]
    if candidates:
        raise AmbiguousSectionError(wanted, candidates)
    raise SectionNotFoundError(wanted)


def resolve_section(wanted: str, ids: Collection[str]) -> str:
    """Return the full id a section id names among ``ids``: the exact id first, else the unique id
    whose section part is ``wanted`` (an old plain id, from before ids had an article part).

    Raises SectionNotFoundError, or AmbiguousSectionError naming the candidates.
    """
    if wanted in ids:
        return wanted
    candidates = [] if ID_SEPARATOR in wanted else [i for i in ids if plain_id(i) == wanted]
    return pick_section(wanted, False, candidates)
