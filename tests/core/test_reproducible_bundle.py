"""The content bundle is reproducible: the same sources, built in two folders, give the same bytes
and the same digest, dated SOURCE_DATE_EPOCH (the release build sets it: packaging/reproducible.py)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from reader.core.builder import build_bundle
from reader.core.errors import ReaderError
from reader.core.locations import articles_dir, stylesheet_path, synonyms_path

EPOCH = "1700000000"  # 2023-11-14T22:13:20Z


def _build_in(folder: Path) -> tuple[str, Path]:
    """Copy the shipped sources into FOLDER/sources and build them into FOLDER/out/content.sqlite."""
    sources = folder / "sources"
    shutil.copytree(articles_dir(), sources)
    out = folder / "out" / "content.sqlite"
    out.parent.mkdir()
    digest, _warnings = build_bundle(sources, out, stylesheet_path(), synonyms_path())
    return digest, out


def _built_at(bundle: Path) -> str:
    with sqlite3.connect(bundle) as conn:
        (value,) = conn.execute("SELECT value FROM meta WHERE key = 'built_at'").fetchone()
    return str(value)


def test_two_builds_of_the_same_sources_are_byte_identical(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    first_digest, first = _build_in(tmp_path / "a")
    second_digest, second = _build_in(tmp_path / "b")
    assert _built_at(first) == "2023-11-14T22:13:20+00:00"
    assert first_digest == second_digest
    assert first.read_bytes() == second.read_bytes()
    assert str(tmp_path).encode() not in first.read_bytes()  # no build path inside


def test_another_source_date_gives_another_build_date(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    _digest, bundle = _build_in(tmp_path)
    assert _built_at(bundle) == "1970-01-01T00:00:00+00:00"


@pytest.mark.parametrize("epoch", ["yesterday", "-1", "99999999999999999999"])
def test_a_source_date_that_is_not_a_unix_time_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, epoch: str
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    with pytest.raises(ReaderError, match=r"^SOURCE_DATE_EPOCH is .*, not a Unix time"):
        _build_in(tmp_path)
    assert not (tmp_path / "out" / "content.sqlite").exists()
