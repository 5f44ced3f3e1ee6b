"""About this content: the editors' record of where the text came from, apart from what is printed."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.core.bundle import Bundle
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
