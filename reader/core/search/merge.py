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
first bundle's that has one. Each bundle ranks what it finds; hits, and their snippets, are made
only of the sections kept.
"""

from __future__ import annotations

import functools
import heapq
from collections.abc import Callable, Mapping, Sequence
from typing import NamedTuple

from reader.core.search.engine import Searcher
from reader.core.search.results import Found, Hit, LibraryHit, Ranking, SearchResult
from reader.core.search.spelling import Speller

_MAX_LIMIT = 200
MakeHits = Callable[[Sequence[tuple[int, Found]], Sequence[Ranking]], list[Hit]]
"""Makes the hits, with snippets, of the kept ``(ranking index, found)`` pairs, given every ranking."""


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
        ``language``: the language the query is typed in, where known (``Searcher.rank``)."""
        limit = max(1, min(limit, _MAX_LIMIT))
        rankings = [self._ranking(shelf, text, limit, correct, False, None, language) for shelf in self._shelves]
        if not any(ranking.found for ranking in rankings):  # only now try corrections, then suggestions
            speller = functools.cache(self._spelling().correct) if len(self._shelves) > 1 else None
            for suggest in (False, True):
                rankings = [
                    self._ranking(shelf, text, limit, correct, True, speller, language, suggest)
                    for shelf in self._shelves
                ]
                if any(ranking.found for ranking in rankings):
                    break
        return merge_rankings(text, rankings, limit, self._hits)

    def _spelling(self) -> Speller:
        """Corrections against every bundle's words, made with the first typo."""
        if self._speller is None:
            self._speller = Speller([shelf.searcher.vocabulary for shelf in self._shelves])
        return self._speller

    def _ranking(
        self,
        shelf: Shelf,
        text: str,
        limit: int,
        correct: bool,
        fallback: bool,
        speller: Callable[[str], str | None] | None = None,
        language: str | None = None,
        suggest: bool = True,
    ) -> Ranking:
        """What one bundle finds of the articles the library shows."""
        fetch = limit if shelf.complete else min(_MAX_LIMIT, 2 * limit + 10)
        ranking = shelf.searcher.rank(text, fetch, correct, fallback, speller, language, suggest)
        if shelf.complete:  # every section is of an article (bundle_check), and every article shown
            return ranking
        article_at = shelf.searcher.article_at
        shown = tuple(found for found in ranking.found if article_at(found.order) in shelf.articles)
        return Ranking(ranking.result, shown[:limit])

    def _hits(self, kept: Sequence[tuple[int, Found]], rankings: Sequence[Ranking]) -> list[Hit]:
        """The hits of the kept sections, with snippets, each made by its own bundle, in the order given."""
        by_shelf: dict[int, list[int]] = {}
        for position, (index, _found) in enumerate(kept):
            by_shelf.setdefault(index, []).append(position)
        done: list[Hit | None] = [None] * len(kept)
        for index, positions in by_shelf.items():
            shelf, result = self._shelves[index], rankings[index].result
            hits = shelf.searcher.hits([kept[p][1] for p in positions], result.terms, result.phrases)
            for position, hit in zip(positions, hits, strict=True):
                article_id = shelf.searcher.article_at(kept[position][1].order)
                done[position] = LibraryHit.of(hit, article_id, shelf.articles[article_id])
        return [hit for hit in done if hit is not None]


def merge_rankings(
    text: str,
    rankings: Sequence[Ranking],
    limit: int,
    make_hits: MakeHits,
) -> SearchResult:
    """Merge the rankings of several bundles (in library order) into one result, as described above;
    ``make_hits`` makes the hits of the sections kept."""
    found = [(i, r) for i, r in enumerate(rankings) if r.found]
    as_typed = [(i, r) for i, r in found if r.found[0].tier != "corrected"]
    corrected: str | None = None
    if as_typed:
        pool = as_typed
        if all(r.result.corrected is not None for _, r in pool):
            corrected = _best(pool)[1].result.corrected
    elif found:
        corrected = _best(found)[1].result.corrected
        pool = [(i, r) for i, r in found if r.result.corrected == corrected]
    else:
        pool = []
    streams = [[(i, one) for one in r.found] for i, r in pool]
    kept = list(heapq.merge(*streams, key=lambda pair: -pair[1].score))[:limit]
    hits = make_hits(kept, rankings)
    results = [r.result for r in rankings]
    suggestion = None if hits else next((r.suggestion for r in results if r.suggestion), None)
    absent = tuple(w for w in (results[0].absent if results else ()) if all(w in r.absent for r in results))
    terms = tuple(dict.fromkeys(t for _, r in pool for t in r.result.terms))
    phrases = tuple(dict.fromkeys(p for _, r in pool for p in r.result.phrases))
    return SearchResult(text, corrected, tuple(hits), suggestion, terms, phrases, absent)


def _best(pool: Sequence[tuple[int, Ranking]]) -> tuple[int, Ranking]:
    """The ranking holding the best-scored first section (the earlier bundle on a tie)."""
    return max(pool, key=lambda pair: (pair[1].found[0].score, -pair[0]))
