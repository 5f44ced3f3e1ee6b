"""A bundle whose SQLite index points a section's id at another row is refused when first opened:
the digest, and a pack's signature, cover the rows, not the indexes they are looked up through."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.bundle import Bundle
from reader.core.errors import BundleError
from reader.core.packs.install import DAMAGED, read_candidate
from reader.core.packs.keys import SecretKey
from reader.core.packs.trust import trusted_keys
from reader.core.packs.verify import open_pack
from reader.core.verified import VerifiedBundles, identity
from tests.core.packs_support import build_pack, trust

_PACK_TEXT = "Swelling.\n\n## Second part\n\nMore text.\n\n## Third part\n\nEven more.\n\n## Fourth\n\nLast."


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


def test_a_signed_pack_with_a_forged_index_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READER_TRUST", str(tmp_path / "trust-user"))
    monkeypatch.setenv("READER_SYSTEM_TRUST", str(tmp_path / "trust-machine"))
    secret = SecretKey.generate()
    trust(secret, tmp_path / "keys")
    pack = build_pack(tmp_path / "pack.sqlite", secret, article=("snake-bite", "Snake Bite", "Signs", _PACK_TEXT))
    _swap_index_rows(pack)  # the signature still holds: it covers the rows
    keys = trusted_keys()[0]
    candidate = read_candidate(pack, keys)  # what 'reader library add' reads
    assert candidate.status == DAMAGED
    assert "SQLite integrity check failed" in candidate.reason
    with pytest.raises(BundleError, match="SQLite integrity check failed"):
        open_pack(pack, keys)  # what the library reads from its folders


def test_a_file_an_earlier_release_verified_with_fewer_checks_is_verified_again(
    bundle_copy: Path, tmp_path: Path
) -> None:
    _swap_index_rows(bundle_copy)
    record = tmp_path / "verified.json"
    with Bundle.open(bundle_copy, verify=False) as forged:
        digest = forged.digest
    info = os.stat(bundle_copy)  # the identity a release without the check recorded
    old = f"{info.st_dev}:{info.st_ino}:{info.st_size}:{info.st_mtime_ns}:{info.st_ctime_ns}:{digest}"
    record.write_text(json.dumps({str(bundle_copy.resolve()): old}), encoding="utf-8")
    assert identity(bundle_copy, digest).endswith(old)
    with pytest.raises(BundleError, match="SQLite integrity check failed"):
        Bundle.open(bundle_copy, known=VerifiedBundles(record))
