"""About this content: the editors' record of where the text came from, apart from what is printed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument, QTextTable, QTextTableCell
from pytestqt.qtbot import QtBot

from reader.core.bundle import Bundle
from reader.core.catalog import BundleRow
from reader.gui import about_dialog
from reader.gui.about_dialog import about_html
from reader.gui.application import create_application


def test_about_keeps_the_provenance_and_names_the_printed_source(shipped_bundle: Path) -> None:
    with Bundle.open(shipped_bundle) as bundle:
        page = about_html(bundle.articles(), bundle.meta)
    assert "Web article supplied to the project as plain text (ketamine-effects.txt)" in page
    assert "<b>Provenance</b>" in page
    assert "<b>Source (printed)</b></td><td>Web article; original publisher and author not recorded" in page


def test_about_says_when_handouts_print_no_source(shipped_bundle: Path) -> None:
    with Bundle.open(shipped_bundle) as bundle:
        articles = [info._replace(public_source="") for info in bundle.articles()]
        page = about_html(articles, bundle.meta)
    assert "none: handouts print no source" in page


def test_licences_tab_shows_what_the_app_ships(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, shipped_bundle: Path
) -> None:
    folder = tmp_path / about_dialog.LICENCES
    folder.mkdir(parents=True)
    (folder / about_dialog.NOTICES).write_text("PySide6_Essentials 6.11.3: LGPL-3.0-only\n", encoding="utf-8")
    (folder / "LGPL-3.0-only.txt").write_text("GNU LESSER GENERAL PUBLIC LICENSE\n", encoding="utf-8")
    monkeypatch.setattr(about_dialog, "program_dir", lambda: tmp_path)
    create_application()
    with Bundle.open(shipped_bundle) as bundle:
        dialog = about_dialog.AboutDialog(bundle.articles(), bundle.meta)
    qtbot.addWidget(dialog)
    assert dialog.tabs.tabText(1) == "&Licences"
    text = dialog.licences.toPlainText()
    assert text.startswith("PySide6_Essentials 6.11.3: LGPL-3.0-only")
    assert "==== LGPL-3.0-only.txt ====" in text
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text


def test_licences_tab_from_source_says_where_the_licences_are(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(about_dialog, "program_dir", lambda: tmp_path)
    text = about_dialog.licences_text()
    assert "Apache License 2.0" in text
    assert "LGPL-3.0" in text


def _cells(document: QTextDocument) -> list[list[str]]:
    """The first row of each table of a document, cell by cell as laid out from the left."""
    rows = []
    for frame in document.rootFrame().childFrames():
        if isinstance(frame, QTextTable):
            rows.append([_cell_text(frame.cellAt(0, column)) for column in range(frame.columns())])
    return rows


def _cell_text(cell: QTextTableCell) -> str:
    cursor = cell.firstCursorPosition()
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def test_right_to_left_the_tables_are_mirrored_and_paths_keep_their_direction(
    qtbot: QtBot, shipped_bundle: Path
) -> None:
    app = create_application()
    rows = [BundleRow("/lib/a.sqlite", "shipped", "sha256:1", "ok")]
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        with Bundle.open(shipped_bundle) as bundle:
            dialog = about_dialog.AboutDialog(bundle.articles(), bundle.meta, rows)
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qtbot.addWidget(dialog)
    source = _cells(dialog.text.document())[0]
    assert source[1] == "Source (printed)"  # the label on the right, its value on its left
    assert source[0] == "\u2068Web article; original publisher and author not recorded\u2069"
    assert _cells(dialog.library.document())[0] == ["Check", "Digest", "Found in", "File"]
    assert "\u2068/lib/a.sqlite\u2069" in dialog.library.toPlainText()  # not "lib/a.sqlite/"


def test_left_to_right_nothing_is_mirrored(qtbot: QtBot, shipped_bundle: Path) -> None:
    create_application()
    with Bundle.open(shipped_bundle) as bundle:
        dialog = about_dialog.AboutDialog(
            bundle.articles(), bundle.meta, [BundleRow("/lib/a.sqlite", "user", "", "ok")]
        )
    qtbot.addWidget(dialog)
    assert _cells(dialog.text.document())[0][0] == "Source (printed)"
    assert _cells(dialog.library.document())[0] == ["File", "Found in", "Digest", "Check"]
    assert "\u2068" not in dialog.library.toPlainText() + dialog.text.toPlainText()
