"""One date for a whole build, so that two builds of the same commit give the same bytes.

The reproducible-builds convention: ``SOURCE_DATE_EPOCH`` when set, else the committer time of the
checkout's last commit (the date of the sources, the same on any machine, any day), else a fixed
date outside git. The build gives it to what it runs (``reader build`` dates the bundle with it,
PyInstaller the Windows executables' PE headers) and stamps it on every file it packs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

VARIABLE = "SOURCE_DATE_EPOCH"
FALLBACK = 315532800
"""1980-01-01T00:00:00Z, the earliest time a zip member can carry: for a build outside git."""
LATEST = 253402300799
"""9999-12-31T23:59:59Z: a later SOURCE_DATE_EPOCH is a mistake, not a date."""


class EpochError(ValueError):
    """SOURCE_DATE_EPOCH is set to what is not a Unix time; the message is one line."""


class Epoch(NamedTuple):
    """The build's date (seconds since 1970, UTC) and where it came from: SOURCE_DATE_EPOCH, git
    or fallback."""

    seconds: int
    source: str


def source_date_epoch(root: Path, environ: Mapping[str, str] | None = None) -> Epoch:
    """The build's date: SOURCE_DATE_EPOCH, else the last commit's time in ROOT, else FALLBACK."""
    environ = os.environ if environ is None else environ
    given = environ.get(VARIABLE)
    if given is not None:
        if not given.isascii() or not given.isdigit() or int(given) > LATEST:
            raise EpochError(f"{VARIABLE} is {given!r}, not a Unix time (whole seconds since 1970)")
        return Epoch(int(given), VARIABLE)
    committed = last_commit_time(root)
    return Epoch(FALLBACK, "fallback") if committed is None else Epoch(committed, "git")


def last_commit_time(root: Path) -> int | None:
    """The committer time of ROOT's last commit, or None outside a git checkout (or without git)."""
    git = shutil.which("git")
    if git is None:
        return None
    log = [git, "-C", str(root), "log", "-1", "--format=%ct"]
    result = subprocess.run(log, capture_output=True, text=True, check=False)
    found = result.stdout.strip()
    return int(found) if result.returncode == 0 and found.isdigit() else None


def dated_environment(root: Path, environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment for a build step's tools: as given, with SOURCE_DATE_EPOCH always set."""
    environ = os.environ if environ is None else environ
    return {**environ, VARIABLE: str(source_date_epoch(root, environ).seconds)}


def stamp(folder: Path, seconds: int) -> None:
    """Give FOLDER and every file, folder and link under it the same modification time (a link
    itself, not its target)."""
    for path in folder.rglob("*"):
        os.utime(path, (seconds, seconds), follow_symlinks=False)
    os.utime(folder, (seconds, seconds))


if __name__ == "__main__":
    # For the shell scripts (packaging/windows/): print the build's date for the checkout named.
    try:
        print(source_date_epoch(Path(sys.argv[1]) if len(sys.argv) > 1 else Path.cwd()).seconds)
    except EpochError as exc:
        sys.exit(f"reproducible.py: error: {exc}")
