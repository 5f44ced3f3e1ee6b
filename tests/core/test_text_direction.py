"""Right-to-left languages and an article's HTML made to read right to left (issue 16)."""

from __future__ import annotations

import pytest

from reader.core.text_direction import is_right_to_left, right_to_left_html

TABLE = (
    '<table border="1" cellspacing="0" cellpadding="4">\n<thead>\n<tr>\n<th>Age</th>\n'
    '<th style="text-align:right">Dose</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n</tr>\n'
    "</tbody>\n</table>"
)


@pytest.mark.parametrize(
    ("language", "expected"), [("ar", True), ("ar-EG", True), ("fa", True), ("he", True), ("ur", True), ("en", False)]
)
def test_right_to_left_languages(language: str, expected: bool) -> None:
    assert is_right_to_left(language) is expected
    assert not is_right_to_left("")


def test_blocks_get_a_direction_and_keep_their_own() -> None:
    html = '<h2 id="a-b">Humma</h2>\n<p>نص<br/>x</p>\n<ul>\n<li>one</li>\n</ul>\n<p dir="ltr">code</p>'
    assert right_to_left_html(html) == (
        '<h2 id="a-b" dir="rtl">Humma</h2>\n<p dir="rtl">نص<br/>x</p>\n<ul dir="rtl">\n<li dir="rtl">one</li>\n'
        '</ul>\n<p dir="ltr">code</p>'
    )


def test_a_table_s_cells_are_mirrored() -> None:
    out = right_to_left_html(TABLE)
    assert out.index(">Dose</th>") < out.index(">Age</th>")
    assert out.index(">2</td>") < out.index(">1</td>")
    assert '<table border="1" cellspacing="0" cellpadding="4" dir="rtl">' in out
    assert out.count("<t") == TABLE.count("<t")  # nothing lost


def test_a_row_holding_more_than_cells_is_left_as_it_is() -> None:
    nested = "<table><tr><td>a<table><tr><td>b</td></tr></table></td><td>c</td></tr></table>"
    out = right_to_left_html(nested)
    assert out.replace(' dir="rtl"', "") == nested
