"""What a search answers: the hits, each with a snippet whose matches are marked."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import NamedTuple

from reader.core.policy import PATH_SEPARATOR

MARK_START, MARK_END = "\x02", "\x03"


class Found(NamedTuple):
    """A section a search of one bundle found, before it is made a Hit (only those a list keeps
    are): its row (``ord``), score and tier."""

    score: float
    order: int
    tier: str


@dataclass(frozen=True)
class Hit:
    """One section found: its id, title, path, a snippet with marked matches, score and tier."""

    id: str
    title: str
    path: tuple[str, ...]
    snippet: str
    score: float
    tier: str

    def snippet_html(self) -> str:
        """The snippet as HTML, matches in <b>."""
        escaped = html.escape(self.snippet)
        return escaped.replace(MARK_START, "<b>").replace(MARK_END, "</b>")

    def snippet_text(self, start: str = "**", end: str = "**") -> str:
        """The snippet as plain text, matches between ``start`` and ``end``."""
        return self.snippet.replace(MARK_START, start).replace(MARK_END, end)

    def to_json(self) -> dict[str, object]:
        """The shape of a hit in ``reader search --json``."""
        return {
            "id": self.id,
            "title": self.title,
            "path": PATH_SEPARATOR.join(self.path),
            "snippet": self.snippet_text(),
            "score": self.score,
        }


@dataclass(frozen=True)
class LibraryHit(Hit):
    """A hit of a library search: a section found, named with its article (id and title)."""

    article_id: str = ""
    article: str = ""

    @classmethod
    def of(cls, hit: Hit, article_id: str, article: str) -> LibraryHit:
        """A hit of one bundle named with its article."""
        return cls(hit.id, hit.title, hit.path, hit.snippet, hit.score, hit.tier, article_id, article)

    def to_json(self) -> dict[str, object]:
        """The shape of a hit in ``reader search --json``: a section's, with its article."""
        return {**super().to_json(), "article": self.article, "article_id": self.article_id}


@dataclass(frozen=True)
class SearchResult:
    """The answer to a query.

    ``corrected`` is the query as searched when it differs from the words typed: a typo corrected,
    or a word the text lacks found as a word form or a synonym ("depresion" -> "depression"; else
    None). ``suggestion`` is offered when nothing was found, and itself finds something. ``terms``
    and ``phrases`` are the text's words and phrases that the search matched, to mark in the text.
    ``absent`` lists the query's words that nothing in the text matches: not as written, as a word
    form, a synonym or a correction ("pregnant": no section mentions it).
    """

    query: str
    corrected: str | None = None
    hits: tuple[Hit, ...] = ()
    suggestion: str | None = None
    terms: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        """The shape of ``reader search --json``."""
        return {
            "query": self.query,
            "corrected": self.corrected,
            "hits": [hit.to_json() for hit in self.hits],
            "suggestion": self.suggestion,
            "absent": list(self.absent),
        }


class Ranking(NamedTuple):
    """What a search of one bundle found, before its hits are made: the result without hits, and
    the sections found, best first."""

    result: SearchResult
    found: tuple[Found, ...]
