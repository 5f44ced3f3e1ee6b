"""Typo corrections: the word closest to a typo within an edit distance, the most common first.

Most typos are one letter wrong, missing or extra. The words one edit away are found by making
each string one edit away (some hundreds, looked up in a set); only where none is a word are all
the words compared with rapidfuzz, which takes milliseconds over a library's 20,000 words
(``python -m bench.search``). Either way the answer is the same.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

_MAX_EDITS = 5000  # strings one edit away worth making: beyond, comparing with every word is as quick


class Corrector:
    """Corrects typos into ``candidates`` (sorted), the most common by ``docs`` first."""

    def __init__(self, candidates: Sequence[str], docs: Mapping[str, int]) -> None:
        self._candidates = candidates
        self._docs = docs
        self._known = frozenset(candidates)
        self._alphabet = "".join(sorted({ch for word in candidates for ch in word}))

    def closest(self, word: str, max_distance: int | None = None) -> str | None:
        """The candidate closest to ``word`` within the edit distance allowed (by default 1 up to
        five letters, else 2; none under four), the most common first, then the first in order."""
        if max_distance is None:
            if len(word) < 4:
                return None
            max_distance = 1 if len(word) <= 5 else 2
        if word in self._known or max_distance < 1:
            return word if word in self._known else None
        near = self._one_edit(word)
        if near:
            return min(near, key=lambda candidate: (-self._docs.get(candidate, 0), candidate))
        if near is not None and max_distance == 1:
            return None
        return self._compared(word, max_distance)

    def _one_edit(self, word: str) -> frozenset[str] | None:
        """The candidates one letter wrong, missing or extra from ``word``; None where there would
        be too many strings to make (a large alphabet)."""
        alphabet, size = self._alphabet, len(word)
        if (2 * size + 1) * len(alphabet) > _MAX_EDITS:
            return None
        edits: Iterable[str] = itertools.chain(
            (word[:i] + word[i + 1 :] for i in range(size)),
            (word[:i] + letter + word[i:] for i in range(size + 1) for letter in alphabet),
            (word[:i] + letter + word[i + 1 :] for i in range(size) for letter in alphabet),
        )
        return self._known.intersection(edits)

    def _compared(self, word: str, max_distance: int) -> str | None:
        """``closest``, by comparing the word with every candidate."""
        # rapidfuzz loads with the first typo that needs it: 13-17 ms of a 'reader search'.
        from rapidfuzz import process
        from rapidfuzz.distance import Levenshtein

        matches = process.extract(
            word, self._candidates, scorer=Levenshtein.distance, score_cutoff=max_distance, limit=None
        )
        if not matches:
            return None
        best = min(matches, key=lambda m: (m[1], -self._docs.get(m[0], 0), m[0]))
        return str(best[0])


class Words(Protocol):
    """What a speller reads of a bundle's vocabulary."""

    @property
    def candidates(self) -> list[str]:
        """What a typo may be corrected into, sorted."""

    @property
    def docs(self) -> Mapping[str, int]:
        """Each word with the number of sections it is in."""


class Speller:
    """Typo corrections against several bundles' vocabularies as if they were one: the closest of
    all their words, the most common (counted in all) first; one look-up instead of one a bundle."""

    def __init__(self, vocabularies: Sequence[Words]) -> None:
        candidates = sorted(set().union(*(vocabulary.candidates for vocabulary in vocabularies)))
        docs: dict[str, int] = {}
        for vocabulary in vocabularies:
            for word, count in vocabulary.docs.items():
                docs[word] = docs.get(word, 0) + count
        self._corrector = Corrector(candidates, docs)

    def correct(self, word: str) -> str | None:
        """The closest word of any of the vocabularies within the edit distance allowed."""
        return self._corrector.closest(word)
