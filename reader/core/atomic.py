"""Write a file so that readers see the old file or the whole new one, never half of it.

The new file is written beside the old one as ``.NAME.PID.XXXXXXXX.tmp`` (PID: the writer's
process), then renamed over it. A writer that is killed leaves that file behind, with SQLite's
``-journal``, ``-wal`` or ``-shm`` beside it; the next write of the same file removes them once
their writer is gone, or, where that cannot be asked (Windows), once they are a minute old.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

STALE_AFTER_S = 60.0
"""Age after which a temporary file whose writer cannot be asked about is taken as abandoned."""

PID_REUSED_AFTER_S = 3600.0
"""Age after which a temporary file is abandoned even if a process of its writer's number runs."""

PROC_STATUS = Path("/proc/self/status")
"""Where Linux tells the process's umask without changing it."""

# What follows ".NAME." in a temporary file's name: the writer's process id (absent in names from
# before it was written there), mkstemp's eight random characters, ".tmp" and SQLite's suffixes.
_TEMPORARY = re.compile(r"(?:(\d+)\.)?[a-z0-9_]{8}\.tmp(?:-journal|-wal|-shm)?")


def _writer_alive(pid: int) -> bool | None:
    """Whether a process of that number runs; None where this cannot be asked without harm."""
    if os.name != "posix":
        return None  # on Windows os.kill(pid, 0) would end the process
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    except OverflowError:
        return False
    return True


def _is_stale(path: Path, pid: int | None, now: float) -> bool:
    """Whether ``path``, a temporary file written by process ``pid`` (if known), was abandoned."""
    try:
        age = now - path.lstat().st_mtime
    except OSError:
        return False
    alive = _writer_alive(pid) if pid else None
    if alive is None:
        return age > STALE_AFTER_S
    return not alive or age > PID_REUSED_AFTER_S


def remove_stale_temporaries(out: Path) -> list[Path]:
    """Remove the temporary files that killed writers of ``out`` left beside it; return them."""
    prefix = f".{out.name}."
    now = time.time()
    removed = []
    with contextlib.suppress(OSError):
        for path in out.parent.iterdir():
            match = _TEMPORARY.fullmatch(path.name[len(prefix) :]) if path.name.startswith(prefix) else None
            pid = int(match.group(1)) if match and match.group(1) else None
            if match and _is_stale(path, pid, now):
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed.append(path)
    return removed


def _umask() -> int:
    """The process's umask: from ``PROC_STATUS`` where it says, else set and put back at once."""
    with contextlib.suppress(OSError, ValueError):
        for line in PROC_STATUS.read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split(":", 1)[1], 8)
    mask = os.umask(0o077)  # another thread creating a file meanwhile gets a strict mode, never a loose one
    os.umask(mask)
    return mask


def _new_file_mode(out: Path) -> int:
    """The mode ``out`` gets: that of the regular file it replaces, else what the umask leaves of 0o666."""
    with contextlib.suppress(OSError, ValueError):
        status = os.stat(out)
        if stat.S_ISREG(status.st_mode):
            return stat.S_IMODE(status.st_mode) & 0o777
    return 0o666 & ~_umask()


@contextlib.contextmanager
def atomic_path(out: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``out``; on success rename it to ``out``, else delete it.

    Temporary files that killed writers of ``out`` left behind are removed first. The temporary file
    has the mode ``out`` would get if it were simply created (or the mode of the file it replaces),
    not mkstemp's 0600, so that others may read an export to a shared folder as the umask allows.
    Raises OSError when the folder cannot be made or written.
    """
    out.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(out)
    fd, name = tempfile.mkstemp(prefix=f".{out.name}.{os.getpid()}.", suffix=".tmp", dir=out.parent)
    try:
        if os.name == "posix":
            os.fchmod(fd, _new_file_mode(out))
    finally:
        os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
