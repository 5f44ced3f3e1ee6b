"""Atomic writes: the temporary files of a killed writer are removed by the next write, a live one's kept."""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from reader.cli import main
from reader.core import atomic
from reader.core.atomic import atomic_path
from tests.conftest import SourceWriter

GONE_PID = 2**22 + 7  # above Linux's largest pid_max: no such process
SIDE_FILES = ("", "-journal", "-wal", "-shm")


def _temporaries(folder: Path, name: str, writer: str, age_s: float = 0) -> list[Path]:
    """A writer's temporary file and SQLite's files beside it, last changed ``age_s`` ago."""
    paths = [folder / f".{name}.{writer}.tmp{side}" for side in SIDE_FILES]
    stamp = time.time() - age_s
    for path in paths:
        path.write_bytes(b"x" * 1000)
        os.utime(path, (stamp, stamp))
    return paths


@pytest.mark.skipif(os.name != "posix", reason="asks whether the writer's process runs")
def test_a_killed_build_s_temporaries_are_removed_by_the_next(write_source: SourceWriter, tmp_path: Path) -> None:
    out = tmp_path / "out" / "bundle.sqlite"
    out.parent.mkdir()
    stale = _temporaries(out.parent, out.name, f"{GONE_PID}.k1ll3d_x")
    folder = write_source("# Test Article\n\nText.\n")
    assert main(["build", "--source", str(folder), "--out", str(out)]) == 0
    assert sorted(p.name for p in out.parent.iterdir()) == ["bundle.sqlite"]
    assert not any(p.exists() for p in stale)


@pytest.mark.skipif(os.name != "posix", reason="asks whether the writer's process runs")
@pytest.mark.parametrize(
    ("writer", "age_s", "removed"),
    [
        (f"{GONE_PID}.abcd_123", 0, True),  # its writer is gone
        (f"{os.getpid()}.abcd_123", 0, False),  # its writer is alive
        (f"{os.getpid()}.abcd_123", 300, False),  # alive and busy for minutes
        (f"{os.getpid()}.abcd_123", 2 * 3600, True),  # hours old: the number is some other process's now
        ("abcd_123", 0, False),  # from before writers were named: kept while young
        ("abcd_123", 120, True),
    ],
)
def test_temporaries_are_removed_when_stale(writer: str, age_s: float, removed: bool, tmp_path: Path) -> None:
    temporaries = _temporaries(tmp_path, "out.sqlite", writer, age_s)
    with atomic_path(tmp_path / "out.sqlite") as tmp:
        tmp.write_bytes(b"new")
    assert [not p.exists() for p in temporaries] == [removed] * len(SIDE_FILES)


@pytest.mark.parametrize(("age_s", "removed"), [(0, False), (120, True)])
def test_where_processes_cannot_be_asked_age_decides(
    age_s: float, removed: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(atomic, "_writer_alive", lambda pid: None)  # as on Windows
    temporaries = _temporaries(tmp_path, "out.sqlite", f"{GONE_PID}.abcd_123", age_s)
    with atomic_path(tmp_path / "out.sqlite") as tmp:
        tmp.write_bytes(b"new")
    assert [not p.exists() for p in temporaries] == [removed] * len(SIDE_FILES)


def test_other_files_are_left_alone(tmp_path: Path) -> None:
    others = [
        *_temporaries(tmp_path, "other.sqlite", f"{GONE_PID}.abcd_123", 3600),
        *_temporaries(tmp_path, "out.sqlite.bak", f"{GONE_PID}.abcd_123", 3600),
        tmp_path / "out.sqlite.tmp",
        tmp_path / f".out.sqlite.{GONE_PID}.abcd_123.tmp.keep",
    ]
    for path in others[-2:]:
        path.write_bytes(b"mine")
    with atomic_path(tmp_path / "out.sqlite") as tmp:
        tmp.write_bytes(b"new")
    assert all(p.exists() for p in others)


def test_the_temporary_file_names_its_writer(tmp_path: Path) -> None:
    with atomic_path(tmp_path / "out.sqlite") as tmp:
        assert tmp.name.startswith(f".out.sqlite.{os.getpid()}.")
        assert tmp.name.endswith(".tmp")


@pytest.fixture
def umask() -> Iterator[Callable[[int], int]]:
    """Set the process's umask for a test; the old one is put back afterwards."""
    old = os.umask(0o022)
    os.umask(old)
    yield os.umask
    os.umask(old)


posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@posix_only
@pytest.mark.parametrize("from_proc", [True, False], ids=["proc", "no-proc"])
@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)], ids=["022", "077", "002"])
def test_a_new_file_gets_the_mode_the_umask_gives(
    mask: int,
    mode: int,
    from_proc: bool,
    umask: Callable[[int], int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if not from_proc:
        monkeypatch.setattr(atomic, "PROC_STATUS", tmp_path / "no-such-file")
    umask(mask)
    out = tmp_path / "handout.html"
    with atomic_path(out) as tmp:
        tmp.write_text("new", encoding="utf-8")
    assert stat.S_IMODE(out.stat().st_mode) == mode
    assert os.umask(mask) == mask  # the umask is as it was


@posix_only
def test_a_replaced_file_keeps_its_mode(umask: Callable[[int], int], tmp_path: Path) -> None:
    umask(0o077)
    out = tmp_path / "handout.html"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o640)
    with atomic_path(out) as tmp:
        tmp.write_text("new", encoding="utf-8")
    assert out.read_text(encoding="utf-8") == "new"
    assert stat.S_IMODE(out.stat().st_mode) == 0o640


@posix_only
def test_an_exported_handout_and_a_built_bundle_are_readable_by_others_under_umask_022(
    shipped_bundle: Path, write_source: SourceWriter, umask: Callable[[int], int], tmp_path: Path
) -> None:
    umask(0o022)
    handout = tmp_path / "handout.txt"
    assert main(["export", "--bundle", str(shipped_bundle), "--format", "txt", "--out", str(handout)]) == 0
    folder = write_source("# Test Article\n\nText.\n")
    bundle = tmp_path / "bundle.sqlite"
    assert main(["build", "--source", str(folder), "--out", str(bundle)]) == 0
    assert [stat.S_IMODE(path.stat().st_mode) for path in (handout, bundle)] == [0o644, 0o644]
