"""Links between sections, as the build reads and checks them.

A source links ``[text](#section)`` inside its article and ``[text](other-article#section)``
across articles (``#article/section`` works too). The HTML always gets the full id,
``#article/section``: the window follows a link that is only a fragment as a section link, so
its link policy needs no other kind. A ``#section`` its own article lacks still finds the one
section of that name in another article (ids had no article part before libraries), and a link
that finds nothing, or more than one section, is a build error naming the file and line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from reader.core.errors import SourceError
from reader.core.model import ID_SEPARATOR, Section, plain_id, section_id

_CROSS_LINK = re.compile(r"([a-z0-9]+(?:-[a-z0-9]+)*)#([^#/]*)\Z")


class Link(NamedTuple):
    """A section link of a source: as written, the full id it was written to, where it is."""

    written: str
    target: str
    explicit: bool
    """Whether the link names its article (``other#section``), or is a ``#section`` of its own."""
    line: int
    section: int
    """The index, in its article, of the section whose HTML holds the link."""


def section_target(href: str, article_id: str) -> tuple[str, bool] | None:
    """Return the full id a link's address names and whether it names the article itself, or
    None when the address is not a section link."""
    if href.startswith("#"):
        target = href[1:]
        if ID_SEPARATOR in target:
            return target, True
        return section_id(article_id, target), False
    match = _CROSS_LINK.match(href)
    if match is None:
        return None
    return section_id(match[1], match[2]), True


def resolve_links(articles: Sequence[tuple[Path, Sequence[Link], list[Section]]]) -> None:
    """Check every link of the articles (path, links, sections) against their sections; a
    ``#section`` found only in one other article has its HTML pointed there (sections replaced in
    place). Raise SourceError naming the file and line of the first link that finds nothing."""
    ids = {section.id for _, _, sections in articles for section in sections}
    article_ids = {section.article_id for _, _, sections in articles for section in sections}
    by_slug: dict[str, list[str]] | None = None
    for path, links, sections in articles:
        for link in links:
            if link.target in ids:
                continue
            article, _, slug = link.target.partition(ID_SEPARATOR)
            if link.explicit:
                reason = f"article {article!r} has no section {slug!r}"
                if article not in article_ids:
                    reason = f"no article {article!r}"
                raise SourceError(path, f"dangling link to {link.written!r}: {reason}", link.line)
            if by_slug is None:
                by_slug = {}
                for full in sorted(ids):
                    by_slug.setdefault(plain_id(full), []).append(full)
            found = by_slug.get(slug, [])
            if not found:
                raise SourceError(path, f"dangling link to {link.written!r}: no such section", link.line)
            if len(found) > 1:
                shown = ", ".join(f"{full.partition(ID_SEPARATOR)[0]}#{slug}" for full in found[:5])
                message = f"link to {link.written!r}: no such section in this article, and {len(found)} others have one"
                raise SourceError(path, f"{message}; write one of {shown}", link.line)
            held = sections[link.section]
            html = held.html.replace(f'href="#{link.target}"', f'href="#{found[0]}"')
            sections[link.section] = held._replace(html=html)
