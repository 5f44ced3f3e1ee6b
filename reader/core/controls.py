"""Control characters in a source: removed (but tab and newline) from its text, from what its
parse yields and from its front matter, noting the lines that had any (each gets a warning)."""

from __future__ import annotations

from markdown_it.token import Token

from reader.core.front_matter import FrontMatter
from reader.core.model import Correction
from reader.core.safe_text import strip_controls

CONTROLS_REMOVED = "removed control characters"


class ControlFilter:
    """Removes control characters from a source and from what its parse yields, noting the lines."""

    def __init__(self) -> None:
        self.lines: set[int] = set()

    def clean(self, text: str, line: int) -> str:
        """Return ``text`` without control characters, noting ``line`` if it had any."""
        cleaned = strip_controls(text)
        if cleaned != text:
            self.lines.add(line)
        return cleaned

    def source(self, text: str) -> str:
        """Clean a whole source, line by line, its line endings made newlines first."""
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        if strip_controls(text) == text:  # the usual source: one pass over it, not one a line
            return text
        lines = text.split("\n")
        return "\n".join(self.clean(line, number) for number, line in enumerate(lines, start=1))

    def tokens(self, tokens: list[Token], source: str) -> None:
        """Clean the tokens' texts and attributes parsed from a cleaned ``source``.

        Only what the parser decodes can bring control characters back: character references
        (``&#12;``) and, in an autolink's text, percent escapes (``<http://a%0Cb>``). A source with
        neither ``&`` nor ``%`` is left alone (a tenth of a build's time otherwise).
        """
        if "&" not in source and "%" not in source:
            return
        for token in tokens:
            line = token.map[0] + 1 if token.map else 1
            for item in (token, *(token.children or [])):
                item.content = self.clean(item.content, line)
                item.info = self.clean(item.info, line)
                for key, value in item.attrs.items():
                    if isinstance(value, str):
                        item.attrs[key] = self.clean(value, line)

    def front_matter(self, front: FrontMatter) -> FrontMatter:
        """Clean the metadata, which YAML escapes such as ``"\\e"`` can fill with control characters."""
        meta = {key: self.clean(value, front.line_of(key)) for key, value in front.meta.items()}
        line = front.line_of("corrections")
        corrections = tuple(Correction(*(self.clean(text, line) for text in item)) for item in front.corrections)
        return FrontMatter(meta, corrections, front.lines, front.article_id)
