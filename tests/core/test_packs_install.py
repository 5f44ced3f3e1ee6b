"""Adding packs to the library: every refusal leaves the library byte-for-byte as it was (issue 14)."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from reader.core.library import Library
from reader.core.locations import log_dir
from reader.core.packs import install
from reader.core.packs.install import (
    DAMAGED,
    INSTALLED,
    NEW,
    NOT_A_BUNDLE,
    OLDER,
    OTHER_KEY,
    UNSIGNED,
    UNTRUSTED,
    UPDATE,
    PackRefused,
    add_pack,
    copy_file,
    inspect_pack,
    installed_packs,
    remove_pack,
)
from reader.core.packs.keys import PublicKey, SecretKey
from reader.core.packs.trust import trusted_keys
from tests.core.packs_support import build_pack, snapshot, trust

MALARIA = ("malaria", "Malaria", "Quinfrax fever pattern", "Fever every other day, and zorblax chills.")


@dataclass
class Setup:
    """A private library (user and machine folders), a trusted publisher key and a USB folder."""

    user: Path
    machine: Path
    usb: Path
    publisher: SecretKey

    def keys(self) -> dict[str, PublicKey]:
        """The trusted keys as a command reads them."""
        return trusted_keys()[0]

    def pack(self, name: str, version: int = 1, secret: SecretKey | None | str = "publisher", **kw: object) -> Path:
        """A pack on the USB stick, signed by the publisher unless told otherwise."""
        key = self.publisher if secret == "publisher" else secret
        assert not isinstance(key, str)
        return build_pack(self.usb / name, key, version=version, **kw)  # type: ignore[arg-type]


@pytest.fixture
def setup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Setup:
    """Everything private to the test: library folders, trust lists, the publisher's key."""
    user, machine = tmp_path / "library", tmp_path / "machine-library"
    monkeypatch.setenv("READER_LIBRARY", str(user))
    monkeypatch.setenv("READER_SYSTEM_LIBRARY", str(machine))
    monkeypatch.setenv("READER_TRUST", str(tmp_path / "trust"))
    monkeypatch.setenv("READER_SYSTEM_TRUST", str(tmp_path / "machine-trust"))
    publisher = SecretKey.generate()
    trust(publisher, tmp_path / "keys")
    return Setup(user, machine, tmp_path / "usb", publisher)


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _change_text(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE sections SET text = 'Cut the bite open.' WHERE level = 2")
        conn.commit()


Refusal = Callable[[Setup], Path]


def _unsigned(s: Setup) -> Path:
    return s.pack("unsigned.sqlite", secret=None)


def _plain_bundle(s: Setup) -> Path:
    from tests.core.packs_support import write_article

    out = s.usb / "plain.sqlite"
    from reader.core.builder import build_bundle
    from reader.core.locations import stylesheet_path, synonyms_path

    build_bundle(write_article(s.usb / "src", *MALARIA), out, stylesheet_path(), synonyms_path())
    return out


def _untrusted(s: Setup) -> Path:
    return s.pack("untrusted.sqlite", secret=SecretKey.generate())


def _other_key(s: Setup) -> Path:
    other = SecretKey.generate()
    trust(other, s.usb / "keys")
    return s.pack("other.sqlite", version=5, secret=other)


def _older(s: Setup) -> Path:
    return s.pack("older.sqlite", version=1)


def _same(s: Setup) -> Path:
    return s.pack("same.sqlite", version=2)


def _damaged(s: Setup) -> Path:
    path = s.pack("damaged.sqlite", version=3)
    _change_text(path)
    return path


def _truncated(s: Setup) -> Path:
    path = s.pack("truncated.sqlite", version=3)
    _truncate(path)
    return path


def _not_a_bundle(s: Setup) -> Path:
    path = s.usb / "notes.sqlite"
    path.write_text("shopping list\n", encoding="utf-8")
    return path


def _sqlite_not_a_bundle(s: Setup) -> Path:
    path = s.usb / "other-app.sqlite"
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE patients (name TEXT)")
    return path


REFUSALS: dict[str, tuple[Refusal, str, str]] = {
    "unsigned": (_unsigned, UNSIGNED, "not signed: a pack is added only when its publisher signed it"),
    "plain-bundle": (_plain_bundle, UNSIGNED, "not a content pack (built without a pack.yaml) and not signed"),
    "untrusted": (_untrusted, UNTRUSTED, "which this computer does not trust; to trust its publisher, an admin"),
    "other-key": (_other_key, OTHER_KEY, "pack 'snake-pack' is installed signed by key"),
    "older": (_older, OLDER, "version 1 is older than the installed version 2 (--allow-downgrade)"),
    "same-version": (_same, INSTALLED, "version 2 is already installed"),
    "damaged": (_damaged, DAMAGED, "damaged or changed: its content does not match its digest"),
    "truncated": (_truncated, DAMAGED, "damaged or cut short"),
    "not-a-bundle": (_not_a_bundle, NOT_A_BUNDLE, "not a reader content pack (not a bundle file)"),
    "sqlite-not-a-bundle": (_sqlite_not_a_bundle, NOT_A_BUNDLE, "not a reader content pack"),
}


@pytest.mark.parametrize(("make", "status", "reason"), REFUSALS.values(), ids=REFUSALS.keys())
def test_each_refusal_names_the_file_and_leaves_the_library_unchanged(
    setup: Setup, make: Refusal, status: str, reason: str
) -> None:
    add_pack(setup.pack("installed.sqlite", version=2), setup.keys())
    offered = make(setup)
    before = snapshot(setup.user), snapshot(setup.machine), snapshot(log_dir())
    with pytest.raises(PackRefused) as caught:
        add_pack(offered, setup.keys())
    assert str(caught.value).startswith(f"{offered}: ")
    assert reason in str(caught.value)
    assert "\n" not in str(caught.value)
    assert (snapshot(setup.user), snapshot(setup.machine), snapshot(log_dir())) == before
    assert inspect_pack(offered, setup.keys(), installed_packs(setup.keys())).status == status


def test_a_refused_first_pack_does_not_even_make_the_library_folder(setup: Setup) -> None:
    with pytest.raises(PackRefused):
        add_pack(setup.pack("unsigned.sqlite", secret=None), setup.keys())
    assert not setup.user.exists()


def test_a_pack_is_added_then_updated_and_the_older_file_replaced(setup: Setup) -> None:
    first = add_pack(setup.pack("v1.sqlite", version=1), setup.keys())
    assert (first.status, first.label()) == (NEW, "new")
    assert [p.name for p in setup.user.iterdir()] == ["snake-pack.sqlite"]
    update = add_pack(setup.pack("v2.sqlite", version=2), setup.keys())
    assert (update.status, update.label()) == (UPDATE, "update from v1 to v2")
    assert [p.name for p in setup.user.iterdir()] == ["snake-pack.sqlite"]
    (entry,) = installed_packs(setup.keys())
    assert (entry.pack and entry.pack.version, entry.verified, entry.articles) == (2, True, ("snake-bite",))
    assert entry.to_json()["version"] == 2
    with Library.open() as library:
        assert "snake-bite" in [a.id for a in library.articles()]
        assert library.notices == []
    log = (log_dir() / "library.log").read_text(encoding="utf-8")
    assert "added pack 'snake-pack' version 1" in log
    assert "added pack 'snake-pack' version 2" in log


def test_allow_downgrade_adds_an_older_pack_and_logs_it(setup: Setup) -> None:
    add_pack(setup.pack("v2.sqlite", version=2), setup.keys())
    older = add_pack(setup.pack("v1.sqlite", version=1), setup.keys(), allow_downgrade=True)
    assert older.status == OLDER
    assert installed_packs(setup.keys())[0].pack.version == 1  # type: ignore[union-attr]
    assert "version 1 (--allow-downgrade)" in (log_dir() / "library.log").read_text(encoding="utf-8")


def test_allow_downgrade_never_adds_what_is_not_trusted(setup: Setup) -> None:
    with pytest.raises(PackRefused, match="does not trust"):
        add_pack(_untrusted(setup), setup.keys(), allow_downgrade=True)


def _half_then_fail(source: Path, target: Path, progress: install.Progress | None) -> None:
    """A copy that stops halfway, as when the USB stick is pulled out."""
    data = source.read_bytes()
    target.write_bytes(data[: len(data) // 2])
    raise OSError(5, "Input/output error", str(source))


def _other_file(source: Path, target: Path, progress: install.Progress | None) -> None:
    """A copy that finds another file than the one checked (the stick changed meanwhile)."""
    copy_file(source.with_name("v3-other.sqlite"), target, progress)


@pytest.mark.parametrize(
    ("copy", "reason"),
    [(_half_then_fail, r"copy cut short \(Input/output error\): the library is as it was"), (_other_file, "changed")],
    ids=["cut-short", "changed-meanwhile"],
)
def test_an_interrupted_or_changed_copy_leaves_the_library_as_it_was(
    setup: Setup, copy: install.Copier, reason: str
) -> None:
    add_pack(setup.pack("v1.sqlite", version=1), setup.keys())
    setup.pack("v3-other.sqlite", version=3, article=MALARIA)
    offered = setup.pack("v2.sqlite", version=2)
    before = snapshot(setup.user)
    with pytest.raises(PackRefused, match=reason):
        add_pack(offered, setup.keys(), copy=copy)
    assert snapshot(setup.user) == before


def test_progress_is_told_as_the_copy_goes_and_can_stop_it(setup: Setup) -> None:
    told: list[tuple[int, int]] = []
    add_pack(setup.pack("v1.sqlite"), setup.keys(), progress=lambda done, total: told.append((done, total)))
    assert told
    assert told[-1][0] == told[-1][1] == (setup.usb / "v1.sqlite").stat().st_size

    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        raise Cancelled

    before = snapshot(setup.user)
    with pytest.raises(Cancelled):
        add_pack(setup.pack("v2.sqlite", version=2), setup.keys(), progress=cancel)
    assert snapshot(setup.user) == before


def test_a_file_of_the_pack_s_name_that_is_not_the_pack_is_never_replaced(setup: Setup) -> None:
    setup.user.mkdir(parents=True)
    (setup.user / "snake-pack.sqlite").write_bytes(b"the clinic's own file")
    before = snapshot(setup.user)
    with pytest.raises(PackRefused, match="is already there and is not pack 'snake-pack': move it away first"):
        add_pack(setup.pack("v1.sqlite"), setup.keys())
    assert snapshot(setup.user) == before


def test_a_pack_for_the_machine_goes_to_the_machine_folder(setup: Setup) -> None:
    add_pack(setup.pack("v1.sqlite"), setup.keys(), system=True)
    assert [p.name for p in setup.machine.iterdir()] == ["snake-pack.sqlite"]
    assert [e.origin for e in installed_packs(setup.keys())] == ["machine"]
    with pytest.raises(PackRefused, match="already installed"):
        add_pack(setup.pack("again.sqlite"), setup.keys())  # one library: the user's folder knows it too


@pytest.fixture
def no_rights(monkeypatch: pytest.MonkeyPatch) -> None:
    """Writing into a library folder fails as it does without administrator rights."""

    @contextlib.contextmanager
    def denied(out: Path) -> Iterator[Path]:
        raise PermissionError(13, "Permission denied", str(out.parent))
        yield out  # pragma: no cover

    monkeypatch.setattr(install, "atomic_path", denied)


@pytest.mark.usefixtures("no_rights")
def test_adding_for_the_machine_without_rights_says_so(setup: Setup) -> None:
    with pytest.raises(PackRefused, match="the machine-wide library needs administrator rights"):
        add_pack(setup.pack("v1.sqlite"), setup.keys(), system=True)


def test_remove_takes_the_pack_out_and_an_unknown_id_is_one_line(setup: Setup) -> None:
    add_pack(setup.pack("v1.sqlite"), setup.keys())
    assert remove_pack("snake-pack") == [setup.user / "snake-pack.sqlite"]
    assert list(setup.user.iterdir()) == []
    with pytest.raises(PackRefused, match="no pack 'snake-pack' in the user's library"):
        remove_pack("snake-pack")
    with pytest.raises(PackRefused, match="no pack '../x'"):
        remove_pack("../x")
    assert "removed pack 'snake-pack'" in (log_dir() / "library.log").read_text(encoding="utf-8")


def test_a_damaged_installed_pack_can_be_removed_and_replaced(setup: Setup) -> None:
    add_pack(setup.pack("v2.sqlite", version=2), setup.keys())
    _change_text(setup.user / "snake-pack.sqlite")
    (entry,) = installed_packs(setup.keys())
    assert (entry.verified, entry.problem) == (False, "changed since it was added")
    repaired = add_pack(setup.pack("v2-again.sqlite", version=2), setup.keys())  # the broken copy does not count
    assert repaired.status == NEW
    assert installed_packs(setup.keys())[0].verified


def test_packs_are_looked_for_in_a_folder_and_one_level_down(tmp_path: Path) -> None:
    from reader.core.packs.finder import packs_in

    for name in ("a.sqlite", "sub/b.sqlite", "sub/deeper/c.sqlite", ".hidden.sqlite", "notes.txt", ".trash/d.sqlite"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"")
    (tmp_path / "folder.sqlite").mkdir()
    assert packs_in(tmp_path) == [tmp_path / "a.sqlite", tmp_path / "sub" / "b.sqlite"]
    assert packs_in(tmp_path / "missing") == []
