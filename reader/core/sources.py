"""Which files of a source folder the build reads (regular files only), and reading them as text.

Opening a FIFO blocks until something writes to it and a device such as ``/dev/zero`` never ends,
so a file is checked with ``os.stat`` (which follows symbolic links) before it is opened, and
checked again once open, in case it was swapped meanwhile. A file over ``MAX_SOURCE_BYTES`` is
refused by its size, before any of it is read.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from pathlib import Path

from reader.core.errors import SourceError
from reader.core.limits import MAX_SOURCE_BYTES

SOURCE_PATTERN = "*.md"
NOT_REGULAR = "skipped, not a regular file"
_CORE = Path(__file__).resolve().parent
_MIB = 1024 * 1024


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


class SourceTooLargeError(SourceError):
    """A file a build would read is over its size limit; ``size`` is None if it grew while read."""

    def __init__(self, path: Path, size: int | None, max_size: int) -> None:
        self.size = size
        told = f"{-(-size // _MIB)} MiB" if size is not None else f"more than {_mib(max_size)}"
        super().__init__(path, f"too large ({told}; the limit is {_mib(max_size)})")


def _mib(size: int) -> str:
    return f"{size / _MIB:g} MiB"


def read_regular_bytes(path: Path, limit: int = -1, max_size: int = MAX_SOURCE_BYTES) -> bytes:
    """Return the bytes of a regular file, or its first ``limit`` if given; OSError for anything else.

    A whole file (no ``limit``) over ``max_size`` bytes raises SourceTooLargeError: its size is looked
    at before it is read, and no more than ``max_size + 1`` bytes are ever read, even if it grows.
    """
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise OSError(errno.EINVAL, "not a regular file", str(path))
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    with open(os.open(path, flags), "rb") as file:
        status = os.fstat(file.fileno())
        if not stat.S_ISREG(status.st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        if limit >= 0:
            return file.read(limit)
        if status.st_size > max_size:
            raise SourceTooLargeError(path, status.st_size, max_size)
        data = file.read(max_size + 1)
        if len(data) > max_size:
            raise SourceTooLargeError(path, None, max_size)
        return data


def read_source(path: Path) -> str:
    """Read a source file as UTF-8, naming the line of the first byte that is not."""
    try:
        data = read_regular_bytes(path)
    except OSError as exc:
        raise SourceError(path, f"cannot read: {exc.strerror or exc}") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise SourceError(path, f"not UTF-8 (byte 0x{data[exc.start]:02x})", line) from exc


def source_files(source_dir: Path, warnings: list[str] | None = None) -> list[Path]:
    """Return the article sources of a folder, sorted by name; raise SourceError if there are none.

    A ``*.md`` that is not a regular file (a FIFO, a device, a folder) is skipped with a warning.
    """
    if not source_dir.is_dir():
        raise SourceError(source_dir, "not a folder of article sources")
    files, skipped = list_sources(source_dir)
    if warnings is not None:
        warnings += [f"{path}: warning: {NOT_REGULAR}" for path in skipped]
    if not files:
        raise SourceError(source_dir, "no article sources (*.md) in this folder")
    return files


def sources_digest(source_dir: Path, stylesheet: Path, synonyms: Path) -> str:
    """Return a hash of everything a bundle is built from: sources, stylesheet, synonyms, builder code.

    A file too large to build from is not read: its size stands in for its content. No bundle can be
    built while it is there, so nothing is ever cached under that hash; the size only has to change
    the hash from that of the files before, and it does so without reading gigabytes.
    """
    digest = hashlib.sha256()
    inputs = [*list_sources(source_dir)[0], stylesheet, synonyms, *build_code()]
    for path in inputs:
        name = path.relative_to(_CORE).as_posix() if path.is_relative_to(_CORE) else path.name
        digest.update(os.fsencode(name) + b"\0")
        try:
            digest.update(read_regular_bytes(path))
        except SourceTooLargeError as exc:
            digest.update(f"<too large: {exc.size}>".encode())
        except OSError:
            digest.update(b"<missing>")
        digest.update(b"\0")
    return digest.hexdigest()
