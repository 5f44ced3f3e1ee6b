"""What the window reads of a library once: each article shown, the bundle it comes from, its
sections and their paths; and each bundle's check status for Help › About › Library.

A section's full id (``ARTICLE/SECTION``) is unique across a library (``reader.core.library``
shows each article id once), so the window finds the article and bundle of any section here
without asking the bundles again.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from pathlib import Path
from typing import NamedTuple

from reader.core.bundle import Bundle
from reader.core.library import Library, LibraryEntry
from reader.core.model import ArticleInfo, Heading, NestedOutline, OutlineNode, Section, build_outline, section_paths
from reader.core.safe_text import visible

PUBLISHER_KEY = "pack_publisher"
"""The meta row naming a content pack's publisher (``pack.yaml``'s, see reader.core.packs)."""
PUBLISHER_SHOWN = 200
"""The most characters of a publisher's name shown (a named bundle's meta is not checked)."""
DIGEST_SHOWN = 12
"""Hex digits of a bundle's SHA-256 shown in a list: enough to tell two bundles apart by eye."""
_LEFT_OUT = "left out: "


class Catalog:
    """Every article of a library with its bundle and its sections' headings, in reading order.

    Only headings are read at start (a library of 10,000 sections would take a second and tens
    of megabytes to read whole); an article's HTML and text are read when it is shown."""

    def __init__(self, parts: Sequence[tuple[Bundle, ArticleInfo, Sequence[Heading]]]) -> None:
        self.articles: dict[str, ArticleInfo] = {}
        self._bundles: dict[str, Bundle] = {}
        self._headings: dict[str, list[Heading]] = {}
        self._article_of: dict[str, str] = {}
        for bundle, article, headings in parts:
            if not headings:
                continue  # a bundle's check refuses an article without sections; nothing to show
            self.articles[article.id] = article
            self._bundles[article.id] = bundle
            self._headings[article.id] = list(headings)
            self._article_of.update(dict.fromkeys([heading.id for heading in headings], article.id))
        # Each article's outline and its sections' paths, made when the article is first asked for.
        self._outlines: dict[str, NestedOutline] = {}
        self._paths: dict[str, dict[str, tuple[str, ...]]] = {}
        self._roots: list[OutlineNode] | None = None
        self._parents: set[str] = set()  # the sections with sections below them, found with the roots

    @classmethod
    def of(cls, library: Library) -> Catalog:
        """Read a library's articles and their sections' headings (one query per bundle)."""
        return cls(library.headings())

    def article_ids(self) -> list[str]:
        """The ids of the articles, in reading order."""
        return list(self._headings)

    def article_of(self, section_id: str) -> str:
        """The id of the article a full section id belongs to ("" for none)."""
        return self._article_of.get(section_id, "")

    def bundle_of(self, article_id: str) -> Bundle | None:
        """The bundle an article is shown from (None for an unknown article)."""
        return self._bundles.get(article_id)

    def headings_of(self, article_id: str) -> list[Heading]:
        """An article's sections' headings in reading order (none for an unknown article)."""
        return self._headings.get(article_id, [])

    def sections_of(self, article_id: str) -> list[Section]:
        """An article's sections in reading order, read from its bundle (none for an unknown article)."""
        bundle = self._bundles.get(article_id)
        return [] if bundle is None else bundle.article_sections(article_id)

    def publishers(self) -> dict[str, str]:
        """Each article's publisher: its content pack's, on one line ("" for a bundle not a pack)."""
        found: dict[str, str] = {}
        for article_id, bundle in self._bundles.items():
            name = " ".join(str(bundle.meta.get(PUBLISHER_KEY, "")).split())
            found[article_id] = visible(name[:PUBLISHER_SHOWN])
        return found

    def section_ids(self) -> Collection[str]:
        """Every section's full id (what an old plain id is resolved among)."""
        return self._article_of.keys()

    def _outline(self, article_id: str) -> NestedOutline:
        outline = self._outlines.get(article_id)
        if outline is None:
            outline = self._outlines[article_id] = NestedOutline(build_outline(self.headings_of(article_id)))
        return outline

    def roots(self) -> list[OutlineNode]:
        """Each article's top-level nodes (its title section), in reading order: the outline's first
        level (``OutlineSource``, with ``below`` and ``top_of``), each article nested when first
        asked for."""
        if self._roots is not None:
            return self._roots
        roots: list[OutlineNode] = []
        for headings in self._headings.values():
            # As build_outline nests them: a section whose parent is none before it is at the top.
            seen: set[str] = set()
            for heading in headings:
                if heading.parent_id is None or heading.parent_id not in seen:
                    roots.append(OutlineNode(heading.id, heading.title, heading.level, []))
                else:
                    self._parents.add(heading.parent_id)
                seen.add(heading.id)
        self._roots = roots
        return roots

    def below(self, node_id: str) -> Sequence[OutlineNode]:
        """The sections right below a section (none for an unknown id)."""
        article_id = self.article_of(node_id)
        return self._outline(article_id).below(node_id) if article_id else []

    def has_below(self, node_id: str) -> bool:
        """Whether a section has sections below it (no article is nested for this)."""
        self.roots()
        return node_id in self._parents

    def top_of(self, section_id: str) -> str | None:
        """The id of the top-level section a section is under, or None for an unknown id."""
        article_id = self.article_of(section_id)
        return self._outline(article_id).top_of(section_id) if article_id else None

    def parts(self, section_id: str) -> tuple[str, ...]:
        """A section's titles from its top part down (the article's title left out; none for an
        unknown id)."""
        article_id = self.article_of(section_id)
        paths = self._paths.get(article_id)
        if paths is None:
            paths = self._paths[article_id] = section_paths(self.headings_of(article_id))
        return paths.get(section_id, ())

    def path(self, section_id: str) -> tuple[str, ...]:
        """Where a section is, for the status bar: its article's title, then its parts down to it
        (only the title for the article's own title section; nothing for an unknown id)."""
        article = self.articles.get(self.article_of(section_id))
        if article is None:
            return ()
        headings = self._headings[article.id]
        return (article.title,) if section_id == headings[0].id else (article.title, *self.parts(section_id))


class BundleRow(NamedTuple):
    """A line of Help › About › Library: a bundle file, where it was found, its short digest and
    its check status (``ok``, or ``skipped: reason``; an article it holds but another bundle
    shows is said after ``ok``)."""

    path: str
    origin: str
    digest: str
    status: str

    @property
    def ok(self) -> bool:
        """Whether the bundle was opened and passed its check."""
        return self.status.startswith("ok")


def short_digest(digest: str) -> str:
    """``sha256:`` and the first DIGEST_SHOWN hex digits of a digest (any other text as it is)."""
    kind, _, value = digest.partition(":")
    return f"{kind}:{value[:DIGEST_SHOWN]}" if value else digest[:DIGEST_SHOWN]


def bundle_rows(library: Library) -> list[BundleRow]:
    """The library's bundles in reading order, each ``ok``, then what was left out (``skipped``),
    every text shown with its control characters escaped (a file name is untrusted too)."""
    opened = {str(entry.path): entry for entry in library.entries()}
    remarks: dict[str, list[str]] = {}
    skipped: list[BundleRow] = []
    for notice in library.notices:
        key = str(notice.path)
        if key in opened:
            remarks.setdefault(key, []).append(notice.reason)
        else:
            reason = notice.reason.removeprefix(_LEFT_OUT)
            skipped.append(BundleRow(visible(key), "", "", visible(f"skipped: {reason}")))
    rows = [
        BundleRow(visible(key), entry.origin, short_digest(entry.digest), visible("; ".join(_status(entry, remarks))))
        for key, entry in opened.items()
    ]
    return rows + skipped


def _status(entry: LibraryEntry, remarks: dict[str, list[str]]) -> list[str]:
    """``ok``, the pack a bundle is and the key that signed it, then what else is said of it."""
    pack = entry.pack
    signed = [f"pack {pack.id} v{pack.version} ({pack.publisher}), key {entry.key_id}"] if pack and entry.key_id else []
    return ["ok", *signed, *remarks.get(str(entry.path), [])]


def skipped_files(library: Library) -> list[str]:
    """One line for each file or folder the library left out, naming it and why (escaped)."""
    rows = [row for row in bundle_rows(library) if not row.ok]
    return [f"{Path(row.path).name}: {row.status.removeprefix('skipped: ')}" for row in rows]
