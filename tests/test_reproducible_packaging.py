"""Reproducible packages, in seconds: the build's date (packaging/reproducible.py) and the package
step on stand-in frozen folders. tests/test_installer.py compares two real full builds."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path
from types import ModuleType

import pytest

from reader import __version__
from tests.release_diff import first_difference

REPO = Path(__file__).resolve().parent.parent
EPOCH = 1700000000  # 2023-11-14T22:13:20Z
needs_debian_tools = pytest.mark.skipif(
    not sys.platform.startswith("linux") or not all(shutil.which(tool) for tool in ("dpkg-deb", "dpkg", "xz")),
    reason="needs dpkg, dpkg-deb and xz",
)


@pytest.fixture(scope="module")
def reproducible() -> ModuleType:
    """packaging/reproducible.py, loaded by its path (``packaging`` is PyPI's name, not ours)."""
    spec = importlib.util.spec_from_file_location("reproducible", REPO / "packaging" / "reproducible.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _git_repository(folder: Path, committed: str) -> None:
    """A git repository in FOLDER whose last commit has the committer date COMMITTED."""
    who = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t"}
    env = {**os.environ, **who, "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_CONFIG_GLOBAL": os.devnull}
    subprocess.run(["git", "init", "-q", str(folder)], check=True, env=env)
    commit = ["git", "-C", str(folder), "commit", "-q", "--allow-empty", "-m", "one"]
    subprocess.run(commit, check=True, env={**env, "GIT_COMMITTER_DATE": committed, "GIT_AUTHOR_DATE": committed})


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_the_build_date_is_source_date_epoch_then_the_last_commit_then_fixed(
    reproducible: ModuleType, tmp_path: Path
) -> None:
    checkout, elsewhere = tmp_path / "checkout", tmp_path / "not-git"
    elsewhere.mkdir()
    _git_repository(checkout, "2024-02-29T23:30:00-05:00")
    assert reproducible.source_date_epoch(checkout, {"SOURCE_DATE_EPOCH": "42"}) == (42, "SOURCE_DATE_EPOCH")
    assert reproducible.source_date_epoch(checkout, {}) == (1709267400, "git")
    assert reproducible.source_date_epoch(elsewhere, {}) == (reproducible.FALLBACK, "fallback")
    environment = reproducible.dated_environment(checkout, {"LANG": "C.UTF-8"})
    assert environment == {"LANG": "C.UTF-8", "SOURCE_DATE_EPOCH": "1709267400"}


@pytest.mark.parametrize("epoch", ["yesterday", "", "1.5", "-1", "１２", "253402300800"])
def test_a_source_date_epoch_that_is_not_a_unix_time_is_refused(reproducible: ModuleType, epoch: str) -> None:
    with pytest.raises(reproducible.EpochError, match="not a Unix time"):
        reproducible.source_date_epoch(REPO, {"SOURCE_DATE_EPOCH": epoch})


def test_a_bad_source_date_epoch_stops_the_build_in_one_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "build.py"), "content", "--work", str(tmp_path)],
        env={**os.environ, "SOURCE_DATE_EPOCH": "soon"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr == "build.py: error: SOURCE_DATE_EPOCH is 'soon', not a Unix time (whole seconds since 1970)\n"
    assert not (tmp_path / "content").exists()


def _stand_in(dist: Path, mtime: int) -> None:
    """A frozen folder in miniature, every file and folder dated MTIME, modes as umask left them."""
    app = dist / "reader"
    for name, text in {
        "reader": f"#!/bin/sh\necho 'reader {__version__}'\n",
        "_internal/resources/note.txt": "stand-in\n",
        "_internal/lib/b.so": "\x7fELF",
        "_internal/lib/a.txt": "a",
    }.items():
        (app / name).parent.mkdir(parents=True, exist_ok=True)
        (app / name).write_text(text, encoding="utf-8")
    (app / "reader").chmod(0o755)
    (app / "_internal/lib/link.txt").symlink_to("a.txt")
    for path in [app, *app.rglob("*")]:
        os.utime(path, (mtime, mtime), follow_symlinks=False)


def _package(folder: Path, epoch: int) -> dict[str, Path]:
    result = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "build.py"), "package"]
        + ["--work", str(folder / "work"), "--dist", str(folder / "dist")],
        env={**os.environ, "SOURCE_DATE_EPOCH": str(epoch)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return {path.suffix: path for path in (folder / "dist").iterdir() if path.is_file()}


@needs_debian_tools
def test_packages_of_the_same_folder_are_byte_identical(tmp_path: Path) -> None:
    _stand_in(tmp_path / "a" / "dist", mtime=1)
    _stand_in(tmp_path / "b" / "dist", mtime=2_000_000_000)  # copied another day, elsewhere
    first, second = _package(tmp_path / "a", EPOCH), _package(tmp_path / "b", EPOCH)
    assert sorted(first) == [".deb", ".xz"]
    for suffix in first:
        assert first_difference(first[suffix], second[suffix]) is None
    with tarfile.open(first[".xz"]) as archive:
        members = archive.getmembers()
    assert [m.name for m in members] == sorted(m.name for m in members)
    assert {(m.mtime, m.uid, m.gid, m.uname, m.gname) for m in members} == {(EPOCH, 0, 0, "root", "root")}
    modes = {m.name.split("/", 1)[-1]: m.mode for m in members if not m.issym()}
    assert (modes["reader"], modes["_internal/resources/note.txt"]) == (0o755, 0o644)
