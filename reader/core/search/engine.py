"""The search engine: MATCH expressions built from folded words, tiers ranked by bm25, snippets."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from reader.core.errors import BundleError
from reader.core.search import index
from reader.core.search.languages import Language, is_word, languages, stop_words
from reader.core.search.languages import language as search_language
from reader.core.search.marks import marked, possible_terms
from reader.core.search.matching import expressions, quote, units
from reader.core.search.query import Query, parse_query
from reader.core.search.results import MARK_END, MARK_START, Found, Hit, Ranking, SearchResult
from reader.core.search.sections import SectionRows
from reader.core.search.snippets import snippet
from reader.core.search.vocabulary import Vocabulary

if TYPE_CHECKING:  # for annotations only: the bundle imports this package (index.py) as it loads
    from reader.core.bundle import Bundle

TITLE_WEIGHT = 10.0
TIERS = ("exact", "stem", "synonym", "corrected")
_MAX_HIGHLIGHT_TERMS = 40
_HEADING_PENALTY = 500.0  # keeps part headings below the tier's other hits, above the next tier
_MAX_PART_HEADINGS = 50  # part headings (no text of their own) fetched beyond the limit to rank below


class Searcher:
    """Searches one open bundle; cheap to create, it loads its vocabulary on the first search."""

    def __init__(self, bundle: Bundle) -> None:
        self._path = bundle.path
        self._conn = bundle.connection
        self._rows = SectionRows(bundle.sections())
        # Each article's text is indexed in its language; a query is looked for in all of them.
        self._tags = tuple(dict.fromkeys(article.language for article in bundle.articles()))
        self._languages = languages(self._tags)
        self._vocabulary: Vocabulary | None = None

    @property
    def vocabulary(self) -> Vocabulary:
        """The vocabulary, loaded on first use."""
        if self._vocabulary is None:
            texts = [text for s in self._rows.by_order.values() for text in (s.title, s.text)]
            self._vocabulary = Vocabulary(self._conn, index.split_as_words(texts), self._tags)
        return self._vocabulary

    def search(self, text: str, limit: int = 20, correct: bool = True, language: str | None = None) -> SearchResult:
        """Search for what a person typed: the best ``limit`` sections, with snippets. Never raises
        for any text, and raises BundleError only when the bundle's search index cannot be read
        (damage the digest cannot see). ``language``: as for ``rank``."""
        ranking = self.rank(text, limit, correct, language=language)
        hits = self.hits(ranking.found, ranking.result.terms, ranking.result.phrases)
        return replace(ranking.result, hits=tuple(hits))

    def rank(
        self,
        text: str,
        limit: int = 20,
        correct: bool = True,
        fallback: bool = True,
        speller: Callable[[str], str | None] | None = None,
        language: str | None = None,
        suggest: bool = True,
    ) -> Ranking:
        """What a search finds, best first, before hits are made of it (``hits``: a library makes
        them only of those it keeps of several bundles'); raises as ``search`` does.

        ``language``: the language the query is typed in (the interface's), where known. When the
        bundle has articles in it, its stop words are left out of the query and its word list tells
        words from typos; otherwise those of every language of the bundle do. The query's words are
        looked for by their word forms in every language of the bundle either way.

        ``fallback=False`` tries no correction and makes no suggestion when nothing is found as
        typed (a library tries them only when no bundle finds anything). ``speller`` corrects a typo
        in place of this bundle's vocabulary (a library corrects against all its bundles' words,
        once). ``suggest=False`` makes no suggestion (a library asks only when no bundle finds
        anything, even corrected)."""
        try:
            return self._search(text, limit, correct, fallback, speller, language, suggest)
        except sqlite3.DatabaseError as exc:
            raise BundleError(self._path, f"the search index cannot be read ({exc})") from exc

    def hits(self, found: Iterable[Found], terms: Iterable[str], phrases: Iterable[str]) -> list[Hit]:
        """The hits for sections this bundle's search found, with their snippets: the text around
        their matches of ``terms`` and ``phrases`` (marked), or its first sentence."""
        try:
            return self._hits(found, [*terms, *phrases])
        except sqlite3.DatabaseError as exc:
            raise BundleError(self._path, f"the search index cannot be read ({exc})") from exc

    def article_at(self, order: int) -> str:
        """The id of the article of this bundle's section at a row ('' for none)."""
        return self._rows.article_at(order)

    def plain_search(self, expression: str, limit: int = 20) -> list[tuple[int, str]]:
        """What one FTS5 query alone finds, for comparison (``python -m bench.search``): the order and
        a snippet of the best sections for a MATCH expression, ranked as the exact tier ranks."""
        sql = (
            "SELECT rowid, snippet(sections_fts, 1, '[', ']', '…', 16) FROM sections_fts "
            f"WHERE sections_fts MATCH ? ORDER BY bm25(sections_fts, {TITLE_WEIGHT}, 1.0) LIMIT ?"
        )
        return self._conn.execute(sql, (expression, limit)).fetchall()

    def _search(
        self,
        text: str,
        limit: int,
        correct: bool,
        fallback: bool,
        speller: Callable[[str], str | None] | None,
        language: str | None,
        suggest: bool,
    ) -> Ranking:
        limit = max(1, min(limit, 200))
        among = self._query_languages(language)
        stops = stop_words(among)
        query = parse_query(text, stops)
        if query.is_empty():
            return Ranking(SearchResult(query=text), ())
        vocabulary = self.vocabulary
        unknown = [w for i, w in enumerate(query.words) if not vocabulary.known(w, _typing(query, i))]
        # A word of the language the text lacks is absent, not a typo: never corrected, nor the
        # stem of a longer word ("kids" is not "kid*", kidney).
        words = {w for w in unknown if is_word(among, w)}
        if words and query.prefix and query.words[-1] in words:
            query = Query(query.words, False, query.phrases)
        hits = self._tiers(query, None, limit)
        typos = [w for w in unknown if w not in words]
        tried = fallback and typos and not words and not hits
        corrections = {w: (speller or vocabulary.correct)(w) for w in typos} if tried else {}
        corrected_text: str | None = None
        original = query
        if corrections and correct and all(corrections.values()):
            fixed = Query([corrections.get(w) or w for w in query.words], False, query.phrases)
            hits = self._tiers(fixed, "corrected", limit)
            if hits:
                corrected_text = _as_text(fixed.words, fixed.phrases)
                query = fixed
        elif hits:
            corrected_text = self._substituted(query)
        absent = self._absent(original, corrections if corrected_text and query is not original else {})
        suggestion = None if hits or not (fallback and suggest) else self._suggest(query, corrections, words, stops)
        terms, phrases = self._highlights(query)
        return Ranking(SearchResult(text, corrected_text, (), suggestion, tuple(terms), tuple(phrases), absent), hits)

    # What was searched

    def _substituted(self, query: Query) -> str | None:
        """The query as searched, where the text lacks a word as written and its hits came from a word
        form or a synonym ("depresion" found "depression"); None where every word is in the text."""
        vocabulary = self.vocabulary
        parts: list[str] = []
        changed = False
        for unit, star in self._units(query):
            if all(vocabulary.in_text(w, bool(star)) for w in unit):
                parts += unit
                continue
            instead = self._stands_for(unit, bool(star))
            changed = changed or instead is not None
            parts.append(instead or " ".join(unit))
        return _as_text(parts, query.phrases) if changed else None

    def _stands_for(self, unit: tuple[str, ...], prefix: bool) -> str | None:
        """What the text says for a word (or synonym term) it lacks: the nearest of its forms, else
        the first synonym the text holds."""
        vocabulary = self.vocabulary
        if len(unit) == 1:
            forms = vocabulary.forms(unit[0], prefix)
            if forms:
                return _nearest(unit[0], forms, vocabulary.docs)
            expansions = vocabulary.expansions(unit[0])
        else:
            expansions = vocabulary.phrase_expansions(unit)
        for term in expansions:
            if vocabulary.has(term):
                forms = vocabulary.forms(term[0]) if len(term) == 1 else []
                return _nearest(term[0], forms, vocabulary.docs) if forms else " ".join(term)
        return None

    def _absent(self, query: Query, corrections: dict[str, str | None]) -> tuple[str, ...]:
        """The query's words that nothing in the text matches: not as written, as a word form, a
        synonym or the correction searched."""
        vocabulary = self.vocabulary
        typed = [(w, _typing(query, i)) for i, w in enumerate(query.words)] + [
            (w, False) for phrase in query.phrases for w in phrase
        ]
        if all(vocabulary.in_text(word, star) for word, star in typed):
            return ()
        found: set[str] = set()
        for unit, _star in self._units(query):
            if len(unit) > 1 and any(vocabulary.has(term) for term in vocabulary.phrase_expansions(unit)):
                found.update(unit)
        absent: list[str] = []
        for word, star in typed:
            if word in found or word in absent or corrections.get(word) or vocabulary.in_text(word, star):
                continue
            if vocabulary.forms(word, star) or any(vocabulary.has(t) for t in vocabulary.expansions(word)):
                continue
            absent.append(word)
        return tuple(absent)

    # Matching

    def _units(self, query: Query) -> list[tuple[tuple[str, ...], str]]:
        """The query's words grouped where consecutive words form a synonym term, with the prefix star."""
        return units(query, self.vocabulary)

    def _tiers(self, query: Query, label: str | None, limit: int) -> tuple[Found, ...]:
        found: list[Found] = []
        seen: set[int] = set()
        done: set[str] = set()
        ran: set[tuple[str, str]] = set()
        parts = self._rows.parts
        for tier, table, expression, possible, same_as in expressions(query, self.vocabulary):
            if len(found) >= limit or expression in done or (same_as and (table, same_as) in ran):
                continue
            done.add(expression)
            if not possible:  # the vocabulary shows it finds nothing
                continue
            ran.add((table, expression))
            rank = TIERS.index(label or tier)
            sql = (
                f"SELECT rowid, bm25({table}, {TITLE_WEIGHT}, 1.0) AS r FROM {table} "
                f"WHERE {table} MATCH ? ORDER BY r LIMIT ?"
            )
            fetch = limit + len(seen) + min(len(parts), _MAX_PART_HEADINGS)
            rows = self._by_part(table, expression, self._conn.execute(sql, (expression, fetch)).fetchall(), limit)
            for order, bm25, in_passing in rows:
                if order in seen or order not in self._rows.by_order:
                    continue
                if not isinstance(bm25, float):  # a damaged index ranks nothing
                    raise sqlite3.DatabaseError(f"{table} gives no rank for section {order}")
                seen.add(order)
                penalty = _HEADING_PENALTY if in_passing else 0.0
                found.append(Found(round(1000.0 * (len(TIERS) - rank) - bm25 - penalty, 4), order, label or tier))
                if len(found) >= limit:
                    break
        return tuple(found)

    def _by_part(
        self, table: str, expression: str, rows: list[tuple[int, float]], limit: int
    ) -> list[tuple[int, float, bool]]:
        """Rows in rank order, but a part heading (a title with no text of its own) whose part does
        not hold the words after those that do: its title matched a word in passing ("how often":
        not "Often Asked Questions" before the answers), while "ketamine" keeps its part heading."""
        sql = f"SELECT 1 FROM {table} WHERE {table} MATCH ? AND rowid BETWEEN ? AND ? LIMIT 1"
        kept: list[tuple[int, float, bool]] = []
        passing: list[tuple[int, float, bool]] = []
        for order, bm25 in rows:
            if len(kept) >= limit:
                break
            part = self._rows.parts.get(order)
            if part is None or self._conn.execute(sql, (expression, *part)).fetchone():
                kept.append((order, bm25, False))
            else:
                passing.append((order, bm25, True))
        return kept + passing

    def _count(self, query: Query) -> int:
        return len(self._tiers(query, None, 1))

    def _query_languages(self, language: str | None) -> tuple[Language, ...]:
        """The languages a query is read in: the one it is typed in where the bundle has it, else all
        of the bundle's (an English interface over French articles still reads French queries)."""
        typed = search_language(language) if language else None
        return (typed,) if typed in self._languages else self._languages

    def _suggest(
        self, query: Query, corrections: dict[str, str | None], words: set[str], stops: frozenset[str]
    ) -> str | None:
        """Something to offer when nothing was found, that itself finds something: a spelling of what
        is not a word, the words the text has without those it lacks, or fewer words; never only stop words."""
        vocabulary = self.vocabulary
        words_now = list(query.words)
        respelled = [w if w in words else corrections.get(w) or self._respelled(w) for w in words_now]
        kept = [w for w in respelled if vocabulary.known(w)]
        offers = [kept] if kept != words_now else []
        if len(words_now) > 1:
            offers += [words_now[:i] + words_now[i + 1 :] for i in range(len(words_now) - 1, -1, -1)]
        for offer in offers:
            if (query.phrases or any(w not in stops for w in offer)) and self._count(
                Query(offer, False, query.phrases)
            ):
                return _as_text(offer, query.phrases)
        return None

    def _respelled(self, word: str) -> str:
        """A spelling the text knows for a string that is no word, else the string itself."""
        vocabulary = self.vocabulary
        if vocabulary.known(word) or len(word) < 4:
            return word
        return vocabulary.correct(word, max_distance=2 if len(word) <= 6 else 3) or vocabulary.similar(word) or word

    # Highlighting

    def _highlights(self, query: Query) -> tuple[list[str], list[str]]:
        """Words and phrases of the text to mark for this query (all forms and synonyms)."""
        vocabulary = self.vocabulary
        terms: list[str] = []
        phrases = [" ".join(p) for p in query.phrases]
        last = len(query.words) - 1
        for i, word in enumerate(query.words):
            terms.append(word)
            terms += vocabulary.forms(word, query.prefix and i == last)
            if query.prefix and i == last:
                terms += vocabulary.with_prefix(word, 10)
            for term in vocabulary.expansions(word):
                if len(term) == 1:
                    terms += vocabulary.surface_forms(term[0])
                else:
                    phrases.append(" ".join(term))
        for unit, _star in self._units(query):
            if len(unit) > 1:
                phrases += [" ".join(term) for term in vocabulary.phrase_expansions(unit)]
        for phrase in query.phrases:
            phrases += [" ".join(term) for term in vocabulary.phrase_expansions(phrase)]
        known = [t for t in dict.fromkeys(terms) if t in vocabulary.docs]
        return known[:_MAX_HIGHLIGHT_TERMS], list(dict.fromkeys(phrases))

    def _hits(self, found: Iterable[Found], every: list[str]) -> list[Hit]:
        """``hits``: ASCII text is marked in Python as FTS5 marks it (marks.py), other text by a
        query a hit, naming only the terms the text may hold (a prefix's forty terms cost forty
        look-ups a hit)."""
        sql = "SELECT highlight(sections_fts, 1, ?, ?) FROM sections_fts WHERE sections_fts MATCH ? AND rowid = ?"
        done: list[Hit] = []
        for one in found:
            order, text = self._rows.snippet_source[self._rows.by_order[one.order].id]
            marked_text = marked(text, every, MARK_START, MARK_END)
            terms = possible_terms(text, every) if marked_text is None else []
            expression = " OR ".join(quote(term) for term in terms)
            if expression and text:
                row = self._conn.execute(sql, (MARK_START, MARK_END, expression, order)).fetchone()
                marked_text = str(row[0]) if row and row[0] else text
            done.append(self._rows.hit(one, snippet(marked_text or text)))
        return done


def _typing(query: Query, i: int) -> bool:
    """Whether the query's word ``i`` may still be being typed (the last, as a prefix)."""
    return query.prefix and i == len(query.words) - 1


def _as_text(words: Sequence[str], phrases: Sequence[Sequence[str]]) -> str:
    """A query as text that searches the same: its words, then its phrases in quotes."""
    return " ".join([*words, *('"' + " ".join(p) + '"' for p in phrases)])


def _nearest(word: str, forms: Sequence[str], docs: dict[str, int]) -> str:
    """The form nearest in spelling to a word, the most common first."""
    from rapidfuzz.distance import Levenshtein  # with the first word the text lacks, as in spelling.py

    return min(forms, key=lambda form: (Levenshtein.distance(word, form), -docs.get(form, 0), form))
