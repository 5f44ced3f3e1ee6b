"""The bundle's vocabulary for search: words, their keys (stems tagged with their language),
section counts and synonym groups, with the prefix look-ups, expansions and typo corrections made
from them. A query word is looked for in each language of the bundle (``languages``)."""

from __future__ import annotations

import bisect
import sqlite3
from collections.abc import Sequence

from reader.core.search import index
from reader.core.search.languages import Language, language, languages, split_language, stop_words, untag
from reader.core.search.spelling import Corrector
from reader.core.text import DEFAULT_LANGUAGE, words

SIMILAR_CUTOFF = 70
_MAX_PREFIX_STEMS = 20

Term = tuple[str, ...]
"""A synonym term: its folded words."""


class Vocabulary:
    """The bundle's words with their keys and section counts, and the synonym groups."""

    def __init__(
        self, conn: sqlite3.Connection, split_as_words: bool = False, tags: Sequence[str] = (DEFAULT_LANGUAGE,)
    ) -> None:
        """Read the vocabulary; ``split_as_words``: whether the index of words as written holds the
        text's words as ``reader.core.text.words`` gives them (``index.split_as_words``); ``tags``:
        the languages of the bundle's articles."""
        self.languages = languages(tags)
        self.stop_words = stop_words(self.languages)
        self.docs: dict[str, int] = {}
        self.by_stem: dict[str, list[str]] = {}
        for word, key, docs in index.terms(conn):
            self.docs[word] = self.docs.get(word, 0) + docs
            self.by_stem.setdefault(key, []).append(word)
        self.sorted_terms = sorted(self.docs)
        self._sorted_stems = sorted(self.by_stem)
        groups: dict[int, list[tuple[Term, tuple[Language, ...]]]] = {}
        among = self.languages
        for group, written in index.synonyms(conn):
            if group not in groups:  # the first term may name the group's language: "fr: fièvre"
                tag, written = split_language(written)
                among = (language(tag),) if tag else self.languages
            groups.setdefault(group, []).append((tuple(words(written)), among))
        self.groups = [[term for term, _ in terms] for terms in groups.values()]
        self._group_of: dict[str, list[int]] = {}
        self._term_languages: dict[Term, tuple[Language, ...]] = {}
        for number, terms in enumerate(groups.values()):
            for term, among in terms:
                self._term_languages[term] = tuple(dict.fromkeys((*self._term_languages.get(term, ()), *among)))
                for lang in among:
                    self._group_of.setdefault(lang.term_key(term), []).append(number)
        self.synonym_words = {w for terms in self.groups for term in terms for w in term}
        self._multiword_keys = sorted((k.split() for k in self._group_of if " " in k), key=len, reverse=True)
        self._multiword_by_first: dict[str, list[list[str]]] = {}
        for keys in self._multiword_keys:  # longest first, as above
            self._multiword_by_first.setdefault(keys[0], []).append(keys)
        # What a typo may be corrected into: never a stop word ("ke" is not "be").
        self._candidates = sorted((set(self.sorted_terms) | self.synonym_words) - self.stop_words)
        self._corrector: Corrector | None = None  # made with the first typo
        # Whether every word is ASCII letters and digits, which both indexes hold as written here.
        self._plain = all(_plain(word) for word in self.docs)
        self._split_as_words = split_as_words and self._plain

    def keys(self, word: str) -> list[str]:
        """A folded word's keys: its stem in each language of the bundle, tagged."""
        return list(dict.fromkeys(lang.key(word) for lang in self.languages))

    def term_keys(self, term: Sequence[str]) -> list[list[str]]:
        """The keys of a term's words in each language it is looked for in (a synonym term: its
        groups' languages; another: the bundle's), one list a language."""
        among = self._term_languages.get(tuple(term), self.languages)
        found = {tuple(lang.key(w) for w in term): None for lang in among}
        return [list(keys) for keys in found]

    def with_prefix(self, prefix: str, limit: int = 30) -> list[str]:
        """Vocabulary words that start with ``prefix``, the most common first."""
        start = bisect.bisect_left(self.sorted_terms, prefix)
        end = bisect.bisect_left(self.sorted_terms, prefix + "\U0010ffff", lo=start)
        found = self.sorted_terms[start:end]
        return sorted(found, key=lambda t: -self.docs[t])[:limit]

    def in_text(self, word: str, prefix: bool = False) -> bool:
        """Whether a word is in the text as written (or, while typed, as the start of a word)."""
        return word in self.docs or (prefix and _starts(self.sorted_terms, word))

    def may_hold(self, word: str, prefix: bool = False) -> bool:
        """Whether the index of words as written may hold a word (or, while typed, a word starting
        with it): False only where it surely does not.

        Sure only of ASCII letters and digits in a text whose every word is such, where the index's
        words (SQLite's unicode61) are the vocabulary's, but for the "s" of a possessive ("ketamine's"):
        the vocabulary leaves it out, the index keeps it as a word.
        """
        if not self._plain or word == "s" or not _plain(word):
            return True
        return self.in_text(word, prefix)

    def only_itself(self, word: str) -> bool:
        """Whether the index of words as written holds the word and no longer word that starts with
        it (sure only where that index holds the vocabulary's words, as ``stem_adds_nothing``): then
        the word typed as a prefix finds what the word finds, ranked alike, and FTS5 finds a word
        quicker than a prefix, whose every word it gathers before it can skip any section."""
        if not (self._split_as_words and _plain(word)) or word not in self.docs:
            return False
        after = bisect.bisect_right(self.sorted_terms, word)
        return after == len(self.sorted_terms) or not self.sorted_terms[after].startswith(word)

    def may_hold_stems(self, stems: Sequence[str], prefix: bool = False) -> bool:
        """Whether the index of stems may hold every one of ``stems`` (keys; the last, while typed, as
        the start of a key): False only where it surely does not (as ``may_hold``)."""
        if not self._plain:
            return True
        last = len(stems) - 1
        for i, word_stem in enumerate(stems):
            if word_stem in self.by_stem or not _plain(untag(word_stem)):
                continue
            if not (prefix and i == last and _starts(self._sorted_stems, word_stem)):
                return False
        return True

    def forms(self, word: str, prefix: bool = False) -> list[str]:
        """The words of the text that share a word's stem in their language, or while typed whose stem
        starts with it."""
        found: list[str] = []
        for word_stem in self.keys(word):
            found += self.by_stem.get(word_stem, [])
            if prefix:
                start = bisect.bisect_left(self._sorted_stems, word_stem)
                end = bisect.bisect_left(self._sorted_stems, word_stem + "\U0010ffff", lo=start)
                for other in self._sorted_stems[start : min(end, start + _MAX_PREFIX_STEMS)]:
                    if other != word_stem:
                        found += self.by_stem[other]
        return list(dict.fromkeys(found)) if len(self.languages) > 1 else found

    def stem_adds_nothing(self, word: str, prefix: bool = False) -> bool:
        """Whether the index of stems finds no section for a word (or, while typed, a start of a word)
        that the index of words as written does not: where every word of the text with its stem (or
        a stem starting with its stem) is the word itself (or starts with it), in every language."""
        if not (self._split_as_words and _plain(word)):
            return False
        return all(self._stem_adds_nothing(word, key, prefix) for key in self.keys(word))

    def _stem_adds_nothing(self, word: str, word_stem: str, prefix: bool) -> bool:
        """``stem_adds_nothing`` for the word's key in one language."""
        if not prefix:
            return all(form == word for form in self.by_stem.get(word_stem, ()))
        start = bisect.bisect_left(self._sorted_stems, word_stem)
        end = bisect.bisect_left(self._sorted_stems, word_stem + "\U0010ffff", lo=start)
        if end - start > _MAX_PREFIX_STEMS:
            return False
        return all(form.startswith(word) for other in self._sorted_stems[start:end] for form in self.by_stem[other])

    def has(self, term: Sequence[str]) -> bool:
        """Whether every word of a term (stop words aside) is in the text in some form, in one of
        the languages the term is looked for in."""
        among = self._term_languages.get(tuple(term), self.languages)
        content = [w for w in term if w not in self.stop_words] or list(term)
        return any(all(lang.key(w) in self.by_stem for w in content) for lang in among)

    def known(self, word: str, prefix: bool = False) -> bool:
        """Whether a word is in the text (as itself, a word form or a prefix) or a synonym."""
        if word in self.docs or word in self.synonym_words or any(k in self.by_stem for k in self.keys(word)):
            return True
        return prefix and _starts(self.sorted_terms, word)

    def expansions(self, word: str) -> list[Term]:
        """The other terms of the synonym groups a word (or its stem) belongs to."""
        return self._others((word,))

    def phrase_expansions(self, phrase: Sequence[str]) -> list[Term]:
        """The synonyms of a multi-word term, if it is one (e.g. 'blood pressure')."""
        return self._others(tuple(phrase))

    def _others(self, term: Term) -> list[Term]:
        """The terms of every group the term (by its key in a language of the bundle) belongs to
        but ``term`` itself, each once, in order."""
        found: dict[Term, None] = {}  # a dict keeps order and looks up in constant time
        for lang in self.languages:
            for number in self._group_of.get(lang.term_key(term), []):
                found.update(dict.fromkeys(self.groups[number]))
        found.pop(term, None)
        return list(found)

    def correct(self, word: str, max_distance: int | None = None) -> str | None:
        """The closest vocabulary word within the edit distance allowed, the most common first
        (``spelling.Corrector.closest``)."""
        if self._corrector is None:
            self._corrector = Corrector(self._candidates, self.docs)
        return self._corrector.closest(word, max_distance)

    @property
    def candidates(self) -> list[str]:
        """What a typo may be corrected into, sorted: the words and synonyms, never a stop word."""
        return self._candidates

    def similar(self, word: str) -> str | None:
        """The vocabulary word that looks most like ``word`` (for "Did you mean"), or None."""
        from rapidfuzz import fuzz, process  # with the first typo, as in correct()

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
        """The keys of the synonym terms of more than one word (stop words left out), longest first."""
        return self._multiword_keys

    def multiword_keys_from(self, first: str) -> list[list[str]]:
        """The multiword_keys whose first stem is ``first``, longest first."""
        return self._multiword_by_first.get(first, [])

    def surface_forms(self, word: str) -> list[str]:
        """The words of the text that share a word's stem (what to highlight for it)."""
        return self.forms(word)


def _plain(word: str) -> bool:
    """Whether a word is ASCII letters and digits only."""
    return word.isascii() and word.isalnum()


def _starts(ordered: Sequence[str], prefix: str) -> bool:
    """Whether a sorted list holds a string that starts with ``prefix``."""
    at = bisect.bisect_left(ordered, prefix)
    return at < len(ordered) and ordered[at].startswith(prefix)
