"""Whether a string is a word of the content's language, from a well-kept word-frequency list.

Search corrects and suggests only for strings that are not words: a real word the content does not
contain is reported absent, never turned into another word ("kids" is not a typo of "is"). The list
is pyspellchecker's (``spellchecker/resources/en.json.gz``: 160,572 English words, 636 KiB), read on
first use, which is when a query holds a word the content does not know (about 30 ms; parsing it as
JSON took 130 ms). Its lines are ``"word": count,``; they are kept as bytes, sorted (already so, which
costs the sort next to nothing), and looked up by bisection. pyspellchecker has lists for en, es, fr,
pt, de, it, ru, ar, lv, eu, nl and fa; for another language (Swahili) there is none and every unknown
string may be corrected. Only English is shipped in the frozen app today (build.spec, packaging/trim.py).
"""

from __future__ import annotations

import bisect
import functools
import gzip
import re
from importlib import resources

from reader.core.text import fold

_ENTRY = re.compile(r'^"(.*)": ', re.MULTILINE)


class Lexicon:
    """The words of one language, from the lines of a pyspellchecker word-frequency list."""

    def __init__(self, data: bytes) -> None:
        self._lines = data.split(b"\n")
        self._lines.sort()
        # Search folds accents away ("zurich", "fievre"); the list writes them ("zürich", "fièvre"): a
        # few hundred English words, most of an Arabic list. Folded a character at a time (what fold
        # does to a word is what it does to each of its characters) in one pass: half the time (Arabic
        # 1.0-1.1 s to 0.5 s, French 0.45-0.5 s to 0.2 s on the loaded project machine).
        accented = b"\n".join(line for line in self._lines if not line.isascii()).decode("utf-8", "replace")
        entries = "\n".join(_ENTRY.findall(accented))
        table = {ord(ch): fold(ch) for ch in set(entries)}
        self._folded = frozenset(entries.translate(table).split("\n")) - {""}

    def __len__(self) -> int:
        return sum(1 for line in self._lines if line.startswith(b'"'))

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        key = b'"' + word.encode() + b'": '
        at = bisect.bisect_left(self._lines, key)
        return (at < len(self._lines) and self._lines[at].startswith(key)) or word in self._folded


def is_word(lexicon: Lexicon | None, word: str) -> bool:
    """Whether a folded word is a word of the language (or a number or code, which is never corrected).

    Without a list for the language, nothing is known to be a word, and any unknown string may be
    corrected.
    """
    if any(ch.isdigit() for ch in word):
        return True
    return lexicon is not None and word in lexicon


@functools.cache
def lexicon(language: str) -> Lexicon | None:
    """The word list of a language ('en', 'en-GB': its first part), read once; None if none is shipped."""
    import spellchecker  # here, so that PyInstaller sees the package

    code = language.split("-")[0].split("_")[0].lower()
    if not code.isalpha():
        return None
    path = resources.files(spellchecker) / "resources" / f"{code}.json.gz"
    if not path.is_file():
        return None
    return Lexicon(gzip.decompress(path.read_bytes()))
