"""The search engine: MATCH expressions built from folded words, tiers ranked by bm25, snippets."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING

from reader.core.errors import BundleError
from reader.core.model import section_paths
from reader.core.search.query import Query, parse_query
from reader.core.search.results import MARK_END, MARK_START, Hit, SearchResult
from reader.core.search.vocabulary import Vocabulary
from reader.core.text import stem

if TYPE_CHECKING:  # for annotations only: the bundle imports this package (index.py) as it loads
    from reader.core.bundle import Bundle

TITLE_WEIGHT = 10.0
TIERS = ("exact", "stem", "synonym", "corrected")
_SNIPPET_WORDS = 16
_MAX_HIGHLIGHT_TERMS = 40


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


class Searcher:
    """Searches one open bundle; cheap to create, it loads its vocabulary on the first search."""

    def __init__(self, bundle: Bundle) -> None:
        self._path = bundle.path
        self._conn = bundle.connection
        sections = bundle.sections()
        self._by_order = {s.order: s for s in sections}
        self._paths = section_paths(sections)
        self._vocabulary: Vocabulary | None = None

    @property
    def vocabulary(self) -> Vocabulary:
        """The vocabulary, loaded on first use."""
        if self._vocabulary is None:
            self._vocabulary = Vocabulary(self._conn)
        return self._vocabulary

    def search(self, text: str, limit: int = 20, correct: bool = True) -> SearchResult:
        """Search for what a person typed; never raises for any text, and raises BundleError only
        when the bundle's search index cannot be read (damage the digest cannot see)."""
        try:
            return self._search(text, limit, correct)
        except sqlite3.DatabaseError as exc:
            raise BundleError(self._path, f"the search index cannot be read ({exc})") from exc

    def plain_search(self, expression: str, limit: int = 20) -> list[tuple[int, str]]:
        """What one FTS5 query alone finds, for comparison (``python -m bench.search``): the order and
        a snippet of the best sections for a MATCH expression, ranked as the exact tier ranks."""
        sql = (
            "SELECT rowid, snippet(sections_fts, 1, '[', ']', '…', 16) FROM sections_fts "
            f"WHERE sections_fts MATCH ? ORDER BY bm25(sections_fts, {TITLE_WEIGHT}, 1.0) LIMIT ?"
        )
        return self._conn.execute(sql, (expression, limit)).fetchall()

    def _search(self, text: str, limit: int, correct: bool) -> SearchResult:
        limit = max(1, min(limit, 200))
        query = parse_query(text)
        if query.is_empty():
            return SearchResult(query=text)
        vocabulary = self.vocabulary
        unknown = [
            w for i, w in enumerate(query.words) if not vocabulary.known(w, query.prefix and i == len(query.words) - 1)
        ]
        hits = self._tiers(query, None, limit)
        corrected_text: str | None = None
        corrections = {w: vocabulary.correct(w) for w in unknown} if unknown and not hits else {}
        if corrections and correct and all(corrections.values()):
            fixed = Query([corrections.get(w) or w for w in query.words], False, query.phrases)
            hits = self._tiers(fixed, "corrected", limit)
            if hits:
                corrected_text = " ".join(fixed.words + [" ".join(p) for p in query.phrases])
                query = fixed
        suggestion = None if hits else self._suggest(query, corrections)
        terms, phrases = self._highlights(query)
        hits = [self._with_snippet(hit, terms, phrases) for hit in hits]
        return SearchResult(text, corrected_text, tuple(hits), suggestion, tuple(terms), tuple(phrases))

    # Matching

    def _expressions(self, query: Query) -> list[tuple[str, str, str]]:
        """(tier, table, MATCH expression) for the exact, stem and synonym tiers."""
        last = len(query.words) - 1
        exact, stemmed, synonyms = [], [], []
        for i, word in enumerate(query.words):
            star = "*" if query.prefix and i == last else ""
            exact.append(_quote(word) + star)
            stemmed.append(_quote(stem(word)) + star)
        for unit, star in self._units(query):
            if len(unit) == 1:
                options = [_quote(stem(unit[0])) + star]
                expansions = self.vocabulary.expansions(unit[0])
            else:  # words that together are a synonym term: "side effect" also finds "adverse effect"
                options = ["(" + " AND ".join(_quote(stem(w)) for w in unit) + ")"]
                expansions = self.vocabulary.phrase_expansions(unit)
            options += [_quote(" ".join(stem(w) for w in term)) for term in expansions]
            synonyms.append("(" + " OR ".join(dict.fromkeys(options)) + ")")
        for phrase in query.phrases:
            exact.append(_quote(" ".join(phrase)))
            stem_phrase = _quote(" ".join(stem(w) for w in phrase))
            stemmed.append(stem_phrase)
            options = [stem_phrase] + [
                _quote(" ".join(stem(w) for w in term)) for term in self.vocabulary.phrase_expansions(phrase)
            ]
            synonyms.append("(" + " OR ".join(dict.fromkeys(options)) + ")")
        return [
            ("exact", "sections_fts", " AND ".join(exact)),
            ("stem", "sections_stem", " AND ".join(stemmed)),
            ("synonym", "sections_stem", " AND ".join(synonyms)),
        ]

    def _units(self, query: Query) -> list[tuple[tuple[str, ...], str]]:
        """The query's words grouped where consecutive words form a synonym term, with the prefix star."""
        multiword = self.vocabulary.multiword_keys()
        stems_of = [stem(w) for w in query.words]
        units: list[tuple[tuple[str, ...], str]] = []
        i = 0
        while i < len(query.words):
            for key in multiword:
                n = len(key)
                if stems_of[i : i + n] == key:
                    units.append((tuple(query.words[i : i + n]), ""))
                    i += n
                    break
            else:
                star = "*" if query.prefix and i == len(query.words) - 1 else ""
                units.append(((query.words[i],), star))
                i += 1
        return units

    def _tiers(self, query: Query, label: str | None, limit: int, exclude: set[str] | None = None) -> list[Hit]:
        hits: list[Hit] = []
        seen = set(exclude or ())
        done: set[str] = set()
        for tier, table, expression in self._expressions(query):
            if len(hits) >= limit or expression in done:
                continue
            done.add(expression)
            rank = TIERS.index(label or tier)
            sql = (
                f"SELECT rowid, bm25({table}, {TITLE_WEIGHT}, 1.0) AS r FROM {table} "
                f"WHERE {table} MATCH ? ORDER BY r LIMIT ?"
            )
            for order, bm25 in self._conn.execute(sql, (expression, limit + len(seen))):
                section = self._by_order.get(order)
                if section is None or section.id in seen:
                    continue
                if not isinstance(bm25, float):  # a damaged index ranks nothing
                    raise sqlite3.DatabaseError(f"{table} gives no rank for section {order}")
                seen.add(section.id)
                score = round(1000.0 * (len(TIERS) - rank) - bm25, 4)
                hits.append(Hit(section.id, section.title, self._paths[section.id], "", score, label or tier))
                if len(hits) >= limit:
                    break
        return hits

    def _count(self, query: Query) -> int:
        return len(self._tiers(query, None, 1))

    def _suggest(self, query: Query, corrections: dict[str, str | None]) -> str | None:
        """Something to offer when nothing was found: a spelling, or fewer words."""
        vocabulary = self.vocabulary
        words_now = list(query.words)
        if words_now:
            respelled = [corrections.get(w) or w for w in words_now]
            for i, word in enumerate(respelled):
                if not vocabulary.known(word):
                    respelled[i] = vocabulary.correct(word, max_distance=3) or vocabulary.similar(word) or word
            if respelled != words_now and self._count(Query(respelled, False, query.phrases)):
                return " ".join(respelled)
        if len(words_now) > 1:
            for i in range(len(words_now) - 1, -1, -1):
                fewer = words_now[:i] + words_now[i + 1 :]
                if self._count(Query(fewer, False, query.phrases)):
                    return " ".join(fewer)
        return None

    # Highlighting

    def _highlights(self, query: Query) -> tuple[list[str], list[str]]:
        """Words and phrases of the text to mark for this query (all forms and synonyms)."""
        vocabulary = self.vocabulary
        terms: list[str] = []
        phrases = [" ".join(p) for p in query.phrases]
        last = len(query.words) - 1
        for i, word in enumerate(query.words):
            terms.append(word)
            terms += vocabulary.surface_forms(word)
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

    def _with_snippet(self, hit: Hit, terms: Iterable[str], phrases: Iterable[str]) -> Hit:
        options = [_quote(t) for t in terms] + [_quote(p) for p in phrases]
        snippet = ""
        if options:
            row = self._conn.execute(
                "SELECT snippet(sections_fts, 1, ?, ?, '…', ?) FROM sections_fts "
                "WHERE sections_fts MATCH ? AND rowid = (SELECT ord FROM sections WHERE id = ?)",
                (MARK_START, MARK_END, _SNIPPET_WORDS, " OR ".join(options), hit.id),
            ).fetchone()
            snippet = row[0] if row else ""
        if not snippet:
            text = " ".join(self._text_of(hit.id).split()[:_SNIPPET_WORDS])
            snippet = text + ("…" if text else "")
        snippet = " ".join(snippet.split())  # list items and table rows are lines: one line here
        return Hit(hit.id, hit.title, hit.path, snippet, hit.score, hit.tier)

    def _text_of(self, section_id: str) -> str:
        row = self._conn.execute("SELECT text FROM sections WHERE id = ?", (section_id,)).fetchone()
        return str(row[0]) if row else ""
