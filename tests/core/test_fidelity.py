"""Every sentence, table cell and list item of the original article reaches the reader unchanged.

The only differences allowed are the editorial corrections recorded in the front matter.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from reader.core.bundle import Bundle
from reader.core.model import Correction
from tests.conftest import ORIGINAL_TEXT

_BOUNDARY = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])")
_TAG = re.compile(r"<[^>]+>")


def sentences(text: str) -> list[str]:
    """Split a line into sentences; a leading enumeration ("2.") stays with its sentence."""
    parts: list[str] = []
    for piece in _BOUNDARY.split(text.strip()):
        if parts and re.fullmatch(r"\d+\.", parts[-1]):
            parts[-1] = f"{parts[-1]} {piece}"
        else:
            parts.append(piece)
    return [p for p in parts if p]


def cells(row: str) -> list[str]:
    """Return the cells of a pipe-table row."""
    return [cell.strip() for cell in row.strip().strip("|").split("|")]


def original_units(path: Path) -> list[str]:
    """The original article as an ordered list of sentences, table cells and list items."""
    units: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or re.fullmatch(r"\|?[\s|:-]+\|?", line):
            continue
        if line.lstrip().startswith("|"):
            units += cells(line)
        else:
            units += sentences(line.removeprefix("- "))
    return units


def bundle_units(bundle: Bundle) -> list[str]:
    """The bundle's text in reading order, cut the same way as the original."""
    units: list[str] = []
    for section in bundle.sections():
        units += sentences(section.title)
        for line in section.text.splitlines():
            units += cells(line) if " | " in line else sentences(line.removeprefix("- "))
    return units


def apply(corrections: tuple[Correction, ...], units: list[str]) -> list[str]:
    """The original units with each recorded replacement made."""
    result = []
    for unit in units:
        for correction in corrections:
            if correction.original:
                unit = unit.replace(correction.original, correction.corrected)
        result.append(unit)
    return result


@pytest.fixture
def bundle(shipped_bundle: Path) -> Bundle:
    return Bundle.open(shipped_bundle)


def test_original_has_content() -> None:
    units = original_units(ORIGINAL_TEXT)
    assert len(units) > 90
    assert "How long do medicstoregb of ketamine last?" in " ".join(units)


def test_no_sentence_lost_or_added(bundle: Bundle) -> None:
    (article,) = bundle.articles()
    expected = apply(article.corrections, original_units(ORIGINAL_TEXT))
    actual = bundle_units(bundle)
    additions = [c.corrected for c in article.corrections if not c.original]
    for added in additions:
        assert actual.count(added) == 1
        actual.remove(added)
    assert actual == expected


def test_corrections_are_recorded_and_applied(bundle: Bundle) -> None:
    (article,) = bundle.articles()
    spam = next(c for c in article.corrections if "medicstoregb" in c.original)
    assert spam.corrected == "How long do the effects of ketamine last?"
    assert spam.reason
    everything = " ".join(bundle_units(bundle))
    assert "medicstoregb" not in everything
    assert all(c.reason for c in article.corrections)


def test_html_carries_every_unit_of_its_text(bundle: Bundle) -> None:
    for section in bundle.sections():
        shown = " ".join(html.unescape(_TAG.sub(" ", section.html)).split())
        for line in section.text.splitlines():
            for unit in cells(line) if " | " in line else sentences(line.removeprefix("- ")):
                assert unit in shown, (section.id, unit)
