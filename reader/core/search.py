"""Search that forgives: exact words first, then word forms, synonyms and typo corrections.

A query is parsed into words (case, accents and punctuation folded; a possessive 's dropped)
and "quoted phrases". Nothing the user types reaches FTS5 as syntax: the MATCH expression is
built here from folded words only, each one quoted, and bound as a parameter.

Results come in tiers, each ranked by bm25 with titles weighing more than text:
exact words (the last word also as a prefix while typing) > word forms (stems) > synonyms >
typo corrections. A lower tier only fills the places a higher one left.
"""

from __future__ import annotations

import bisect
import html
import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from reader.core.bundle import Bundle, section_paths
from reader.core.errors import BundleError
from reader.core.text import stem, words

STOP_WORDS = frozenset(
    {
        "a",
        "about",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "can",
        "could",
        "do",
        "does",
        "did",
        "for",
        "from",
        "has",
        "have",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "me",
        "my",
        "of",
        "on",
        "or",
        "should",
        "so",
        "than",
        "that",
        "the",
        "their",
        "them",
        "there",
        "these",
        "they",
        "this",
        "to",
        "was",
        "what",
        "when",
        "where",
        "which",
        "who",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
    }
)
MAX_QUERY_CHARS = 500
MAX_WORDS = 12
PREFIX_MIN = 3
TITLE_WEIGHT = 10.0
MARK_START, MARK_END = "\x02", "\x03"
TIERS = ("exact", "stem", "synonym", "corrected")
_SNIPPET_WORDS = 16
SIMILAR_CUTOFF = 70
_MAX_HIGHLIGHT_TERMS = 40
_PHRASE = re.compile(r'["“”]([^"“”]*)["“”]?')
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


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
            "path": " › ".join(self.path),
            "snippet": self.snippet_text(),
            "score": self.score,
        }


@dataclass(frozen=True)
class SearchResult:
    """The answer to a query.

    ``corrected`` is the query as searched when typos were corrected (else None); ``suggestion``
    is offered when nothing was found; ``terms`` and ``phrases`` are what to highlight in the text.
    """

    query: str
    corrected: str | None = None
    hits: tuple[Hit, ...] = ()
    suggestion: str | None = None
    terms: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        """The shape of ``reader search --json``."""
        return {
            "query": self.query,
            "corrected": self.corrected,
            "hits": [hit.to_json() for hit in self.hits],
            "suggestion": self.suggestion,
        }


@dataclass
class Query:
    """A parsed query: required words, whether the last is a prefix, and phrases."""

    words: list[str] = field(default_factory=list)
    prefix: bool = False
    phrases: list[list[str]] = field(default_factory=list)

    def is_empty(self) -> bool:
        """Whether there is nothing to search for."""
        return not self.words and not self.phrases


def parse_query(text: str) -> Query:
    """Parse what a user typed. Never fails: any text gives a (possibly empty) Query."""
    text = _CONTROL.sub(" ", text[:MAX_QUERY_CHARS])
    phrases = [found for found in (words(m) for m in _PHRASE.findall(text)) if found]
    rest = _PHRASE.sub(" ", text)
    found = words(rest)[:MAX_WORDS]
    if len(phrases) == 1 and len(phrases[0]) == 1:
        found, phrases = [*found, *phrases[0]], []  # a quoted single word is just a word
    content = [w for w in found if w not in STOP_WORDS]
    chosen = content if content or phrases else found
    ends_in_word = bool(rest.rstrip('"“” ')) and not text[-1:].isspace() and not text.rstrip().endswith(('"', "”"))
    prefix = bool(chosen) and ends_in_word and chosen[-1] == (found[-1] if found else "")
    prefix = prefix and len(chosen[-1]) >= PREFIX_MIN
    return Query(words=chosen, prefix=prefix, phrases=phrases[:4])


def term_key(term: Sequence[str]) -> str:
    """How a synonym term is looked up: the stems of its words, stop words left out."""
    content = [w for w in term if w not in STOP_WORDS] or list(term)
    return " ".join(stem(w) for w in content)


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


class Vocabulary:
    """The bundle's words with their stems and section counts, and the synonym groups."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.docs: dict[str, int] = {}
        self.by_stem: dict[str, list[str]] = {}
        for term, term_stem, docs in conn.execute("SELECT term, stem, docs FROM terms"):
            self.docs[term] = docs
            self.by_stem.setdefault(term_stem, []).append(term)
        self.sorted_terms = sorted(self.docs)
        groups: dict[int, list[tuple[str, ...]]] = {}
        for group, term in conn.execute("SELECT grp, term FROM synonyms ORDER BY grp, ord"):
            groups.setdefault(group, []).append(tuple(words(term)))
        self.groups = list(groups.values())
        self._group_of: dict[str, list[int]] = {}
        for number, terms in enumerate(self.groups):
            for term in terms:
                self._group_of.setdefault(term_key(term), []).append(number)
        self.synonym_words = {w for terms in self.groups for term in terms for w in term}
        keys = {term_key(t) for terms in self.groups for t in terms}
        self._multiword_keys = sorted((key.split() for key in keys if " " in key), key=len, reverse=True)
        self._candidates = sorted(set(self.sorted_terms) | self.synonym_words)

    def with_prefix(self, prefix: str, limit: int = 30) -> list[str]:
        """Vocabulary words that start with ``prefix``, the most common first."""
        start = bisect.bisect_left(self.sorted_terms, prefix)
        end = bisect.bisect_left(self.sorted_terms, prefix + "\U0010ffff", lo=start)
        found = self.sorted_terms[start:end]
        return sorted(found, key=lambda t: -self.docs[t])[:limit]

    def known(self, word: str, prefix: bool = False) -> bool:
        """Whether a word is in the text (as itself, a word form or a prefix) or a synonym."""
        if word in self.docs or stem(word) in self.by_stem or word in self.synonym_words:
            return True
        return prefix and bool(self.with_prefix(word, 1))

    def expansions(self, word: str) -> list[tuple[str, ...]]:
        """The other terms of the synonym groups a word (or its stem) belongs to."""
        found: list[tuple[str, ...]] = []
        for number in self._group_of.get(term_key([word]), []):
            for term in self.groups[number]:
                if term != (word,) and term not in found:
                    found.append(term)
        return found

    def phrase_expansions(self, phrase: Sequence[str]) -> list[tuple[str, ...]]:
        """The synonyms of a multi-word term, if it is one (e.g. 'blood pressure')."""
        found: list[tuple[str, ...]] = []
        for number in self._group_of.get(term_key(phrase), []):
            found += [term for term in self.groups[number] if term != tuple(phrase) and term not in found]
        return found

    def correct(self, word: str, max_distance: int | None = None) -> str | None:
        """The closest vocabulary word within the edit distance allowed, the most common first."""
        from rapidfuzz import process
        from rapidfuzz.distance import Levenshtein

        if max_distance is None:
            if len(word) < 4:
                return None
            max_distance = 1 if len(word) <= 5 else 2
        matches = process.extract(
            word, self._candidates, scorer=Levenshtein.distance, score_cutoff=max_distance, limit=None
        )
        if not matches:
            return None
        best = min(matches, key=lambda m: (m[1], -self.docs.get(m[0], 0), m[0]))
        return str(best[0])

    def similar(self, word: str) -> str | None:
        """The vocabulary word that looks most like ``word`` (for "Did you mean"), or None."""
        from rapidfuzz import fuzz, process

        if len(word) < 4:
            return None
        # People rarely get the first letter wrong: keeping it keeps suggestions sensible.
        same_start = [c for c in self._candidates if c[:1] == word[:1]]
        matches = process.extract(word, same_start, scorer=fuzz.ratio, score_cutoff=SIMILAR_CUTOFF, limit=5)
        if not matches:
            return None
        best = max(matches, key=lambda m: (round(m[1]), self.docs.get(m[0], 0)))
        return str(best[0])

    def multiword_keys(self) -> list[list[str]]:
        """The stems of the synonym terms of more than one word (stop words left out), longest first."""
        return self._multiword_keys

    def surface_forms(self, word: str) -> list[str]:
        """The words of the text that share a word's stem (what to highlight for it)."""
        return self.by_stem.get(stem(word), [])


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


def highlight_pattern(terms: Sequence[str], phrases: Sequence[str]) -> str:
    """A regular expression (Python and Qt syntax) matching the terms and phrases as whole words."""
    parts = [r"\s+".join(re.escape(w) for w in phrase.split()) for phrase in phrases]
    parts += [re.escape(term) for term in sorted(terms, key=len, reverse=True)]
    if not parts:
        return ""
    return r"\b(?:" + "|".join(parts) + r")\b"
