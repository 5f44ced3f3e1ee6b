"""Snippets: a few words of a section around its matches, read as running text.

A section's stored text keeps the shape of its source for the plain-text export (reader/core/export.py):
a line per block, list items with their marker ("- ", "2. "), table rows with " | " between cells. A
snippet is read as prose, so here list markers go, a table's header row goes (its words are column
names, "Effect | Description"), a row reads "first cell: other cells", and each line ends as a sentence.
"""

from __future__ import annotations

import bisect
import re

from reader.core.search.results import MARK_END, MARK_START

SNIPPET_WORDS = 16
FIRST_SENTENCE_WORDS = 24
_LEAD = 4  # words of context before the first match, fewer where a sentence starts
_MAX_LINES = 200  # lines with matches looked at in a very long section
_MARKED = re.compile(f"{MARK_START}([^{MARK_END}]*){MARK_END}")
_CELL = " | "
_LIST_MARKER = re.compile(r"^(?:[-*+]|\d{1,9}[.)])\s+")
_SENTENCE_END = (".", "!", "?", ":", ";", "…")
_FINAL = (".", "!", "?", "…")


def prose(text: str) -> str:
    """The stored text of a section as one line of running text (matches' marks kept)."""
    lines = text.split("\n")
    units = (_unit(lines, number) for number in range(len(lines)))
    return " ".join(" ".join(unit for unit in units if unit).split())


def _unit(lines: list[str], number: int) -> str:
    """Line ``number`` of a stored text as a sentence of running text; "" for a blank line or a
    table's header row."""
    line = lines[number].strip()
    if not line:
        return ""
    if _CELL in line:
        before = lines[number - 1] if number else ""
        after = lines[number + 1] if number + 1 < len(lines) else ""
        if _CELL not in before and _CELL in after:
            return ""  # a table's header row: column names, not text
        cells = [cell for cell in (cell.strip() for cell in line.split(_CELL)) if cell]
        if not cells:
            return ""
        line = cells[0] + (": " + "; ".join(cells[1:]) if len(cells) > 1 else "")
    else:
        line = _LIST_MARKER.sub("", line)
    return line if line.rstrip(MARK_END).endswith(_SENTENCE_END) else line + "."


def snippet(text: str, size: int = SNIPPET_WORDS) -> str:
    """About ``size`` words of a section's marked text around the most distinct matches; with no
    match, its first sentence.

    Only the line (block, list item or table row) with the most distinct matches and those after it
    are made running text: a section can be long, and a search makes a snippet for every hit.
    """
    lines = text.split("\n")
    best_line, best_count = -1, 0
    at, looked = text.find(MARK_START), 0
    while at != -1 and looked < _MAX_LINES:
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at)
        line_end = len(text) if line_end == -1 else line_end
        count = len({m.casefold() for m in _MARKED.findall(text, line_start, line_end)})
        if count > best_count:
            number = text.count("\n", 0, line_start)
            if _unit(lines, number):
                best_line, best_count = number, count
        at, looked = text.find(MARK_START, line_end), looked + 1
    words: list[str] = []
    last = len(lines)
    for number in range(max(best_line, 0), len(lines)):
        words += _unit(lines, number).split()
        if len(words) >= size + FIRST_SENTENCE_WORDS:
            last = number + 1
            break
    if not words:
        return ""
    if best_line < 0:
        return _first_sentence(words)
    marked = _marked_words(" ".join(words))
    bare = [_bare(words[i]) for i in marked]
    everything = len(set(bare))
    best: tuple[int, int] = (-1, 0)
    lead = min(_LEAD, size // 3)
    for first, at in enumerate(marked):
        start = at
        while start > 0 and at - start < lead and not words[start - 1].rstrip(MARK_END).endswith(_FINAL):
            start -= 1
        distinct = len(set(bare[first : bisect.bisect_left(marked, start + size, lo=first)]))
        if distinct > best[0]:
            best = (distinct, start)
            if distinct == everything:
                break
    start = best[1]
    end = min(len(words), start + size)
    before = start > 0 or any(_unit(lines, number) for number in range(best_line))
    after = end < len(words) or any(line.strip() for line in lines[last:])
    return _balanced(words[start:end], before, after)


def _marked_words(joined: str) -> list[int]:
    """The indexes of the words with a mark's start, in words joined by single spaces (found by
    counting the spaces from one mark to the next, not by looking at each word of a long line)."""
    found: list[int] = []
    index = counted = 0
    at = joined.find(MARK_START)
    while at != -1:
        index += joined.count(" ", counted, at)
        counted = at
        found.append(index)
        next_word = joined.find(" ", at)
        at = -1 if next_word == -1 else joined.find(MARK_START, next_word)
    return found


def _first_sentence(words: list[str]) -> str:
    for i, word in enumerate(words[:FIRST_SENTENCE_WORDS]):
        if word.endswith(_FINAL):
            return " ".join(words[: i + 1])
    end = min(len(words), FIRST_SENTENCE_WORDS)
    return _balanced(words[:end], False, end < len(words))


def _bare(word: str) -> str:
    return word.replace(MARK_START, "").replace(MARK_END, "").strip(".,;:!?…()\"'").casefold()


def _balanced(words: list[str], cut_before: bool, cut_after: bool) -> str:
    """Join the words of a window, closing a mark it cuts (a phrase's mark spans words)."""
    text = " ".join(words)
    first_end, first_start = text.find(MARK_END), text.find(MARK_START)
    if first_end != -1 and (first_start == -1 or first_end < first_start):
        text = MARK_START + text
    if text.rfind(MARK_START) > text.rfind(MARK_END):
        text += MARK_END
    return ("…" if cut_before else "") + text + ("…" if cut_after else "")
