"""Search across several bundles: each bundle's searcher asked alone, their answers merged into one
ranked list as if the bundles were one.

A hit's score is its tier (exact, word form, synonym, correction: a thousand apart) less its bm25,
so scores of different bundles compare: the lists are interleaved by score, each bundle's own order
kept. Corrections follow the single-bundle rule across the library: a typo is corrected only when
nothing is found as typed, so the bundles are first searched as typed (no correction tried), and
only when none finds anything are corrections tried in each, a typo corrected once against the
words of every bundle together (``Speller``: the closest, the most common in the whole library
first, as one bundle of them all would); then only the bundles that corrected the query the same
way as the best hit's are kept (one list answers one query: a bundle that knows a word another
corrects keeps it as typed). A word is absent when no bundle matches it; the suggestion is the
first bundle's that has one. Snippets are cut only for the hits kept.
"""

from __future__ import annotations

import functools
import heapq
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import NamedTuple

from reader.core.search.engine import Searcher
from reader.core.search.results import Hit, LibraryHit, SearchResult
from reader.core.search.vocabulary import Speller

_MAX_LIMIT = 200
Snippets = Callable[[Sequence[tuple[int, Hit]], Sequence[SearchResult]], list[Hit]]
"""Cuts the snippets of the kept ``(result index, hit)`` pairs, given every bundle's result."""


class Shelf(NamedTuple):
    """One bundle's part in a library search: its searcher and the articles of it the library shows
    (id to title); ``complete`` is False when the library hides some of its articles."""

    searcher: Searcher
    articles: Mapping[str, str]
    complete: bool = True


class LibrarySearcher:
    """Searches several bundles as one library; the hits are LibraryHits, naming their articles."""

    def __init__(self, shelves: Sequence[Shelf]) -> None:
        self._shelves = list(shelves)
        self._speller: Speller | None = None

    def search(self, text: str, limit: int = 20, correct: bool = True, language: str | None = None) -> SearchResult:
        """Search every bundle; return one result whose hits are ranked across them all.
        ``language``: the language the query is typed in, where known (``Searcher.search``)."""
        limit = max(1, min(limit, _MAX_LIMIT))
        results = [self._shelf_result(shelf, text, limit, correct, False, None, language) for shelf in self._shelves]
        if not any(result.hits for result in results):  # only now try corrections, then suggestions
            speller = functools.cache(self._spelling().correct) if len(self._shelves) > 1 else None
            for suggest in (False, True):
                results = [
                    self._shelf_result(shelf, text, limit, correct, True, speller, language, suggest)
                    for shelf in self._shelves
                ]
                if any(result.hits for result in results):
                    break
        return merge_results(text, results, limit, self._snippets)

    def _spelling(self) -> Speller:
        """Corrections against every bundle's words, made with the first typo."""
        if self._speller is None:
            self._speller = Speller([shelf.searcher.vocabulary for shelf in self._shelves])
        return self._speller

    def _shelf_result(
        self,
        shelf: Shelf,
        text: str,
        limit: int,
        correct: bool,
        fallback: bool,
        speller: Callable[[str], str | None] | None = None,
        language: str | None = None,
        suggest: bool = True,
    ) -> SearchResult:
        """One bundle's answer without snippets, its hits named by article and only those shown."""
        fetch = limit if shelf.complete else min(_MAX_LIMIT, 2 * limit + 10)
        result = shelf.searcher.search(
            text, fetch, correct, snippets=False, fallback=fallback, speller=speller, language=language, suggest=suggest
        )
        hits: list[Hit] = []
        for hit in result.hits:
            article_id = shelf.searcher.article_of(hit.id)
            if article_id in shelf.articles:
                hits.append(LibraryHit(*_fields(hit), article_id=article_id, article=shelf.articles[article_id]))
        return replace(result, hits=tuple(hits[:limit]))

    def _snippets(self, kept: Sequence[tuple[int, Hit]], results: Sequence[SearchResult]) -> list[Hit]:
        """The kept hits with snippets, each cut by its own bundle, in the order given."""
        by_shelf: dict[int, list[int]] = {}
        for position, (index, _hit) in enumerate(kept):
            by_shelf.setdefault(index, []).append(position)
        done: list[Hit | None] = [None] * len(kept)
        for index, positions in by_shelf.items():
            result = results[index]
            cut = self._shelves[index].searcher.with_snippets(
                [kept[p][1] for p in positions], result.terms, result.phrases
            )
            for position, hit in zip(positions, cut, strict=True):
                done[position] = hit
        return [hit for hit in done if hit is not None]


def _fields(hit: Hit) -> tuple[str, str, tuple[str, ...], str, float, str]:
    return hit.id, hit.title, hit.path, hit.snippet, hit.score, hit.tier


def merge_results(
    text: str,
    results: Sequence[SearchResult],
    limit: int,
    snippets: Snippets | None = None,
) -> SearchResult:
    """Merge the answers of several bundles (in library order) into one, as described above; the
    hits get their snippets from ``snippets`` when given, else keep those they have."""
    found = [(i, r) for i, r in enumerate(results) if r.hits]
    as_typed = [(i, r) for i, r in found if r.hits[0].tier != "corrected"]
    corrected: str | None = None
    if as_typed:
        pool = as_typed
        if all(r.corrected is not None for _, r in pool):
            corrected = _best(pool)[1].corrected
    elif found:
        corrected = _best(found)[1].corrected
        pool = [(i, r) for i, r in found if r.corrected == corrected]
    else:
        pool = []
    streams = [[(i, hit) for hit in r.hits] for i, r in pool]
    kept = list(heapq.merge(*streams, key=lambda pair: -pair[1].score))[:limit]
    hits = snippets(kept, results) if snippets else [hit for _, hit in kept]
    suggestion = None if hits else next((r.suggestion for r in results if r.suggestion), None)
    absent = tuple(w for w in (results[0].absent if results else ()) if all(w in r.absent for r in results))
    terms = tuple(dict.fromkeys(t for _, r in pool for t in r.terms))
    phrases = tuple(dict.fromkeys(p for _, r in pool for p in r.phrases))
    return SearchResult(text, corrected, tuple(hits), suggestion, terms, phrases, absent)


def _best(pool: Sequence[tuple[int, SearchResult]]) -> tuple[int, SearchResult]:
    """The result holding the best-scored first hit (the earlier bundle on a tie)."""
    return max(pool, key=lambda pair: (pair[1].hits[0].score, -pair[0]))
