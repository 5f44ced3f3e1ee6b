"""The window's searches are typed in the interface's language: in a library of several languages,
a word that is a typo in English is corrected, not taken for a word of another language."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.core.builder import build_bundle
from reader.core.locations import articles_dir, stylesheet_path, synonyms_path
from tests.gui.conftest import window_factory

DATA = Path(__file__).resolve().parents[1] / "data" / "languages"


@pytest.fixture(scope="module")
def english_and_spanish(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = tmp_path_factory.mktemp("en-es")
    for article in [*articles_dir().glob("*.md"), DATA / "fiebre.md"]:
        shutil.copy(article, source)
    out = source.parent / "en-es.sqlite"
    build_bundle(source, out, stylesheet_path(), synonyms_path())
    return out


def test_a_typo_of_an_english_word_is_corrected_in_a_library_with_spanish(
    english_and_spanish: Path, config_folder: Path, qtbot: QtBot
) -> None:
    with window_factory(english_and_spanish, config_folder, qtbot) as make:
        window = make()
        window.search_controller.search("depresion")  # Spanish "depresión", an English typo
        status = window.search_controller.panel.status.text()
        assert "Showing results for" in status
        assert "depression" in status
