"""One window per user and bundle: a second start hands its request to the running window.

The first start takes a lock in the user's private runtime folder (no Qt, well under a
millisecond) and, once its window has painted, listens on a local socket beside it: a Unix
socket in ``$XDG_RUNTIME_DIR`` (else a private folder in the temporary folder), or on Windows a
named pipe only the user may open. Never TCP. A later start finds the lock taken, connects, sends
its ``--section`` and ``--search``, and exits when the window answers; if the first start is still
on its way to the first paint, the later one waits for it to listen. The lock goes with its
process, so a crash never blocks the next start; a socket file a crash left behind is removed
once nobody answers on it. Users of a shared computer each have their own lock and socket, and
each bundle has its own, since a window shows one bundle.

The message, one line of UTF-8 JSON of at most ``MAX_MESSAGE`` bytes each way::

    request  {"v": 1, "section": "id" or null, "search": "text" or null}
    reply    {"v": 1, "status": "ok" or "no-section"}

Anything else is dropped with a log line. QtNetwork loads only to hand over or to listen, after
the first paint: loading it costs 12 ms, 5% of a start (python -X importtime).
"""

from __future__ import annotations

import enum
import hashlib
import json
import logging
import os
import stat
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from reader import APP_NAME
from reader.core.safe_text import visible

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtNetwork import QLocalSocket

log = logging.getLogger(__name__)
VERSION = 1
MAX_MESSAGE = 8192
CONNECT_MS = 200  # a local connection is made at once or not at all
ANSWER_MS = 2000  # a running window answers in milliseconds; a hung one is given up on
STARTING_WAIT_S = 15.0  # how long a later start waits for a first one still starting to listen
POLL_S = 0.05


class Request(NamedTuple):
    """What a start asks the window for: a section to open and a search to run."""

    section: str | None = None
    search: str | None = None

    def encode(self) -> bytes:
        """The request as one line of JSON."""
        return _line({"v": VERSION, "section": self.section, "search": self.search})

    @classmethod
    def decode(cls, data: bytes) -> Request:
        """Read a request; raise ValueError for anything but a well-formed one of this version."""
        message = _read_line(data)
        section, search = message.get("section"), message.get("search")
        if not (section is None or isinstance(section, str)) or not (search is None or isinstance(search, str)):
            raise ValueError("section and search must be text or null")
        return cls(section, search)


class Outcome(enum.Enum):
    """How handing a request over went."""

    HANDED = "ok"
    NO_SECTION = "no-section"
    NO_ANSWER = "no answer"  # connected, but no well-formed reply: a hung or foreign window
    NOT_RUNNING = "not running"  # the lock came free: this start is now the first


def _line(message: dict[str, object]) -> bytes:
    data = json.dumps(message, ensure_ascii=True, separators=(",", ":")).encode("ascii") + b"\n"
    if len(data) > MAX_MESSAGE:
        raise ValueError(f"message longer than {MAX_MESSAGE} bytes")
    return data


def _read_line(data: bytes) -> dict[str, object]:
    if len(data) > MAX_MESSAGE or not data.endswith(b"\n") or data.count(b"\n") != 1:
        raise ValueError(f"not one line of at most {MAX_MESSAGE} bytes")
    message = json.loads(data.decode("utf-8"))
    if not isinstance(message, dict) or message.get("v") != VERSION:
        raise ValueError(f"not a version {VERSION} message")
    return message


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
    """A start's claim to be the user's one window on a bundle: the lock, handing over, listening."""

    def __init__(self, folder: Path | None, key: str) -> None:
        self.folder = folder
        self.primary = False
        self.server: InstanceServer | None = None
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

    def claim(self) -> bool:
        """Try to become the first start; False when another start holds the claim.

        Where there is no private folder or no lock, every start is a first one (and logs why).
        """
        if self._lock_path is None:
            log.info("one window per user is off: no private folder for its lock")
            self.primary = True
            return True
        try:
            fd = os.open(self._lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            log.info("one window per user is off: %s", exc)
            self.primary = True
            return True
        try:
            _lock(fd)
        except (BlockingIOError, PermissionError):  # held by another start
            os.close(fd)
            return False
        except OSError as exc:
            os.close(fd)
            log.info("one window per user is off: cannot lock %s: %s", self._lock_path, exc)
            self.primary = True
            return True
        self._lock = fd
        self.primary = True
        return True

    def hand_over(self, request: Request, wait_s: float = STARTING_WAIT_S) -> Outcome:
        """Give the request to the first start's window; wait up to ``wait_s`` for it to listen.

        Returns NOT_RUNNING (and holds the claim) if the first start ended meanwhile.
        """
        deadline = time.monotonic() + wait_s
        while True:
            outcome = send(self.address, request)
            if outcome is not None:
                return outcome
            if self.claim():
                return Outcome.NOT_RUNNING
            if time.monotonic() > deadline:
                log.warning("another start holds the window's lock but does not listen: opening a window")
                return Outcome.NO_ANSWER
            time.sleep(POLL_S)

    def listen(self, has_section: Callable[[str], bool], parent: QObject | None = None) -> InstanceServer | None:
        """As the first start, listen for later ones; None (logged) where that cannot be done."""
        if not self.primary or not self.address:
            return None
        server = InstanceServer(self.address, has_section, parent)
        if not server.listening():
            server.deleteLater()
            return None
        self.server = server
        return server

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


def send(address: str, request: Request) -> Outcome | None:
    """Send a request to a listening window and read its answer; None when nobody listens."""
    from PySide6.QtNetwork import QLocalSocket  # 12 ms: only for a later start (module docstring)

    if not address:
        return None
    socket = QLocalSocket()
    socket.connectToServer(address)
    if not socket.waitForConnected(CONNECT_MS):
        return None
    if sys.platform == "win32":
        _allow_foreground()
    socket.write(request.encode())
    socket.flush()
    reply = bytearray()
    deadline = time.monotonic() + ANSWER_MS / 1000
    while not reply.endswith(b"\n") and len(reply) <= MAX_MESSAGE:
        left = int((deadline - time.monotonic()) * 1000)
        if left <= 0 or not socket.waitForReadyRead(left):
            break
        reply += socket.readAll().data()
    socket.abort()
    try:
        status = _read_line(bytes(reply)).get("status")
        return Outcome(status) if status in ("ok", "no-section") else _no_answer(f"status {status!r}")
    except ValueError as exc:  # json's errors are ValueErrors too
        return _no_answer(str(exc) if reply else "no reply")


def _no_answer(why: str) -> Outcome:
    log.warning("the running window did not take the request (%s): opening a window", visible(why))
    return Outcome.NO_ANSWER


def _allow_foreground() -> None:
    """Windows: let the running window come to the front (only the foreground process may allow it)."""
    import ctypes

    ctypes.windll.user32.AllowSetForegroundWindow(-1)  # type: ignore[attr-defined]  # ASFW_ANY


def answers(address: str) -> bool:
    """Whether a server listens at ``address`` (a stale socket file does not answer)."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(address)
    connected = socket.waitForConnected(CONNECT_MS)
    socket.abort()
    return connected


class InstanceServer(QObject):
    """The first start's listener: reads each later start's request and answers it.

    Signals:
        request_received(Request): a well-formed request, its section (if any) known.
    """

    request_received = Signal(object)

    def __init__(self, address: str, has_section: Callable[[str], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtNetwork import QAbstractSocket, QLocalServer  # 12 ms: after the first paint

        self.has_section = has_section
        self._server = QLocalServer(self)
        if sys.platform == "win32":  # a pipe only the user may open; Unix: the folder is private
            # (on Unix the option would also bind beside and rename over any socket file, even a live one's)
            self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        in_use = QAbstractSocket.SocketError.AddressInUseError
        if not self._server.listen(address) and self._server.serverError() == in_use:
            if answers(address):
                log.warning("another window already listens at %s: this one will not", address)
                return
            log.info("removing a stale socket left by a window that ended: %s", address)
            QLocalServer.removeServer(address)
            self._server.listen(address)
        if not self._server.isListening():
            log.warning("cannot listen for later starts at %s: %s", address, self._server.errorString())

    def listening(self) -> bool:
        """Whether later starts can reach this window."""
        return self._server.isListening()

    def server_name(self) -> str:
        """Where the server listens (its socket file, or its pipe's name)."""
        return self._server.fullServerName()

    def close(self) -> None:
        """Stop listening; the socket file is removed."""
        self._server.close()

    @Slot()
    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            _Client(self._server.nextPendingConnection(), self)

    def answer(self, request: Request) -> str:
        """The status to reply to a request; a request that can be done is emitted first."""
        if request.section is not None and not self.has_section(request.section):
            return Outcome.NO_SECTION.value
        self.request_received.emit(request)
        return Outcome.HANDED.value


class _Client(QObject):
    """One later start's connection: its bytes until the line ends, then one answer."""

    def __init__(self, socket: QLocalSocket, server: InstanceServer) -> None:
        super().__init__(server)
        self.socket = socket
        self.server = server
        self.data = b""
        socket.setParent(self)
        socket.readyRead.connect(self._read)
        socket.disconnected.connect(self.deleteLater)
        QTimer.singleShot(ANSWER_MS, self, self._give_up)  # a client that never finishes its line

    @Slot()
    def _read(self) -> None:
        self.data += self.socket.readAll().data()
        if b"\n" not in self.data and len(self.data) <= MAX_MESSAGE:
            return
        self.socket.readyRead.disconnect(self._read)
        try:
            request = Request.decode(self.data)
        except (ValueError, RecursionError) as exc:  # bad JSON and bad UTF-8 are ValueErrors
            log.warning("ignored a malformed message from another start: %s", visible(str(exc))[:200])
            self._drop()
            return
        self.socket.write(_line({"v": VERSION, "status": self.server.answer(request)}))
        self.socket.disconnectFromServer()

    @Slot()
    def _give_up(self) -> None:
        if not self.data.endswith(b"\n"):
            log.warning("ignored another start that sent no whole message in %d ms", ANSWER_MS)
            self._drop()

    def _drop(self) -> None:
        self.socket.abort()
        self.deleteLater()
