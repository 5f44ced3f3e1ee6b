"""A section's matches marked as FTS5's ``highlight()`` marks them, for ASCII text, without SQL.

SQLite's unicode61 tokenizer splits ASCII text into runs of letters and digits and lower-cases them;
``highlight()`` marks each instance of a term or phrase from the start of its first word to the end
of its last, one region where instances overlap (FTS5's ``fts5CInstIterNext``). For ASCII text and
terms of ASCII letters and digits the same is found here with a pattern per term, in a fraction of
the time of a query per hit (``python -m bench.search``); anything else is left to FTS5 (None):
text with a NUL (FTS5 reads no further), and text over 16 KiB, where a hostile bundle's thousands
of overlapping matches are quicker found in C.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

_TOKEN = re.compile(r"[a-z0-9]+")
_TOKEN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_MAX_PATTERNS = 1024
_MAX_TEXT = 16 * 1024  # characters; a section's text is a few KiB


def marked(text: str, terms: Iterable[str], start: str, end: str) -> str | None:
    """``text`` with each match of ``terms`` (words, or phrases of words split by spaces) between
    ``start`` and ``end``, as ``highlight()`` marks a MATCH of them all joined by OR; None where
    FTS5 alone can tell (text or a term not of ASCII letters and digits, and the text above)."""
    if not text.isascii() or len(text) > _MAX_TEXT or "\x00" in text:
        return None
    lowered = text.lower()
    found: list[tuple[int, int]] = []
    for term in terms:
        pattern = _pattern(term)
        if pattern is None:
            return None
        if term.split(" ", 1)[0] in lowered:  # most terms are not in a given section at all
            found += _instances(pattern, lowered)
    if not found:
        return text
    found.sort()
    regions: list[list[int]] = []
    for first, last in found:
        if regions and first < regions[-1][1]:  # starts at or before the region's last word
            regions[-1][1] = max(regions[-1][1], last)
        else:
            regions.append([first, last])
    parts: list[str] = []
    done = 0
    for first, last in regions:
        parts += [text[done:first], start, text[first:last], end]
        done = last
    parts.append(text[done:])
    return "".join(parts)


def possible_terms(text: str, terms: Iterable[str]) -> list[str]:
    """The terms FTS5 may find in ``text``, for a MATCH to name: all but those it surely does not
    (in ASCII text without the term's first word, a term of ASCII letters and digits)."""
    if not text.isascii():
        return list(terms)
    lowered = text.lower()
    return [term for term in terms if _pattern(term) is None or term.split(" ", 1)[0] in lowered]


def _instances(pattern: re.Pattern[str], lowered: str) -> list[tuple[int, int]]:
    """Where a term's pattern finds it in lower-cased ASCII text, overlapping instances too (a
    phrase "a a" is twice in "a a a")."""
    found: list[tuple[int, int]] = []
    match = pattern.search(lowered)
    while match is not None:
        first = match.start()
        if first == 0 or lowered[first - 1] not in _TOKEN_CHARS:  # the start of a word
            found.append(match.span())
        match = pattern.search(lowered, first + 1)
    return found


@functools.lru_cache(maxsize=_MAX_PATTERNS)
def _pattern(term: str) -> re.Pattern[str] | None:
    """A term's words in lower-cased ASCII text, the last ending a word; its first starting a word
    is checked apart (a pattern that starts with its word is found ten times quicker). None for a
    term FTS5 may split or fold otherwise."""
    words = term.split(" ")
    if not all(_TOKEN.fullmatch(word) for word in words):
        return None
    return re.compile("[^a-z0-9]+".join(words) + "(?![a-z0-9])")
