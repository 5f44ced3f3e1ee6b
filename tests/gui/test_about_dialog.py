"""About this content: the editors' record of where the text came from, apart from what is printed."""

from __future__ import annotations

from pathlib import Path

from reader.core.bundle import Bundle
from reader.gui.about_dialog import about_html


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
