"""packaging/translations.py and the wheel build hook: the interface's .ts sources compiled to
.qm files with PySide6's lrelease."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QTranslator

REPO = Path(__file__).resolve().parent.parent

SOURCE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Menus</name>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def translations() -> ModuleType:
    """packaging/translations.py, loaded by its path (``packaging`` is PyPI's name, not ours)."""
    spec = importlib.util.spec_from_file_location("translations", REPO / "packaging" / "translations.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_each_source_becomes_a_catalogue_qt_loads(translations: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "reader_fr.ts").write_text(SOURCE, encoding="utf-8")
    written = translations.compile_translations(tmp_path, tmp_path / "out")
    assert written == [tmp_path / "out" / "reader_fr.qm"]
    translator = QTranslator()
    assert translator.load(str(written[0]))
    assert translator.translate("Menus", "&View") == "Affic&hage"


def test_without_sources_nothing_is_written_and_lrelease_is_not_needed(
    translations: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing() -> Path:
        raise translations.TranslationError("pyside6-lrelease not found")

    monkeypatch.setattr(translations, "lrelease", missing)
    assert translations.compile_translations(tmp_path / "none", tmp_path / "out") == []
    assert not (tmp_path / "out").exists()


def test_a_broken_source_stops_the_build_in_one_line_naming_it(translations: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "reader_xx.ts").write_text(SOURCE[: SOURCE.index("<message>")], encoding="utf-8")
    with pytest.raises(translations.TranslationError, match=r"^lrelease failed on reader_xx\.ts: .+") as caught:
        translations.compile_translations(tmp_path, tmp_path)
    assert "\n" not in str(caught.value)


def test_missing_lrelease_is_one_line(
    translations: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "reader_fr.ts").write_text(SOURCE, encoding="utf-8")
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    monkeypatch.setattr(translations.importlib.util, "find_spec", lambda _name: None)
    monkeypatch.setattr(translations.shutil, "which", lambda _name: None)
    with pytest.raises(translations.TranslationError, match=r"^pyside6-lrelease not found .*PySide6-Essentials$"):
        translations.compile_translations(tmp_path, tmp_path)


def test_the_build_hook_compiles_for_the_wheel_only(tmp_path: Path) -> None:
    """hatch_build.py writes reader/i18n/*.qm for the wheel (and an editable install: the same
    target) and lists them as artifacts, since git ignores them; the sdist carries the sources."""
    pytest.importorskip("hatchling")
    spec = importlib.util.spec_from_file_location("hatch_build", REPO / "hatch_build.py")
    assert spec is not None
    assert spec.loader is not None
    hook_module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook_module)
    (tmp_path / "packaging").mkdir()
    (tmp_path / "packaging" / "translations.py").write_bytes((REPO / "packaging" / "translations.py").read_bytes())
    (tmp_path / "reader" / "i18n").mkdir(parents=True)
    (tmp_path / "reader" / "i18n" / "reader_fr.ts").write_text(SOURCE, encoding="utf-8")

    def run(target: str) -> list[str]:
        hook = hook_module.TranslationsHook(str(tmp_path), {}, None, None, str(tmp_path / "dist"), target)
        data: dict[str, list[str]] = {"artifacts": []}
        hook.initialize("standard", data)
        return data["artifacts"]

    assert run("sdist") == []
    assert not (tmp_path / "reader" / "i18n" / "reader_fr.qm").exists()
    assert run("wheel") == ["reader/i18n/reader_fr.qm"]
    assert (tmp_path / "reader" / "i18n" / "reader_fr.qm").is_file()
