"""The word list that tells words from typos: what it knows, when it is read, and that it ships."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from reader.core.bundle import Bundle
from reader.core.search import Searcher
from reader.core.search.lexicon import is_word, lexicon

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("word", "known"),
    [
        ("kids", True),
        ("pregnant", True),
        ("heart", True),
        ("often", True),
        ("zurich", True),  # written "zürich" in the list; search folds accents
        ("1962", True),  # numbers and codes are never corrected
        ("covid19", True),
        ("depresion", False),
        ("halucinations", False),
        ("ke", False),
        ("αβ", False),
        ("", False),
    ],
)
def test_tells_words_from_typos(word: str, known: bool) -> None:
    assert is_word(lexicon("en"), word) is known


def test_the_list_is_a_real_one() -> None:
    words = lexicon("en")
    assert words is not None
    assert len(words) > 100_000
    assert lexicon("en-GB") is not None


def test_without_a_list_for_the_language_nothing_is_known_to_be_a_word() -> None:
    assert lexicon("xx") is None
    assert lexicon("../en") is None
    assert not is_word(None, "kids")


def test_read_only_when_a_query_has_a_word_the_text_lacks(shipped_bundle: Path) -> None:
    lexicon.cache_clear()
    with Bundle.open(shipped_bundle) as bundle:
        searcher = Searcher(bundle)
        for query in ("ketamine", "side effects", "nausea", "hallu", "depressed"):
            searcher.search(query)
        assert lexicon.cache_info().currsize == 0
        searcher.search("pregnant")
        assert lexicon.cache_info().currsize == 1


def test_the_frozen_app_ships_the_lists_of_the_interface_languages_only() -> None:
    """English, French, Spanish, Portuguese and Arabic articles are searched with their own list;
    pyspellchecker's other lists (German, Dutch, ...) stay out of the frozen app."""
    sys.path.append(str(ROOT / "packaging"))
    try:
        import trim
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    codes = ("en", "de", "fr", "es", "nl", "pt", "ar", "it")
    entries = [(f"spellchecker/resources/{code}.json.gz", "x", "DATA") for code in codes]
    assert [entry[0] for entry in trim.keep_data(entries)] == [
        f"spellchecker/resources/{code}.json.gz" for code in ("en", "fr", "es", "pt", "ar")
    ]
    for code in ("en", "fr", "es", "pt", "ar"):  # each one kept is a list pyspellchecker has
        assert lexicon(code) is not None
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert "for name in trim.KEPT_WORD_LISTS]" in spec
    assert '"spellchecker/resources")' in spec


def test_a_word_written_with_accents_or_vowel_marks_is_known_folded() -> None:
    from reader.core.search.lexicon import Lexicon

    words = Lexicon('"Zürich": 4,\n"fièvre": 3,\n"الْحُمَّى": 2,\n"kids": 1,'.encode())
    assert [word in words for word in ("zurich", "fievre", "الحمى", "kids", "zürich", "fievr")] == [
        True,
        True,
        True,
        True,
        False,  # search asks for folded words only
        False,
    ]


@pytest.mark.parametrize(
    ("language", "word", "known"),
    [
        ("fr", "fievre", True),
        ("fr", "voire", True),
        ("fr", "fievrre", False),
        ("es", "nino", True),
        ("ar", "الحمى", True),
    ],
)
def test_the_lists_of_other_languages_know_their_words_folded(language: str, word: str, known: bool) -> None:
    assert is_word(lexicon(language), word) is known
