"""Typo corrections found one edit away answer as comparing with every word does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.bundle import Bundle
from reader.core.search import Searcher
from reader.core.search.spelling import Corrector, Speller


@pytest.fixture(scope="module")
def corrector(shipped_bundle: Path) -> Iterator[Corrector]:
    with Bundle.open(shipped_bundle) as bundle:
        vocabulary = Searcher(bundle).vocabulary
        yield Corrector(vocabulary.candidates, vocabulary.docs)


def _compared(corrector: Corrector, word: str, max_distance: int | None) -> str | None:
    """The answer of comparing with every candidate, under the same default distance."""
    if max_distance is None:
        if len(word) < 4:
            return None
        max_distance = 1 if len(word) <= 5 else 2
    return corrector._compared(word, max_distance)


_EDIT = st.sampled_from(["delete", "insert", "replace", "swap", "none"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    pick=st.integers(min_value=0),
    edits=st.lists(st.tuples(_EDIT, st.integers(min_value=0), st.sampled_from("aeiostkz9é")), max_size=3),
    max_distance=st.sampled_from([None, 0, 1, 2, 3]),
)
def test_the_closest_word_is_the_one_comparing_every_word_finds(
    corrector: Corrector, pick: int, edits: list[tuple[str, int, str]], max_distance: int | None
) -> None:
    words = corrector._candidates
    word = words[pick % len(words)]
    for edit, at, letter in edits:
        i = at % (len(word) + 1)
        if edit == "delete" and word:
            word = word[: i % len(word)] + word[i % len(word) + 1 :]
        elif edit == "insert":
            word = word[:i] + letter + word[i:]
        elif edit == "replace" and word:
            word = word[: i % len(word)] + letter + word[i % len(word) + 1 :]
        elif edit == "swap" and len(word) > 1:
            j = i % (len(word) - 1)
            word = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
    assert corrector.closest(word, max_distance) == _compared(corrector, word, max_distance)


def test_a_typo_one_letter_off_is_corrected_to_the_most_common_word() -> None:
    corrector = Corrector(["bat", "cast", "cat", "coat", "cut"], {"cat": 5, "cut": 9, "coat": 2, "cast": 9})
    assert corrector.closest("cot", 1) == "cut"  # cat, cut and coat are one edit away; cut is the most common
    assert corrector.closest("caat", 1) == "cast"  # cat, cast and coat are one edit away
    assert corrector.closest("dogs", 1) is None


def test_a_large_alphabet_is_compared_word_by_word(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("reader.core.search.spelling._MAX_EDITS", 10)
    corrector = Corrector(["ketamine", "nausea"], {"ketamine": 3, "nausea": 1})
    assert corrector._one_edit("ketamne") is None
    assert corrector.closest("ketamne") == "ketamine"


def test_a_speller_corrects_against_every_vocabulary_counted_together() -> None:
    class Words:
        def __init__(self, docs: dict[str, int]) -> None:
            self.docs = docs
            self.candidates = sorted(docs)

    speller = Speller([Words({"fever": 1, "fiber": 3}), Words({"fever": 4})])
    assert speller.correct("fevr") == "fever"  # fiber is two edits away
    assert speller.correct("fiver") == "fever"  # one edit from both: 5 sections against 3
