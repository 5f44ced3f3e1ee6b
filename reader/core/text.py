"""Words as search sees them: case and accents folded, split like SQLite's unicode61, stemmed in
the language of the text they come from."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable

_WORD = re.compile(r"[^\W_]+")
_ASCII_WORD = re.compile(r"[A-Za-z0-9]+")  # what _WORD finds in ASCII text, found quicker
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b", re.IGNORECASE)
# Arabic tatweel (U+0640) only stretches a word on the line: "مـــاء" is "ماء". The vowel marks
# (harakat, U+064B-U+0652) and the dagger alif are combining marks, which folding drops anyway.
_NOT_LETTERS = str.maketrans("", "", "\u0640")

DEFAULT_LANGUAGE = "en"
"""The language of text whose language is not said (the search of an old synonyms file)."""

# ISO 639-1 codes of the Snowball stemmers; one the installed snowballstemmer lacks counts as none.
# A language not here (Swahili, Hausa, Amharic...) has no stemmer: its words are matched as written,
# and while typed by their start.
_SNOWBALL = {
    "ar": "arabic",
    "ca": "catalan",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "eu": "basque",
    "fi": "finnish",
    "fr": "french",
    "hi": "hindi",
    "hu": "hungarian",
    "hy": "armenian",
    "id": "indonesian",
    "it": "italian",
    "lt": "lithuanian",
    "nb": "norwegian",
    "ne": "nepali",
    "nl": "dutch",
    "nn": "norwegian",
    "no": "norwegian",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sv": "swedish",
    "ta": "tamil",
    "tr": "turkish",
}


def fold(text: str) -> str:
    """Lower-case and strip accents: 'Café' -> 'cafe' (as unicode61 with remove_diacritics 2), and
    Arabic vowel marks, hamza seats and tatweel: 'الْأَطْفَال' -> 'الاطفال'."""
    if text.isascii():  # nothing to decompose or drop: a quicker way to the same words
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_NOT_LETTERS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """Return the folded words of a text; a possessive 's is not a word of its own."""
    # Each shortcut keeps the result: a text with no apostrophe has no possessive to take out, and
    # in ASCII a letter or digit is one of A-Z, a-z and 0-9. Together they halve the
    # time a build spends finding words (python -m bench.build).
    if "'" in text or "’" in text:
        text = _POSSESSIVE.sub("", text)
    folded = fold(text)
    return (_ASCII_WORD if folded.isascii() else _WORD).findall(folded)


def language_code(language: str) -> str:
    """The primary subtag of a language tag, lower case ('pt-BR' -> 'pt'); '' for no usable tag."""
    code = language.strip().replace("_", "-").split("-")[0].lower()
    return code if code.isascii() and code.isalpha() and len(code) <= 8 else ""


def has_stemmer(language: str) -> bool:
    """Whether words of a language are matched by their Snowball stem (else as written)."""
    return _stemmer(language_code(language)) is not None


@functools.cache
def _stemmer(code: str) -> Callable[[str], str] | None:
    # Loaded with the first stem, which opening a bundle never asks for: 23-30 ms (python -X importtime).
    algorithm = _SNOWBALL.get(code)
    if algorithm is None:
        return None
    import snowballstemmer  # type: ignore[import-untyped]

    if algorithm not in snowballstemmer.algorithms():  # an older snowballstemmer than the table's
        return None
    stem_word: Callable[[str], str] = snowballstemmer.stemmer(algorithm).stemWord
    return stem_word


@functools.lru_cache(maxsize=65536)
def stem(word: str, language: str = DEFAULT_LANGUAGE) -> str:
    """Return the Snowball stem of a folded word in a language: 'treating' -> 'treat', French
    'vomissements' -> 'vom'; the word itself in a language without a stemmer."""
    stemmer = _stemmer(language_code(language))
    if stemmer is None:
        return word
    # Folded again: a stemmer may give back what folding takes away (Arabic normalises hamza).
    found = stemmer(word)
    return found if found.isascii() else fold(found)


def stems(text: str, language: str = DEFAULT_LANGUAGE) -> str:
    """Return the stems of a text's words, joined by spaces."""
    return " ".join(stem(word, language) for word in words(text))
