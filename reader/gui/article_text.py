"""The article as a screen reader reads it: running text without Qt's frame markers, tables row
by row with their header names, list items with their markers, and where the headings are.

Qt's own accessible text of a text document is the document's characters, with U+FDD0/U+FDD1
where a table begins and ends and each table cell a paragraph of its own: a screen reader spells
the markers and reads a table as a column of words. This text is made for listening, and keeps a
map back to the document so that the caret, the selection and character positions still agree.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextListFormat, QTextTable

# Characters the document has where a listener needs a space (a line break inside a paragraph, a
# no-break space); one for one, so offsets into the copied text stay offsets into the document.
_SPOKEN = str.maketrans({"\u2028": " ", "\u2029": " ", "\xa0": " ", "\ufdd0": " ", "\ufdd1": " ", "\t": " "})
_BULLETS = {QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListCircle, QTextListFormat.Style.ListSquare}
_END_PUNCTUATION = (".", "!", "?", ":", ";", "…")


@dataclass(frozen=True)
class Heading:
    """A heading of the article: its text, level (1 to 6), offset in the spoken text and position
    in the document."""

    text: str
    level: int
    offset: int
    position: int


@dataclass(frozen=True)
class _Piece:
    """A run of the spoken text: copied from the document at ``position`` (``copied`` characters,
    one for one), or words added for the listener (``copied`` 0) standing at ``position``."""

    start: int
    position: int
    copied: int


@dataclass
class ArticleText:
    """The spoken text of a document, its headings, and the map between its offsets (characters)
    and the document's positions (UTF-16 code units: a character beyond U+FFFF takes two)."""

    text: str = ""
    headings: list[Heading] = field(default_factory=list)
    _pieces: list[_Piece] = field(default_factory=list)

    @staticmethod
    def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
        """A text the listener hears, in the window's language (context "ArticleText").

        Called as ``ArticleText.tr(...)``, which lupdate reads as QObject's ``tr``: it takes the
        count given to ``QCoreApplication.translate`` in a variable for no count (Qt 6.11).
        """
        return QCoreApplication.translate("ArticleText", text, disambiguation, n)

    @classmethod
    def of(cls, document: QTextDocument) -> ArticleText:
        """Build the spoken text of a document."""
        builder = _Builder()
        block = document.begin()
        while block.isValid():
            table = QTextCursor(block).currentTable()
            if table is None:
                builder.add_block(block)
                block = block.next()
            else:
                builder.add_table(table)
                block = document.findBlock(table.lastPosition() + 1)
        return cls(builder.text(), builder.headings, builder.pieces)

    def position_of(self, offset: int) -> int:
        """The document position an offset of the spoken text stands for."""
        if not self._pieces:
            return 0
        index = max(0, bisect.bisect_right([piece.start for piece in self._pieces], offset) - 1)
        piece = self._pieces[index]
        taken = min(max(offset - piece.start, 0), piece.copied)
        return piece.position + _units(self.text[piece.start : piece.start + taken])

    def offset_of(self, position: int) -> int:
        """The offset in the spoken text of a document position (the nearest copied character
        before it, when the position itself was not copied)."""
        copied = [piece for piece in self._pieces if piece.copied]
        if not copied:
            return 0
        index = max(0, bisect.bisect_right([piece.position for piece in copied], position) - 1)
        piece = copied[index]
        units = max(position - piece.position, 0)
        taken = 0
        for character in self.text[piece.start : piece.start + piece.copied]:
            units -= _units(character)
            if units < 0:
                break
            taken += 1
        return piece.start + taken


def _units(text: str) -> int:
    """How many positions of a document (UTF-16 code units) a text takes."""
    return len(text) + sum(1 for character in text if ord(character) > 0xFFFF)


class _Builder:
    """Collects the spoken text piece by piece."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.pieces: list[_Piece] = []
        self.headings: list[Heading] = []

    def text(self) -> str:
        return "".join(self.parts)

    def _add(self, text: str, position: int, copied: bool) -> None:
        if text:
            self.pieces.append(_Piece(self.length, position, len(text) if copied else 0))
            self.parts.append(text)
            self.length += len(text)

    def add_block(self, block: QTextBlock) -> None:
        raw = block.text().translate(_SPOKEN)
        text = raw.strip()
        if not text:
            return
        start = block.position() + _units(raw) - _units(raw.lstrip())
        level = block.blockFormat().headingLevel()
        if level > 0:
            self.headings.append(Heading(" ".join(text.split()), level, self.length, start))
        text_list = block.textList()
        if text_list is not None:
            bullet = text_list.format().style() in _BULLETS
            marker = "•" if bullet else text_list.itemText(block).strip()
            self._add(f"{marker} ", start, copied=False)
        self._add(text, start, copied=True)
        self._add("\n", start + _units(text), copied=False)

    def add_table(self, table: QTextTable) -> None:
        """A table: a line naming its columns, then a line a row, each cell after its header."""
        headers = [_cell_text(table, 0, column)[1] for column in range(table.columns())]
        rows = table.rows() - 1
        named = ", ".join(header for header in headers if header)
        #: What a screen reader says before a table: %n its rows (under the header), %1 its columns' names
        said = ArticleText.tr("Table, %n row(s): %1.", "", rows).replace("%1", named)
        self._add(f"{said}\n", table.firstPosition(), copied=False)
        for row in range(1, table.rows()):
            for column in range(table.columns()):
                position, text = _cell_text(table, row, column)
                if column:
                    self._add(" ", position, copied=False)
                if headers[column]:
                    self._add(f"{headers[column]}: ", position, copied=False)
                self._add(text, position, copied=True)
                if text and not text.endswith(_END_PUNCTUATION):
                    self._add(".", position + _units(text), copied=False)
            self._add("\n", table.cellAt(row, table.columns() - 1).lastPosition(), copied=False)


def _cell_text(table: QTextTable, row: int, column: int) -> tuple[int, str]:
    """A cell's first position and its text (its paragraphs joined by spaces, one for one)."""
    cell = table.cellAt(row, column)
    cursor = cell.firstCursorPosition()
    start = cursor.position()
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
    return start, cursor.selectedText().translate(_SPOKEN).rstrip()
