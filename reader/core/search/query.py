"""Queries: what a person typed, parsed into folded words, a prefix and "quoted phrases"; the
words left out when there are others; the pattern that marks matches in the text."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from reader.core.text import fold, words

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
_PHRASE = re.compile(r'["“”]([^"“”]*)["“”]?')
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass
class Query:
    """A parsed query: required words, whether the last is a prefix, and phrases."""

    words: list[str] = field(default_factory=list)
    prefix: bool = False
    phrases: list[list[str]] = field(default_factory=list)

    def is_empty(self) -> bool:
        """Whether there is nothing to search for."""
        return not self.words and not self.phrases


def parse_query(text: str, stop_words: frozenset[str] = STOP_WORDS) -> Query:
    """Parse what a user typed, leaving out ``stop_words`` where there are other words (English's
    by default; a bundle's searcher gives those of its languages). Never fails: any text gives a
    (possibly empty) Query."""
    text = _CONTROL.sub(" ", text[:MAX_QUERY_CHARS])
    phrases = [found for found in (words(m) for m in _PHRASE.findall(text)) if found]
    rest = _PHRASE.sub(" ", text)
    found = words(rest)[:MAX_WORDS]
    if len(phrases) == 1 and len(phrases[0]) == 1:
        found, phrases = [*found, *phrases[0]], []  # a quoted single word is just a word
    content = [w for w in found if w not in stop_words]
    chosen = content if content or phrases else found
    ends_in_word = bool(rest.rstrip('"“” ')) and not text[-1:].isspace() and not text.rstrip().endswith(('"', "”"))
    prefix = bool(chosen) and ends_in_word and chosen[-1] == (found[-1] if found else "")
    prefix = prefix and len(chosen[-1]) >= PREFIX_MIN
    return Query(words=chosen, prefix=prefix, phrases=phrases[:4])


def highlight_pattern(terms: Sequence[str], phrases: Sequence[str]) -> str:
    """A regular expression (Python and Qt syntax) matching the terms and phrases as whole words,
    as the text writes them: the folded "fievre" marks "fièvre", "الحمى" marks "الْحُمَّى"."""
    parts = [r"\s+".join(_spelled(w) for w in phrase.split()) for phrase in phrases]
    parts += [_spelled(term) for term in sorted(terms, key=len, reverse=True)]
    if not parts:
        return ""
    return r"\b(?:" + "|".join(parts) + r")\b"


# Arabic vowel marks (harakat, U+064B-U+065F, the dagger alif U+0670) and tatweel (U+0640), which
# may follow any Arabic letter; as the characters themselves, which both Python and Qt read in a class.
_ARABIC_MARKS = "[\u064b-\u065f\u0670\u0640]*"


@functools.cache
def _variants() -> dict[str, str]:
    """For each folded letter, the letters that fold to it (accented Latin letters, Arabic alifs
    with hamza or madda), as the inside of a regular expression class: {"e": "eèéêëēĕėęěÈ..."}."""
    found: dict[str, list[str]] = {}
    for code in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00), *range(0x0622, 0x0627)]:
        letter = chr(code)
        folded = fold(letter)
        if len(folded) == 1 and folded != letter:
            found.setdefault(folded, [folded]).append(letter)
    return {folded: "".join(letters) for folded, letters in found.items()}


def _spelled(word: str) -> str:
    """A folded word as a regular expression matching the ways a text may write it."""
    variants = _variants()
    parts: list[str] = []
    for letter in word:
        options = variants.get(letter)
        parts.append(f"[{options}]" if options else re.escape(letter))
        if "\u0621" <= letter <= "\u064a":
            parts.append(_ARABIC_MARKS)
    return "".join(parts)
