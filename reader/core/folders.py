"""The bundle files of one library folder, and the notice that says what was left out and why.

Which bundles: each ``*.sqlite`` regular file of the folder (a link only when it stays inside it),
at most ``MAX_BUNDLES_PER_FOLDER``, by name; a name starting with a dot is never one (temporary
files, and a content pack's copy waiting to replace the installed one: reader.core.packs.pending).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

from reader.core.safe_text import visible

BUNDLE_SUFFIX = ".sqlite"
MAX_BUNDLES_PER_FOLDER = 200
"""The most bundles read from one folder (the first by name); more is a notice."""
MAX_FOLDER_ENTRIES = 10_000
"""The most names looked at in one folder, so a folder of a million files cannot stall a start."""
PENDING_SUFFIX = ".pending"
"""Ends the name of a pack's update waiting beside the installed edition (reader.core.packs.pending)."""


class Notice(NamedTuple):
    """Something left out of the library: a bundle, a folder or an article, and why (one line)."""

    path: Path
    reason: str

    def __str__(self) -> str:
        return visible(f"{self.path}: {self.reason}")


def bundles_in(folder: Path) -> tuple[list[Path], list[Notice]]:
    """The bundle files of a folder, by name, and notices of what was left out; a missing folder
    holds none, one that cannot be read is a notice."""
    notices: list[Notice] = []
    try:
        if not folder.exists():
            return [], []
        if not folder.is_dir():
            return [], [Notice(folder, "not a folder: no bundles read from it")]
        root = folder.resolve()
        names: list[str] = []
        with os.scandir(folder) as entries:
            for count, entry in enumerate(entries):
                if count >= MAX_FOLDER_ENTRIES:
                    notices.append(Notice(folder, f"more than {MAX_FOLDER_ENTRIES} names: the rest not looked at"))
                    break
                if entry.name.endswith(BUNDLE_SUFFIX) and not entry.name.startswith("."):
                    names.append(entry.name)
    except OSError as exc:
        return [], [Notice(folder, f"cannot read the folder: {exc.strerror or exc}")]
    found: list[Path] = []
    for name in sorted(names):
        path = folder / name
        problem = _file_problem(path, root)
        if problem:
            notices.append(Notice(path, problem))
        elif len(found) >= MAX_BUNDLES_PER_FOLDER:
            notices.append(Notice(folder, f"more than {MAX_BUNDLES_PER_FOLDER} bundles: only the first read"))
            break
        else:
            found.append(path)
    return found, notices


def _file_problem(path: Path, root: Path) -> str | None:
    """Why a name in a library folder is not read as a bundle: not a regular file, or a link that
    leads out of the folder; None when it is read."""
    try:
        if path.is_symlink():
            target = path.resolve(strict=True)
            if target.parent != root:
                return "a link to outside the library folder: skipped"
            path = target
        if not path.is_file():
            return "not a regular file: skipped"
    except (OSError, RuntimeError) as exc:  # a dangling or looping link, a name too long
        return f"cannot be read: {getattr(exc, 'strerror', None) or exc}"
    return None


def pending_path(installed: Path) -> Path:
    """Where the verified copy of an update of ``installed`` (``ID.sqlite``) waits: ``.ID.sqlite.pending``."""
    return installed.with_name(f".{installed.name}{PENDING_SUFFIX}")


def pending_files(folder: Path) -> list[tuple[Path, Path]]:
    """The updates waiting in a library folder, each with the installed file it replaces, by name."""
    suffix = BUNDLE_SUFFIX + PENDING_SUFFIX
    try:
        with os.scandir(folder) as entries:
            names = sorted(
                entry.name for entry in entries if entry.name.startswith(".") and entry.name.endswith(suffix)
            )
    except OSError:
        return []
    return [(folder / name, folder / name[1 : -len(PENDING_SUFFIX)]) for name in names if len(name) > len(suffix) + 1]
