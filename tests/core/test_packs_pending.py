"""Replacing a pack a reader has open (Windows refuses the rename): the verified copy waits beside
the installed edition and the next start finishes the replacement; the library is never half
changed (issue 14). Windows is stood in for by an ``os.replace`` that fails as it does there."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.core.library import Library
from reader.core.locations import log_dir
from reader.core.packs.install import UPDATE, PackRefused, add_pack, installed_packs, remove_pack
from reader.core.packs.keys import SecretKey
from reader.core.packs.pending import pending_path
from reader.core.packs.trust import trusted_keys
from tests.core.packs_support import build_pack, hold_open, snapshot, trust

PUBLISHER = SecretKey(b"\x07" * 32)


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    """The publisher trusted, snake-pack v1 installed in the user's library; v2 and v3 on the stick."""
    trust(PUBLISHER, tmp_path / "keys")
    stick = tmp_path / "usb"
    add_pack(build_pack(stick / "v1.sqlite", PUBLISHER, version=1), trusted_keys()[0])
    build_pack(stick / "v2.sqlite", PUBLISHER, version=2)
    build_pack(stick / "v3.sqlite", PUBLISHER, version=3)
    return stick


def _library() -> Path:
    return Path(str(installed_packs(trusted_keys()[0])[0].path.parent))


def _versions() -> dict[str, str]:
    """The pack version each open library bundle says it is."""
    with Library.open() as library:
        return {b.path.name: b.meta.get("pack_version", "") for b in library.bundles if b.meta.get("pack_id")}


def test_an_update_of_an_open_pack_waits_verified_and_the_next_start_finishes_it(
    usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed = _library() / "snake-pack.sqlite"
    before = installed.read_bytes()
    with monkeypatch.context() as windows:
        hold_open(windows, installed)
        added = add_pack(usb / "v2.sqlite", trusted_keys()[0])
        assert added.waiting
        assert installed.read_bytes() == before  # the installed edition is untouched
        assert pending_path(installed).read_bytes() == (usb / "v2.sqlite").read_bytes()
        assert _versions() == {"snake-pack.sqlite": "1"}  # still open at this start: v1 is read, whole
        assert pending_path(installed).exists()
    assert _versions() == {"snake-pack.sqlite": "2"}  # the next start, the file no longer held
    assert not pending_path(installed).exists()
    log = (log_dir() / "library.log").read_text(encoding="utf-8")
    assert "to replace" in log
    assert "finished the update of pack 'snake-pack' to version 2" in log


def test_without_windows_the_update_replaces_at_once(usb: Path) -> None:
    added = add_pack(usb / "v2.sqlite", trusted_keys()[0])
    assert not added.waiting
    assert not pending_path(_library() / "snake-pack.sqlite").exists()
    assert _versions() == {"snake-pack.sqlite": "2"}


def test_a_waiting_update_counts_as_installed_and_a_newer_one_takes_its_place(
    usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed = _library() / "snake-pack.sqlite"
    hold_open(monkeypatch, installed)
    add_pack(usb / "v2.sqlite", trusted_keys()[0])
    before = snapshot(installed.parent)
    with pytest.raises(PackRefused, match="version 2 is already installed"):
        add_pack(usb / "v2.sqlite", trusted_keys()[0])
    assert snapshot(installed.parent) == before
    statuses = {entry.path.name: entry.pack.version for entry in installed_packs(trusted_keys()[0]) if entry.pack}
    assert statuses == {"snake-pack.sqlite": 1, ".snake-pack.sqlite.pending": 2}
    added = add_pack(usb / "v3.sqlite", trusted_keys()[0])
    assert added.waiting
    assert added.installed_version == 2
    assert pending_path(installed).read_bytes() == (usb / "v3.sqlite").read_bytes()
    assert added.status == UPDATE


def test_a_waiting_update_changed_since_is_dropped_and_the_installed_edition_stays(
    usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed = _library() / "snake-pack.sqlite"
    with monkeypatch.context() as windows:
        hold_open(windows, installed)
        add_pack(usb / "v2.sqlite", trusted_keys()[0])
    waiting = pending_path(installed)
    conn = sqlite3.connect(waiting)
    conn.execute("UPDATE sections SET text = 'Cut the bite open.' WHERE level = 2")
    conn.commit()
    conn.close()
    with Library.open() as library:
        assert [b.meta["pack_version"] for b in library.bundles if b.path == installed] == ["1"]
        assert any("an update that waited was dropped" in notice.reason for notice in library.notices)
    assert not waiting.exists()


def test_removing_a_pack_removes_its_waiting_update_too(usb: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    installed = _library() / "snake-pack.sqlite"
    hold_open(monkeypatch, installed)
    add_pack(usb / "v2.sqlite", trusted_keys()[0])
    removed = remove_pack("snake-pack")
    assert set(removed) == {installed, pending_path(installed)}
    assert snapshot(installed.parent) == {}


def test_a_pack_open_on_windows_cannot_be_removed_and_the_reader_says_to_close_it(
    usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed = _library() / "snake-pack.sqlite"
    before = snapshot(installed.parent)

    def unlink(self: Path, missing_ok: bool = False) -> None:
        raise PermissionError(13, "Access is denied", str(self))

    monkeypatch.setattr(Path, "unlink", unlink)
    with pytest.raises(PackRefused, match="close the reader, then remove it again") as refused:
        remove_pack("snake-pack")
    assert str(installed) in str(refused.value)
    assert snapshot(installed.parent) == before
