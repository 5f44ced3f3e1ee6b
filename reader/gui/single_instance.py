"""One window per user and bundle: who is the first start, and what a later one sends it.

The first start takes a lock in the user's private runtime folder before anything else (no Qt,
under a millisecond); once its window has painted it listens on a local socket beside the lock
(``reader.gui.instance_server``): a Unix socket in ``$XDG_RUNTIME_DIR`` (else a folder of the
user's own, 0700, in the temporary folder), or on Windows a named pipe only the user may open.
Never TCP. A later start finds the lock taken, connects, sends its ``--section`` and ``--search``
and exits when the window answers. The lock goes with its process, so a crash never blocks the
next start. Users of a shared computer each have their own lock and socket; so does each bundle,
since a window shows one bundle.

The message, one line of UTF-8 JSON of at most ``MAX_MESSAGE`` bytes each way::

    request  {"v": 1, "section": "id" or null, "search": "text" or null}
    reply    {"v": 1, "status": "ok" or "no-section"}

This module loads before the first paint, so it holds no Qt and loads json only for a message.
"""

from __future__ import annotations

import enum
import hashlib
import logging
import os
import stat
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple, Protocol

from reader import APP_NAME

log = logging.getLogger(__name__)
VERSION = 1
MAX_MESSAGE = 8192


class Request(NamedTuple):
    """What a start asks the window for: a section to open and a search to run."""

    section: str | None = None
    search: str | None = None

    def encode(self) -> bytes:
        """The request as one line of JSON."""
        return message_line({"v": VERSION, "section": self.section, "search": self.search})

    @classmethod
    def decode(cls, data: bytes) -> Request:
        """Read a request; raise ValueError for anything but a well-formed one of this version."""
        message = read_message(data)
        section, search = message.get("section"), message.get("search")
        if not (section is None or isinstance(section, str)) or not (search is None or isinstance(search, str)):
            raise ValueError("section and search must be text or null")
        return cls(section, search)


class Outcome(enum.Enum):
    """How handing a request over went (the first two are the window's replies)."""

    HANDED = "ok"
    NO_SECTION = "no-section"
    NO_ANSWER = "no answer"  # connected, but no well-formed reply: a hung or foreign window
    NOT_RUNNING = "not running"  # the lock came free: this start is now the first


def message_line(message: dict[str, object]) -> bytes:
    """A message as one line of JSON; ValueError if longer than ``MAX_MESSAGE``."""
    import json  # 1% of the start (python -X importtime): only when a message is sent

    data = json.dumps(message, ensure_ascii=True, separators=(",", ":")).encode("ascii") + b"\n"
    if len(data) > MAX_MESSAGE:
        raise ValueError(f"message longer than {MAX_MESSAGE} bytes")
    return data


def read_message(data: bytes) -> dict[str, object]:
    """Read one line of JSON of this version; ValueError (or RecursionError) for anything else."""
    import json

    if len(data) > MAX_MESSAGE or not data.endswith(b"\n") or data.count(b"\n") != 1:
        raise ValueError(f"not one line of at most {MAX_MESSAGE} bytes")
    message = json.loads(data.decode("utf-8"))
    if not isinstance(message, dict) or message.get("v") != VERSION:
        raise ValueError(f"not a version {VERSION} message")
    return message


class Closable(Protocol):
    """What listens for later starts, as far as releasing the claim goes."""

    def close(self) -> None:
        """Stop listening."""


def _is_private(folder: Path) -> bool:
    """A real folder (not a link) of this user that nobody else may enter."""
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o077


def _user_folder() -> Path | None:
    """The user's private folder for the lock and socket, or None where there is none."""
    if sys.platform == "win32":  # the temporary folder is the user's own (under %LOCALAPPDATA%)
        return Path(os.environ.get("TEMP") or os.environ.get("TMP") or ".").resolve()
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and _is_private(Path(runtime)):
        return Path(runtime)
    folder = Path(os.environ.get("TMPDIR") or "/tmp") / f"{APP_NAME}-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
    except OSError:
        return None
    return folder if _is_private(folder) else None  # someone else made it: do not trust it


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()[:16]


class SingleInstance:
    """A start's claim to be the user's one window on a bundle: its lock and its address."""

    def __init__(self, folder: Path | None, key: str) -> None:
        self.folder = folder
        self.primary = False
        self.server: Closable | None = None  # set by reader.gui.instance_server.listen
        self._lock: int | None = None
        self._lock_path = folder / f"{APP_NAME}-{key}.lock" if folder else None
        if sys.platform == "win32":  # pipes share one name space: the user's name goes in
            user = os.environ.get("USERDOMAIN", "") + "\\" + os.environ.get("USERNAME", "")
            self.address = f"{APP_NAME}-{_digest(user)}-{key}"
        else:
            self.address = str(folder / f"{APP_NAME}-{key}.socket") if folder else ""

    @classmethod
    def for_bundle(cls, bundle_path: Path | None) -> SingleInstance:
        """The claim for a bundle (None: the shipped one), in the user's private folder."""
        key = "shipped" if bundle_path is None else _digest(str(bundle_path.resolve()))
        return cls(_user_folder(), key)

    @classmethod
    def for_bundles(cls, paths: Sequence[Path]) -> SingleInstance:
        """The claim of the user's one window on these bundles (none: on the whole library)."""
        if len(paths) <= 1:
            return cls.for_bundle(paths[0] if paths else None)
        return cls(_user_folder(), _digest("\n".join(sorted(str(path.resolve()) for path in paths))))

    def claim(self) -> bool:
        """Try to become the first start; False when another start holds the claim.

        Where there is no private folder or no lock, every start is a first one (and logs why).
        """
        if self._lock_path is None:
            return self._alone("no private folder for its lock")
        try:
            fd = os.open(self._lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            return self._alone(str(exc))
        try:
            _lock(fd)
        except (BlockingIOError, PermissionError):  # held by another start
            os.close(fd)
            return False
        except OSError as exc:
            os.close(fd)
            return self._alone(f"cannot lock {self._lock_path}: {exc}")
        self._lock = fd
        self.primary = True
        return True

    def _alone(self, why: str) -> bool:
        log.info("one window per user is off: %s", why)
        self.primary = True
        return True

    def release(self) -> None:
        """Stop listening (the socket file goes) and give up the claim."""
        if self.server is not None:
            self.server.close()
            self.server = None
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None

    def __enter__(self) -> SingleInstance:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def _lock(fd: int) -> None:
    """Lock an open file for this process, or raise BlockingIOError/PermissionError if held."""
    if sys.platform == "win32":
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
