"""Exports: plain text and standalone HTML of the whole bundle or one section, and handouts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reader.core.bundle import Bundle
from reader.core.errors import BundleError, SectionNotFoundError
from reader.core.export import MEDICAL_NOTICE, export_sections, handout, to_html, to_text
from reader.core.limits import MAX_DOCUMENT_BYTES, check_document_size
from reader.core.model import ArticleInfo, Correction, Section

INFO = ArticleInfo(
    id="a",
    title='Title <with> "marks"',
    source="Supplied as notes.txt by a colleague",
    language='en" onload="x',
    edition="1",
    corrections=(Correction("old", "new", "a reason"),),
    public_source="Source & co",
)
SECTIONS = [
    Section("a", "a", None, 1, 0, "Title", "<h1>Title</h1>", ""),
    Section("b", "a", "a", 2, 1, "Part", "<h2>Part</h2><p>Text</p>", "A | B\n" + "word " * 40),
]


def test_text_underlines_headings_keeps_table_rows_and_wraps_prose() -> None:
    text = to_text([(INFO, SECTIONS)], width=40)
    lines = text.splitlines()
    assert lines[:3] == ['Title <with> "marks"', "Source: Source & co", "Edition: 1"]
    assert " ".join(lines[3:5]) == MEDICAL_NOTICE  # wrapped at 40 columns
    assert "notes.txt" not in text
    assert "Title\n=====" in text
    assert "Part\n----" in text
    assert all(len(line) <= 40 for line in lines if " | " not in line)
    assert "'old' -> 'new': a reason" in text


def test_html_is_standalone_and_escapes_metadata() -> None:
    html = to_html([(INFO, SECTIONS)], "p { margin: 0 }")
    assert html.startswith("<!DOCTYPE html>")
    assert '<html lang="en&quot; onload=&quot;x">' in html
    assert "<title>Title &lt;with&gt; &quot;marks&quot;</title>" in html
    assert "Source: Source &amp; co<br>Edition: 1<br>Information only; follow the advice" in html
    assert "notes.txt" not in html
    assert "p { margin: 0 }" in html
    assert "<h2>Part</h2><p>Text</p>" in html


def test_a_section_exports_with_its_sub_sections(shipped_bundle: Path) -> None:
    with Bundle.open(shipped_bundle) as bundle:
        ((info, sections),) = export_sections(bundle, "the-negative-effects-of-ketamine")
        assert [s.id for s in sections][:2] == [
            "ketamine-effects/the-negative-effects-of-ketamine",
            "ketamine-effects/dissociative-effects",
        ]
        item = handout(bundle, "hallucinations")
        assert item.title == info.title
        assert item.html.startswith('<h3 id="ketamine-effects/hallucinations">')
        with pytest.raises(SectionNotFoundError):
            handout(bundle, "nope")


def test_more_than_one_document_may_hold_is_refused() -> None:
    check_document_size(Path("b.sqlite"), "x" * MAX_DOCUMENT_BYTES)
    with pytest.raises(BundleError, match="4.0 MiB of text to lay out at once"):
        check_document_size(Path("b.sqlite"), "x" * (MAX_DOCUMENT_BYTES + 1))


def test_without_a_public_source_no_source_is_shown() -> None:
    info = INFO._replace(public_source="")
    assert to_text([(info, SECTIONS)]).splitlines()[:3] == ['Title <with> "marks"', "Edition: 1", MEDICAL_NOTICE]
    html = to_html([(info, SECTIONS)], "")
    assert "Source:" not in html
    assert "notes.txt" not in html


def test_a_handout_carries_the_public_source_the_notice_and_the_day_given(shipped_bundle: Path) -> None:
    with Bundle.open(shipped_bundle) as bundle:
        item = handout(bundle, "hallucinations", dt.date(2031, 2, 3))
    assert item.source == "Web article; original publisher and author not recorded"
    assert item.printed_on == dt.date(2031, 2, 3)
    assert item.notice == MEDICAL_NOTICE == "Information only; follow the advice of the clinician treating you."


def test_a_handout_is_dated_today_unless_told(shipped_bundle: Path) -> None:
    before = dt.date.today()
    with Bundle.open(shipped_bundle) as bundle:
        item = handout(bundle, None)
    assert before <= item.printed_on <= dt.date.today()
