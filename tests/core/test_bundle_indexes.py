"""A bundle whose SQLite index points a section's id at another row is refused when first opened:
the digest, and a pack's signature, cover the rows, not the indexes they are looked up through."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.bundle import Bundle
from reader.core.errors import BundleError
from reader.core.verified import VerifiedBundles


def _swap_index_rows(path: Path) -> tuple[str, str]:
    """Point the id index's entries of two sections at each other's rows, leaving every row (so
    the digest) as it was, as a byte editor would; return the two ids. Sections no other section
    is under: the row checks look parents up by id, and would see a swapped parent."""
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT id, ord FROM sections WHERE ord BETWEEN 2 AND 127"
            " AND id NOT IN (SELECT parent_id FROM sections WHERE parent_id IS NOT NULL) ORDER BY ord"
        ).fetchall()
    data = bytearray(path.read_bytes())
    # An index entry's record: header size 3, the id's serial type (text), 1 (a one-byte integer);
    # then the id and its row number (ord).
    at: dict[str, int] = {}
    for section_id, _order in rows:
        raw = section_id.encode()
        entry = bytes([3, 2 * len(raw) + 13, 1]) + raw
        start = data.find(entry)
        if start != -1 and data.find(entry, start + 1) == -1:
            at[section_id] = start + len(entry)  # where the row number is
    (first, second), orders = list(at)[:2], dict(rows)
    assert data[at[first]] == orders[first]
    assert data[at[second]] == orders[second]
    data[at[first]], data[at[second]] = orders[second], orders[first]
    path.write_bytes(bytes(data))
    return first, second


def test_an_index_pointing_an_id_at_another_row_is_refused(bundle_copy: Path) -> None:
    with Bundle.open(bundle_copy) as bundle:
        titles = {section.id: section.title for section in bundle.sections()}
    first, second = _swap_index_rows(bundle_copy)
    with Bundle.open(bundle_copy, verify=False) as unverified:  # what the forgery would show
        unverified.verify_digest()  # the rows, so the digest, are as built
        assert unverified.section(first).title == titles[second]
    with pytest.raises(BundleError, match="SQLite integrity check failed"):
        Bundle.open(bundle_copy)


def test_it_is_refused_once_even_where_it_was_verified_before(bundle_copy: Path, tmp_path: Path) -> None:
    known = VerifiedBundles(tmp_path / "verified.json")
    with Bundle.open(bundle_copy, known=known):
        pass
    _swap_index_rows(bundle_copy)  # a new file (its identity changes), so verified anew
    with pytest.raises(BundleError, match="SQLite integrity check failed"):
        Bundle.open(bundle_copy, known=known)


def test_check_names_the_file_in_one_line(bundle_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _swap_index_rows(bundle_copy)
    assert main(["check", "--bundle", str(bundle_copy)]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert str(bundle_copy) in err
    assert "integrity" in err
