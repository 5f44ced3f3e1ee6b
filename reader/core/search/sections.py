"""A bundle's sections as its search reads them: by row (``ord``), with their paths, the rows a part
heading's sub-sections span and the text each one's snippet is cut from."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader.core.model import section_paths
from reader.core.search.results import Found, Hit

if TYPE_CHECKING:
    from reader.core.model import Section


class SectionRows:
    """The sections of one bundle, looked up by row; makes a search's hits of what it found."""

    def __init__(self, sections: Sequence[Section]) -> None:
        self.by_order = {s.order: s for s in sections}
        self.paths = section_paths(sections)
        self.parts = _parts(sections)
        """For each part heading (a section with no text of its own), the rows of its sub-sections."""
        self.snippet_source = _snippet_sources(sections)
        """For each section (by id), the row and text its snippet is cut from."""

    def hit(self, found: Found, snippet: str = "") -> Hit:
        """The hit for a section found."""
        section = self.by_order[found.order]
        return Hit(section.id, section.title, self.paths[section.id], snippet, found.score, found.tier)

    def article_at(self, order: int) -> str:
        """The id of the article of the section at a row ('' for none)."""
        section = self.by_order.get(order)
        return section.article_id if section is not None else ""


def _snippet_sources(sections: Sequence[Section]) -> dict[str, tuple[int, str]]:
    """For each section, the row and text its snippet is cut from: its own, or for a part heading
    (no text of its own) that of its first sub-section with text."""
    found: dict[str, tuple[int, str]] = {}
    for i, section in enumerate(sections):
        source = section
        for later in sections[i:]:
            if later is not section and (later.article_id != section.article_id or later.level <= section.level):
                break
            if later.text.strip():
                source = later
                break
        found[section.id] = (source.order, source.text)
    return found


def _parts(sections: Sequence[Section]) -> dict[int, tuple[int, int]]:
    """For each part heading (a section with no text of its own), the rows of its sub-sections."""
    found: dict[int, tuple[int, int]] = {}
    for i, section in enumerate(sections):
        if section.text.strip():
            continue
        end = i + 1
        while end < len(sections) and sections[end].article_id == section.article_id:
            if sections[end].level <= section.level:
                break
            end += 1
        if end > i + 1:
            found[section.order] = (sections[i + 1].order, sections[end - 1].order)
        else:
            found[section.order] = (section.order, section.order)
    return found
