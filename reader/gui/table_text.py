"""The selected text as plain text, tables as tab-separated cells, one row a line."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextTable

# Qt's plain text puts each table cell on a line of its own; pasted into a note or a spreadsheet,
# a table must keep its rows and columns.
_SPACES = str.maketrans({"\u2028": " ", "\u2029": " ", "\xa0": " ", "\t": " "})


def selection_has_table(cursor: QTextCursor) -> bool:
    """Whether the selection starts, ends or passes through a table."""
    document = cursor.document()
    block = document.findBlock(cursor.selectionStart())
    while block.isValid() and block.position() <= cursor.selectionEnd():
        if QTextCursor(block).currentTable() is not None:
            return True
        block = block.next()
    return False


def _cell_text(table: QTextTable, row: int, column: int) -> str:
    cell = table.cellAt(row, column)
    cursor = cell.firstCursorPosition()
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
    return " ".join(cursor.selectedText().translate(_SPACES).split())


def selection_text(cursor: QTextCursor) -> str:
    """The selected text: paragraphs one a line, a table's cells separated by tabs, a row a line."""
    table = cursor.currentTable()
    if cursor.hasComplexSelection() and table is not None:  # whole cells of one table
        cells: tuple[int, int, int, int] = cursor.selectedTableCells()  # type: ignore[assignment]
        first_row, rows, first_column, columns = cells
        return "\n".join(
            "\t".join(_cell_text(table, row, column) for column in range(first_column, first_column + columns))
            for row in range(first_row, first_row + rows)
        )
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    lines: list[str] = []
    row: dict[int, list[str]] = {}
    row_key: tuple[int, int] | None = None

    def end_row() -> None:
        if row:
            lines.append("\t".join(" ".join(row.get(column, [])) for column in range(max(row) + 1)))
        row.clear()

    block = cursor.document().findBlock(start)
    while block.isValid() and block.position() < end:
        offset = block.position()
        text = block.text()[max(start, offset) - offset : min(end, offset + block.length() - 1) - offset]
        text = text.translate(_SPACES).strip()
        table = QTextCursor(block).currentTable()
        if table is None:
            end_row()
            row_key = None
            lines.append(text)
        else:
            cell = table.cellAt(block.position())
            key = (table.firstPosition(), cell.row())
            if key != row_key:
                end_row()
                row_key = key
            if text:
                row.setdefault(cell.column(), []).append(text)
            else:
                row.setdefault(cell.column(), [])
        block = block.next()
    end_row()
    return "\n".join(lines)
