"""Which files of a source folder the build reads: regular files only.

Opening a FIFO blocks until something writes to it and a device such as ``/dev/zero`` never ends,
so a file is checked with ``os.stat`` (which follows symbolic links) before it is opened, and
checked again once open, in case it was swapped meanwhile.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from reader.core.sha import sha256

SOURCE_PATTERN = "*.md"
NOT_REGULAR = "skipped, not a regular file"
_CORE = Path(__file__).resolve().parent


def build_code() -> list[Path]:
    """The code that shapes a bundle: every module of ``reader.core``, so that moving code between
    modules can never leave a stale cached bundle in use."""
    return sorted(_CORE.rglob("*.py"))


def is_regular_file(path: Path) -> bool:
    """Whether ``path``, after any symbolic links, is a regular file; False if it cannot be looked at."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):  # ValueError: a NUL in the name
        return False


def list_sources(folder: Path) -> tuple[list[Path], list[Path]]:
    """Return the ``*.md`` files of a folder sorted by name: the regular files, and the others."""
    regular: list[Path] = []
    other: list[Path] = []
    for path in sorted(folder.glob(SOURCE_PATTERN)):
        (regular if is_regular_file(path) else other).append(path)
    return regular, other


def read_regular_bytes(path: Path, limit: int = -1) -> bytes:
    """Return the bytes of a regular file (the first ``limit`` if given); raise OSError for anything else."""
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise OSError(errno.EINVAL, "not a regular file", str(path))
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    with open(os.open(path, flags), "rb") as file:
        if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        return file.read(limit)


def sources_digest(source_dir: Path, stylesheet: Path, synonyms: Path) -> str:
    """Return a hash of everything a bundle is built from: sources, stylesheet, synonyms, builder code."""
    digest = sha256()
    inputs = [*list_sources(source_dir)[0], stylesheet, synonyms, *build_code()]
    for path in inputs:
        name = path.relative_to(_CORE).as_posix() if path.is_relative_to(_CORE) else path.name
        digest.update(os.fsencode(name) + b"\0")
        try:
            digest.update(read_regular_bytes(path))
        except OSError:
            digest.update(b"<missing>")
        digest.update(b"\0")
    return digest.hexdigest()
