"""Queries: what a person typed, parsed into folded words, a prefix and "quoted phrases"; the
words left out when there are others; the pattern that marks matches in the text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from reader.core.text import words

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
    """A regular expression (Python and Qt syntax) matching the terms and phrases as whole words."""
    parts = [r"\s+".join(re.escape(w) for w in phrase.split()) for phrase in phrases]
    parts += [re.escape(term) for term in sorted(terms, key=len, reverse=True)]
    if not parts:
        return ""
    return r"\b(?:" + "|".join(parts) + r")\b"
