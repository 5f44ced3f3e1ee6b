"""The record of bundles verified in full: a file unchanged since is not hashed again; a file
changed in any way (even with its times set back) is verified again and refused if damaged."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from reader.core import bundle as bundle_module
from reader.core.bundle import Bundle
from reader.core.errors import BundleError
from reader.core.verified import MAX_ENTRIES, VerifiedBundles


@pytest.fixture
def hashed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every digest computed while the test runs (one per full verification)."""
    computed: list[str] = []
    real = bundle_module.content_digest

    def counting(conn: sqlite3.Connection) -> str:
        computed.append(real(conn))
        return computed[-1]

    monkeypatch.setattr(bundle_module, "content_digest", counting)
    return computed


def test_an_unchanged_bundle_is_verified_once(bundle_copy: Path, tmp_path: Path, hashed: list[str]) -> None:
    record = tmp_path / "cache" / "verified.json"
    known = VerifiedBundles(record)
    Bundle.open(bundle_copy, known=known).close()
    known.save()
    assert len(hashed) == 1
    assert record.is_file()
    again = VerifiedBundles(record)
    with Bundle.open(bundle_copy, known=again) as bundle:
        assert len(hashed) == 1
        assert bundle.sections()[0].html  # sections still come cleaned, when read
    Bundle.open(bundle_copy).close()  # without a record: verified, as always
    assert len(hashed) == 2


def test_a_bundle_changed_in_place_with_its_times_set_back_is_verified_again(
    bundle_copy: Path, tmp_path: Path, hashed: list[str]
) -> None:
    record = tmp_path / "verified.json"
    known = VerifiedBundles(record)
    Bundle.open(bundle_copy, known=known).close()
    known.save()
    before = os.stat(bundle_copy)
    with sqlite3.connect(bundle_copy) as conn:
        conn.execute("UPDATE sections SET title = 'Forged' WHERE ord = (SELECT min(ord) FROM sections)")
    conn.close()
    os.utime(bundle_copy, ns=(before.st_atime_ns, before.st_mtime_ns))
    with pytest.raises(BundleError, match="does not match its digest"):
        Bundle.open(bundle_copy, known=VerifiedBundles(record))
    assert len(hashed) == 2


def test_a_replaced_file_is_verified_again(bundle_copy: Path, tmp_path: Path, hashed: list[str]) -> None:
    known = VerifiedBundles(tmp_path / "verified.json")
    Bundle.open(bundle_copy, known=known).close()
    copy = bundle_copy.with_name("other.sqlite")
    copy.write_bytes(bundle_copy.read_bytes())
    os.replace(copy, bundle_copy)  # same bytes, another file
    Bundle.open(bundle_copy, known=known).close()
    assert len(hashed) == 2


@pytest.mark.parametrize("text", ["", "not json", "[1, 2]", '{"a": 1}', "\x00\xff"])
def test_a_record_that_cannot_be_read_is_empty(tmp_path: Path, bundle_copy: Path, text: str) -> None:
    record = tmp_path / "verified.json"
    record.write_text(text, encoding="utf-8", errors="surrogateescape")
    known = VerifiedBundles(record)
    assert not known.knows(bundle_copy, "sha256:0")
    with Bundle.open(bundle_copy, known=known):
        pass
    known.save()
    assert VerifiedBundles(record).knows(bundle_copy, Bundle.open(bundle_copy, verify=False).digest)


def test_a_record_that_cannot_be_written_is_only_logged(
    tmp_path: Path, bundle_copy: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    known = VerifiedBundles(blocker / "verified.json")
    Bundle.open(bundle_copy, known=known).close()
    known.save()
    assert "cannot write" in caplog.text


def test_the_record_keeps_the_newest_entries(tmp_path: Path, bundle_copy: Path) -> None:
    record = tmp_path / "verified.json"
    known = VerifiedBundles(record)
    for n in range(MAX_ENTRIES + 5):
        known._entries[f"/gone/{n}.sqlite"] = "x"
    known.remember(bundle_copy, "sha256:1")
    known.save()
    again = VerifiedBundles(record)
    assert len(again._entries) == MAX_ENTRIES
    assert again.knows(bundle_copy, "sha256:1")
    assert not again.knows(bundle_copy, "sha256:2")


def test_the_library_hashes_a_bundle_only_on_its_first_open(bundle_copy: Path, hashed: list[str]) -> None:
    from reader.core.library import Library

    for _ in range(3):
        with Library.open([bundle_copy]) as library:
            assert library.articles()
    assert len(hashed) == 1
