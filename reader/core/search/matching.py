"""MATCH expressions for the exact, word-form and synonym tiers, built from a query's folded words,
each with whether the bundle's vocabulary lets it find anything at all.

A tier whose words are in none of the bundle's forms finds nothing, so its SQL need not run: in a
library most bundles lack a rare word, and a typo is in none (``Vocabulary.may_hold``, which answers
"maybe" wherever the vocabulary cannot tell for sure).
"""

from __future__ import annotations

from typing import NamedTuple

from reader.core.search.query import Query
from reader.core.search.vocabulary import Vocabulary


class Tier(NamedTuple):
    """One tier's search: its name, FTS5 table and MATCH expression.

    ``possible`` is False when the vocabulary shows the tier finds nothing the tiers before it did
    not (a tier runs only where those before it found fewer hits than asked for: all they could).
    ``same_as`` is the expression it finds exactly what of (its needless parentheses left out), to
    skip it after a tier that ran that one on its table.
    """

    name: str
    table: str
    expression: str
    possible: bool = True
    same_as: str = ""


def quote(token: str) -> str:
    """A token (or words of a phrase) as an FTS5 string."""
    return '"' + token.replace('"', '""') + '"'


def units(query: Query, vocabulary: Vocabulary) -> list[tuple[tuple[str, ...], str]]:
    """The query's words grouped where consecutive words form a synonym term (in one of the bundle's
    languages), with the prefix star."""
    keys_of = [[lang.key(w) for w in query.words] for lang in vocabulary.languages]
    found: list[tuple[tuple[str, ...], str]] = []
    i = 0
    while i < len(query.words):
        n = _multiword_at(keys_of, i, vocabulary)
        if n:
            found.append((tuple(query.words[i : i + n]), ""))
            i += n
        else:
            star = "*" if query.prefix and i == len(query.words) - 1 else ""
            found.append(((query.words[i],), star))
            i += 1
    return found


def _multiword_at(keys_of: list[list[str]], i: int, vocabulary: Vocabulary) -> int:
    """How many words from ``i`` on form a synonym term of several words in a language (0: none);
    ``keys_of``: the query's keys in each language of the bundle."""
    for keys in keys_of:
        for key in vocabulary.multiword_keys_from(keys[i]):
            if keys[i : i + len(key)] == key:
                return len(key)
    return 0


def _either(options: list[str]) -> str:
    """FTS5 options OR'ed, in parentheses where there are several (one language's key needs none)."""
    unique = list(dict.fromkeys(options))
    return unique[0] if len(unique) == 1 else "(" + " OR ".join(unique) + ")"


def expressions(query: Query, vocabulary: Vocabulary) -> list[Tier]:
    """The exact, stem and synonym tiers' searches for a query, in that order."""
    last = len(query.words) - 1
    exact: list[str] = []
    stemmed: list[str] = []
    synonyms: list[str] = []
    bare: list[str] = []
    exact_ok = stem_ok = synonym_ok = True
    for i, word in enumerate(query.words):
        star = "*" if query.prefix and i == last else ""
        keys = vocabulary.keys(word)
        exact.append(quote(word) + ("" if star and vocabulary.only_itself(word) else star))
        stemmed.append(_either([quote(key) + star for key in keys]))
        exact_ok = exact_ok and vocabulary.may_hold(word, bool(star))
        stem_ok = stem_ok and any(vocabulary.may_hold_stems([key], bool(star)) for key in keys)
    for unit, star in units(query, vocabulary):
        if len(unit) == 1:
            keys = vocabulary.keys(unit[0])
            options = [quote(key) + star for key in keys]
            possible = any(vocabulary.may_hold_stems([key], bool(star)) for key in keys)
            expansions = vocabulary.expansions(unit[0])
        else:  # words that together are a synonym term: "side effect" also finds "adverse effect"
            in_each = vocabulary.term_keys(unit)
            options = ["(" + " AND ".join(quote(key) for key in keys) + ")" for keys in in_each]
            possible = any(vocabulary.may_hold_stems(keys) for keys in in_each)
            expansions = vocabulary.phrase_expansions(unit)
        for term in expansions:
            for keys in vocabulary.term_keys(term):
                options.append(quote(" ".join(keys)))
                possible = possible or vocabulary.may_hold_stems(keys)
        synonym_ok = synonym_ok and possible
        _add_options(options, synonyms, bare)
    for phrase in query.phrases:
        exact.append(quote(" ".join(phrase)))
        exact_ok = exact_ok and all(vocabulary.may_hold(w) for w in phrase)
        in_each = vocabulary.term_keys(phrase)
        stem_phrases = [quote(" ".join(keys)) for keys in in_each]
        stemmed.append(_either(stem_phrases))
        stem_ok = stem_ok and any(vocabulary.may_hold_stems(keys) for keys in in_each)
        options = list(stem_phrases)
        possible = any(vocabulary.may_hold_stems(keys) for keys in in_each)
        for term in vocabulary.phrase_expansions(phrase):
            for keys in vocabulary.term_keys(term):
                options.append(quote(" ".join(keys)))
                possible = possible or vocabulary.may_hold_stems(keys)
        synonym_ok = synonym_ok and possible
        _add_options(options, synonyms, bare)
    if not query.phrases and bare == stemmed:  # the synonym tier is the stem tier: no synonyms
        stars = [query.prefix and i == last for i in range(len(query.words))]
        if all(vocabulary.stem_adds_nothing(w, star) for w, star in zip(query.words, stars, strict=True)):
            stem_ok = synonym_ok = False  # they would find what the exact tier found, and no more
    return [
        Tier("exact", "sections_fts", " AND ".join(exact), exact_ok),
        Tier("stem", "sections_stem", " AND ".join(stemmed), stem_ok),
        Tier("synonym", "sections_stem", " AND ".join(synonyms), synonym_ok, " AND ".join(bare)),
    ]


def _add_options(options: list[str], synonyms: list[str], bare: list[str]) -> None:
    """Add one unit's options (OR'ed) to the synonym tier's parts, and to ``bare`` without the
    parentheses a single option does not need (what the stem tier's expression would say)."""
    synonyms.append("(" + " OR ".join(dict.fromkeys(options)) + ")")
    bare.append(_either(options))
