"""Words as search sees them: folded like SQLite's unicode61 with remove_diacritics 2, stemmed."""

from __future__ import annotations

import re
import sqlite3

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reader.core.text import fold, has_stemmer, language_code, stem, stems, words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Café", "cafe"),
        ("KETAMINE", "ketamine"),
        ("naïve Ångström", "naive angstrom"),
        ("Straße", "strasse"),  # casefold, not lower
        ("Fièvre", "fievre"),
        ("الْحُمَّى", "الحمى"),  # Arabic vowel marks (harakat)
        ("مـــاء", "ماء"),  # tatweel
        ("الأطفال إسهال", "الاطفال اسهال"),  # hamza on or under alif: the bare alif
    ],
)
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ketamine's effects", ["ketamine", "effects"]),
        ("side-effects, 2 times", ["side", "effects", "2", "times"]),
        ("snake_case", ["snake", "case"]),
        ("", []),
        ("— … !", []),
        ("L'enfant boit de l’eau.", ["l", "enfant", "boit", "de", "l", "eau"]),
        ("أَعْطِ الطِّفْلَ الْمَـــاءَ، كَثِيرًا.", ["اعط", "الطفل", "الماء", "كثيرا"]),  # marks never split a word
        ("٣٨ درجة", ["٣٨", "درجة"]),
    ],
)
def test_words(text: str, expected: list[str]) -> None:
    assert words(text) == expected


def test_stems_of_word_forms_meet() -> None:
    assert stem("treating") == stem("treats") == stem("treat") == "treat"
    assert stem("hallucinations") == stem("hallucination")
    assert stems("Treating Hallucinations") == "treat hallucin"


@pytest.mark.parametrize(
    ("language", "forms"),
    [
        ("fr", ["vomissements", "vomir", "vomit"]),
        ("fr", ["enfant", "enfants"]),
        ("fr-CA", ["fievre", "fievres"]),
        ("es", ["nino", "ninos"]),  # niño, niños folded
        ("ar", ["الحمى", "حمى"]),  # with and without the definite article
        ("ar", ["بالاسهال", "الاسهال", "اسهال"]),
    ],
)
def test_word_forms_meet_in_their_language(language: str, forms: list[str]) -> None:
    assert len({stem(word, language) for word in forms}) == 1, [stem(word, language) for word in forms]


def test_a_language_without_a_stemmer_keeps_words_as_they_are() -> None:
    assert not has_stemmer("sw")
    assert stem("watoto", "sw") == "watoto"
    assert stems("Mpe mtoto maji", "sw") == "mpe mtoto maji"
    assert stem("treating", "") == "treating"
    assert has_stemmer("pt-BR")


def test_a_stemmer_the_installed_snowballstemmer_lacks_is_none(monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.core import text

    monkeypatch.setitem(text._SNOWBALL, "zz", "not-an-algorithm")
    assert not has_stemmer("zz")
    assert stem("speaking", "zz") == "speaking"


@pytest.mark.parametrize(
    ("tag", "code"), [("fr", "fr"), ("pt-BR", "pt"), ("EN_gb", "en"), ("", ""), ("../en", ""), ("français", "")]
)
def test_language_code(tag: str, code: str) -> None:
    assert language_code(tag) == code


# ASCII without the apostrophe (the reader drops a possessive 's, SQLite keeps the s as a word):
# there the two tokenizers must agree exactly, or search would miss words the index holds.
_ASCII = st.text(st.characters(min_codepoint=32, max_codepoint=126, exclude_characters="'"), max_size=80)


@given(_ASCII)
def test_words_split_as_sqlite_s_unicode61_tokenizer_does(text: str) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5 (x, tokenize = 'unicode61 remove_diacritics 2')")
    conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab (t, instance)")
    conn.execute("INSERT INTO t (x) VALUES (?)", (text,))
    assert words(text) == [row[0] for row in conn.execute("SELECT term FROM v ORDER BY offset")]


# Any text: letters and digits of every script, apostrophes of both kinds, marks, and ASCII
# letters that only a compatibility decomposition makes ('ℌ' is 'H').
_ANY = st.text(st.sampled_from("aZ9_'’ sS-ℌéÉ\u0301ﬁİ٣ماءـ") | st.characters(), max_size=60)


@given(_ANY)
@example("ℌow ﬁne, Kid’s")  # folds to ASCII with capitals; a curly possessive
@example("Ketamine's İ")
def test_words_shortcuts_find_what_the_full_rule_finds(text: str) -> None:
    # The rule written out: possessives dropped, text folded, runs of letters and digits.
    full = re.findall(r"[^\W_]+", fold(re.sub(r"(?<=\w)['’]s\b", "", text, flags=re.IGNORECASE)))
    assert words(text) == full
