"""The content shipped with the reader is the pack ``reader-articles`` (resources/articles/pack.yaml):
the packaging's content step signs it when READER_SIGN_KEY names a key, it loads whoever signed it
(trusted by where it is), and a pack of its id is placed beside it (issue 14)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core import locations
from reader.core.library import SHIPPED, Library
from reader.core.packs.install import OTHER_KEY, PackRefused, add_pack, inspect_pack, known_packs, shipped_pack
from reader.core.packs.keys import SecretKey, write_key_pair
from reader.core.packs.manifest import PackInfo
from reader.core.packs.pack_file import read_pack_file
from reader.core.packs.trust import trusted_keys
from tests.core.packs_support import build_pack, snapshot, trust

ROOT = Path(__file__).resolve().parents[2]
PROJECT = SecretKey(b"\x0b" * 32)
"""Stands in for the project's key: never trusted by the clinic of these tests."""
CLINIC_PUBLISHER = SecretKey(b"\x0c" * 32)
ARTICLES = "reader-articles"


def _meta(path: Path) -> dict[str, str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return {str(key): str(value) for key, value in conn.execute("SELECT key, value FROM meta")}
    finally:
        conn.close()


def _content_step(work: Path, key: Path | None) -> Path:
    """Run ``python packaging/build.py content`` with READER_SIGN_KEY set to ``key`` (or unset)."""
    env = {k: v for k, v in os.environ.items() if k != "READER_SIGN_KEY"}
    if key is not None:
        env["READER_SIGN_KEY"] = str(key)
    command = [sys.executable, "packaging/build.py", "content", "--work", str(work)]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False, timeout=300)
    assert done.returncode == 0, done.stderr
    return work / "content" / "content.sqlite"


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The content step's bundle signed with the project's key, and unsigned (built once)."""
    root = tmp_path_factory.mktemp("content")
    (root / "keys").mkdir()
    key, _ = write_key_pair(root / "keys" / "project", PROJECT)
    return _content_step(root / "signed", key), _content_step(root / "unsigned", None)


def test_the_shipped_sources_are_a_pack() -> None:
    pack = read_pack_file(locations.articles_dir())
    assert pack == PackInfo(ARTICLES, "Health articles shipped with the reader", "reader developers", 1)
    found = shipped_pack()
    assert found is not None
    assert (found.pack, found.origin, found.key_id) == (pack, SHIPPED, "")


def test_the_content_step_signs_with_reader_sign_key_and_not_without(shipped: tuple[Path, Path]) -> None:
    signed, unsigned = (_meta(path) for path in shipped)
    assert (signed["pack_id"], signed["pack_version"]) == (ARTICLES, "1")
    assert signed["pack_key_id"] == PROJECT.public.key_id
    assert signed["signature"].startswith("ed25519:")
    assert unsigned["pack_id"] == ARTICLES
    assert "signature" not in unsigned
    assert "pack_key_id" not in unsigned


@pytest.mark.parametrize("signed", [True, False])
def test_the_shipped_bundle_loads_signed_by_an_untrusted_key_or_unsigned(
    shipped: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, signed: bool
) -> None:
    monkeypatch.setattr(locations, "shipped_bundle", lambda: shipped[0 if signed else 1])
    assert PROJECT.public.key_id not in trusted_keys()[0]
    with Library.open() as library:
        (entry,) = library.entries()
        assert entry.origin == SHIPPED
        assert entry.articles == ("ketamine-effects",)
        assert entry.pack is not None
        assert entry.pack.id == ARTICLES
        assert entry.key_id == (PROJECT.public.key_id if signed else "")
        assert library.notices == []


@pytest.fixture
def stick(tmp_path: Path, shipped: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> Path:
    """A frozen reader shipping reader-articles v1 signed by the project; the clinic trusts only
    another publisher, whose packs of the shipped id are on the stick."""
    monkeypatch.setattr(locations, "shipped_bundle", lambda: shipped[0])
    trust(CLINIC_PUBLISHER, tmp_path / "keys")
    build_pack(tmp_path / "usb" / "articles-v2.sqlite", CLINIC_PUBLISHER, pack_id=ARTICLES, version=2)
    return tmp_path / "usb"


def test_a_pack_of_the_shipped_id_from_another_key_is_refused(stick: Path) -> None:
    keys = trusted_keys()[0]
    before = snapshot(locations.user_library_dir())
    offered = inspect_pack(stick / "articles-v2.sqlite", keys, known_packs(keys))
    assert offered.status == OTHER_KEY
    assert "the content shipped with the reader" in offered.reason
    with pytest.raises(PackRefused, match="only its publisher's key can update it"):
        add_pack(stick / "articles-v2.sqlite", keys)
    assert snapshot(locations.user_library_dir()) == before


def test_an_update_of_the_shipped_content_must_be_newer(
    stick: Path, monkeypatch: pytest.MonkeyPatch, shipped: tuple[Path, Path]
) -> None:
    monkeypatch.setattr(locations, "shipped_bundle", lambda: shipped[1])  # unsigned: only the version counts
    keys = trusted_keys()[0]
    build_pack(stick / "articles-v1.sqlite", CLINIC_PUBLISHER, pack_id=ARTICLES, version=1)
    with pytest.raises(PackRefused, match=r"version 1 is already installed \(the content shipped with the reader\)"):
        add_pack(stick / "articles-v1.sqlite", keys)
    added = add_pack(stick / "articles-v2.sqlite", keys)
    assert (added.status, added.installed_version) == ("update", 1)


def test_a_pack_the_shipped_content_has_overtaken_is_left_out(
    stick: Path, monkeypatch: pytest.MonkeyPatch, shipped: tuple[Path, Path]
) -> None:
    """A clinic added reader-articles v1 (forced); the reader it runs ships v1 too: the shipped
    articles are read, the pack is named in a notice."""
    monkeypatch.setattr(locations, "shipped_bundle", lambda: shipped[1])
    build_pack(stick / "articles-v1.sqlite", CLINIC_PUBLISHER, pack_id=ARTICLES, version=1, article=_SHADOW)
    add_pack(stick / "articles-v1.sqlite", trusted_keys()[0], allow_downgrade=True)
    with Library.open() as library:
        assert [entry.origin for entry in library.entries()] == [SHIPPED]
        (notice,) = library.notices
        assert notice.reason == f"left out: pack {ARTICLES} version 1, the reader ships 1"


_SHADOW = ("ketamine-effects", "Old Ketamine", "Old part", "An older text of the shipped article.")
