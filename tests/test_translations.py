"""The translation sources (reader/i18n/reader_<lang>.ts): every word of the code in each, each
one translated, and the placeholders kept (issue 16). Compiling them is the build's, not these tests'."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from reader.core.locations import translations_dir
from reader.gui.i18n import ENGLISH, SUPPORTED

GUI = Path(__file__).resolve().parent.parent / "reader" / "gui"
TRANSLATED = [code for code in SUPPORTED if code != ENGLISH]
_PLACEHOLDER = re.compile(r"%(?:\d|n)")

Key = tuple[str, str, bool]  # context, English text, whether it has plural forms


def lupdate() -> Path:
    return Path(sys.executable).parent / ("pyside6-lupdate.exe" if sys.platform == "win32" else "pyside6-lupdate")


def messages(ts: Path) -> dict[Key, ET.Element]:
    """The messages of a .ts file (obsolete and vanished ones left out), by context and text."""
    found: dict[Key, ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            key = (context.findtext("name") or "", message.findtext("source") or "", message.get("numerus") == "yes")
            found[key] = message
    return found


@pytest.fixture(scope="module")
def in_the_code(tmp_path_factory: pytest.TempPathFactory) -> dict[Key, ET.Element]:
    """Every translatable text of the window's code, as pyside6-lupdate finds it today."""
    out = tmp_path_factory.mktemp("lupdate") / "reader_xx.ts"
    sources = sorted(str(path) for path in GUI.glob("*.py"))
    subprocess.run([str(lupdate()), "-silent", "-locations", "none", *sources, "-ts", str(out)], check=True)
    return messages(out)


def test_the_code_has_texts_to_translate(in_the_code: dict[Key, ET.Element]) -> None:
    assert ("Menus", "&File", False) in in_the_code
    assert ("HandoutActions", "Saved %n page(s) to %1", True) in in_the_code


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_text_of_the_code_is_in_each_language(language: str, in_the_code: dict[Key, ET.Element]) -> None:
    missing = sorted(set(in_the_code) - set(messages(translations_dir() / f"reader_{language}.ts")))
    assert not missing, f"run pyside6-lupdate (README, Adding a language): not in reader_{language}.ts: {missing}"


def test_english_has_every_plural(in_the_code: dict[Key, ET.Element]) -> None:
    plurals = {key for key in in_the_code if key[2]}
    assert plurals <= set(messages(translations_dir() / "reader_en.ts"))


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


@pytest.mark.parametrize("language", SUPPORTED)
def test_each_language_is_complete(language: str) -> None:
    unfinished = [
        key[1]
        for key, message in messages(translations_dir() / f"reader_{language}.ts").items()
        if message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
        or not all(form.strip() for form in _forms(message))
    ]
    assert not unfinished, f"reader_{language}.ts: {len(unfinished)} not translated, such as {unfinished[:3]}"


@pytest.mark.parametrize("language", SUPPORTED)
def test_placeholders_survive_translation(language: str) -> None:
    broken = []
    for (context, source, _plural), message in messages(translations_dir() / f"reader_{language}.ts").items():
        wanted = sorted(set(_PLACEHOLDER.findall(source)))
        for form in _forms(message):
            if form.strip() and sorted(set(_PLACEHOLDER.findall(form))) != wanted:
                broken.append(f"{context}: {source!r} -> {form!r}")
    assert not broken, f"reader_{language}.ts: placeholders lost or added: {broken}"


@pytest.mark.parametrize("language", SUPPORTED)
def test_each_file_says_its_language(language: str) -> None:
    root = ET.parse(translations_dir() / f"reader_{language}.ts").getroot()
    assert (root.get("language") or "").split("_")[0] == language
    assert root.get("sourcelanguage") == ENGLISH
