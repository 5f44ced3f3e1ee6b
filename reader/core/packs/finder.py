"""Where content packs are offered: the bundle files of a folder (a USB stick, a shared folder) and
the removable drives a clinic PC has mounted."""

from __future__ import annotations

import getpass
import os
import string
import sys
from pathlib import Path

from reader.core.library import BUNDLE_SUFFIX

MAX_NAMES = 2000
"""The most names looked at in a folder and each of its sub-folders (a stick may hold anything)."""
MAX_PACKS = 200


def packs_in(folder: Path) -> list[Path]:
    """The ``*.sqlite`` regular files of a folder and of its sub-folders one level down, by path;
    a folder that cannot be read offers none."""
    found: list[Path] = []
    for place in [folder, *_subfolders(folder)]:
        for path in _names(place):
            if path.suffix == BUNDLE_SUFFIX and not path.name.startswith(".") and _regular(path):
                found.append(path)
    return sorted(found)[:MAX_PACKS]


def _names(folder: Path) -> list[Path]:
    try:
        with os.scandir(folder) as entries:
            return [Path(entry.path) for _, entry in zip(range(MAX_NAMES), entries, strict=False)]
    except OSError:
        return []


def _subfolders(folder: Path) -> list[Path]:
    return [path for path in _names(folder) if not path.name.startswith(".") and _folder(path)]


def _regular(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


def _folder(path: Path) -> bool:
    try:
        return path.is_dir() and not path.is_symlink()
    except OSError:
        return False


def removable_folders() -> list[Path]:
    """The removable drives mounted now: ``/media/USER/*`` and ``/run/media/USER/*`` on Linux, the
    removable drive letters on Windows, ``/Volumes/*`` on macOS (but the system disk)."""
    if sys.platform == "win32":
        return _windows_removable()
    if sys.platform == "darwin":
        return [path for path in _names(Path("/Volumes")) if _folder(path) and not path.is_symlink()]
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        return []
    roots = [Path("/media") / user, Path("/run/media") / user]
    return sorted(path for root in roots for path in _names(root) if _folder(path))


def _windows_removable() -> list[Path]:  # pragma: no cover - Windows only
    import ctypes

    drive_removable = 2
    kernel = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
    found = []
    for letter in string.ascii_uppercase:
        root = f"{letter}:\\"
        if kernel.GetDriveTypeW(root) == drive_removable and os.path.isdir(root):
            found.append(Path(root))
    return found
