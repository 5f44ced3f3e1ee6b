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
from reader.core.text import stem


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
    """The query's words grouped where consecutive words form a synonym term, with the prefix star."""
    stems_of = [stem(w) for w in query.words]
    found: list[tuple[tuple[str, ...], str]] = []
    i = 0
    while i < len(query.words):
        for key in vocabulary.multiword_keys_from(stems_of[i]):
            n = len(key)
            if stems_of[i : i + n] == key:
                found.append((tuple(query.words[i : i + n]), ""))
                i += n
                break
        else:
            star = "*" if query.prefix and i == len(query.words) - 1 else ""
            found.append(((query.words[i],), star))
            i += 1
    return found


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
        exact.append(quote(word) + star)
        stemmed.append(quote(stem(word)) + star)
        exact_ok = exact_ok and vocabulary.may_hold(word, bool(star))
        stem_ok = stem_ok and vocabulary.may_hold_stems([stem(word)], bool(star))
    for unit, star in units(query, vocabulary):
        if len(unit) == 1:
            options = [quote(stem(unit[0])) + star]
            possible = vocabulary.may_hold_stems([stem(unit[0])], bool(star))
            expansions = vocabulary.expansions(unit[0])
        else:  # words that together are a synonym term: "side effect" also finds "adverse effect"
            options = ["(" + " AND ".join(quote(stem(w)) for w in unit) + ")"]
            possible = vocabulary.may_hold_stems([stem(w) for w in unit])
            expansions = vocabulary.phrase_expansions(unit)
        options += [quote(" ".join(stem(w) for w in term)) for term in expansions]
        possible = possible or any(vocabulary.may_hold_stems([stem(w) for w in term]) for term in expansions)
        synonym_ok = synonym_ok and possible
        _add_options(options, synonyms, bare)
    for phrase in query.phrases:
        exact.append(quote(" ".join(phrase)))
        exact_ok = exact_ok and all(vocabulary.may_hold(w) for w in phrase)
        stem_phrase = quote(" ".join(stem(w) for w in phrase))
        stemmed.append(stem_phrase)
        stem_ok = stem_ok and vocabulary.may_hold_stems([stem(w) for w in phrase])
        terms = vocabulary.phrase_expansions(phrase)
        options = [stem_phrase] + [quote(" ".join(stem(w) for w in term)) for term in terms]
        synonym_ok = synonym_ok and any(
            vocabulary.may_hold_stems([stem(w) for w in term]) for term in [tuple(phrase), *terms]
        )
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
    unique = list(dict.fromkeys(options))
    synonyms.append("(" + " OR ".join(unique) + ")")
    bare.append(unique[0] if len(unique) == 1 else synonyms[-1])
