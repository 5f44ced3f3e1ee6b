"""Words as search sees them: case and accents folded, split like SQLite's unicode61, stemmed."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable

_WORD = re.compile(r"[^\W_]+")
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b", re.IGNORECASE)


def fold(text: str) -> str:
    """Lower-case and strip accents: 'Café' -> 'cafe' (as unicode61 with remove_diacritics 2)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """Return the folded words of a text; a possessive 's is not a word of its own."""
    return _WORD.findall(fold(_POSSESSIVE.sub("", text)))


@functools.cache
def _stemmer() -> Callable[[str], str]:
    # Loaded with the first stem, which opening a bundle never asks for: 23-30 ms (python -X importtime).
    import snowballstemmer  # type: ignore[import-untyped]

    stem_word: Callable[[str], str] = snowballstemmer.stemmer("english").stemWord
    return stem_word


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Return the English (Snowball) stem of a folded word: 'treating' -> 'treat'."""
    return _stemmer()(word)


def stems(text: str) -> str:
    """Return the stems of a text's words, joined by spaces (what the stem index holds)."""
    return " ".join(stem(word) for word in words(text))
