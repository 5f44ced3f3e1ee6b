"""The local socket between starts: the first start's listener, and a later start handing over.

Loaded only after the first paint, or by a later start: QtNetwork costs 12 ms, 5% of a start
(python -X importtime). The claim and the message are ``reader.gui.single_instance``'s.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

from reader.core.safe_text import visible
from reader.gui.single_instance import (
    MAX_MESSAGE,
    VERSION,
    Outcome,
    Request,
    SingleInstance,
    message_line,
    read_message,
)

log = logging.getLogger(__name__)
CONNECT_MS = 200  # a local connection is made at once or not at all
ANSWER_MS = 2000  # a running window answers in milliseconds; a hung one is given up on
STARTING_WAIT_S = 15.0  # how long a later start waits for a first one still starting to listen
POLL_S = 0.05


def hand_over(instance: SingleInstance, request: Request, wait_s: float = STARTING_WAIT_S) -> Outcome:
    """Give the request to the first start's window; wait up to ``wait_s`` for it to listen.

    Returns NOT_RUNNING (and ``instance`` holds the claim) if the first start ended meanwhile.
    """
    deadline = time.monotonic() + wait_s
    while True:
        outcome = send(instance.address, request)
        if outcome is not None:
            return outcome
        if instance.claim():
            return Outcome.NOT_RUNNING
        if time.monotonic() > deadline:
            log.warning("another start holds the window's lock but does not listen: opening a window")
            return Outcome.NO_ANSWER
        time.sleep(POLL_S)  # the first start has not painted yet


def send(address: str, request: Request) -> Outcome | None:
    """Send a request to a listening window and read its answer; None when nobody listens."""
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
        status = read_message(bytes(reply)).get("status")
    except (ValueError, RecursionError) as exc:  # bad JSON and bad UTF-8 are ValueErrors
        return _no_answer(str(exc) if reply else "no reply")
    return Outcome(status) if status in ("ok", "no-section") else _no_answer(f"status {status!r}")


def _no_answer(why: str) -> Outcome:
    log.warning("the running window did not take the request (%s): opening a window", visible(why))
    return Outcome.NO_ANSWER


def _allow_foreground() -> None:
    """Windows: let the running window come to the front (only the foreground process may allow it)."""
    import ctypes

    ctypes.windll.user32.AllowSetForegroundWindow(-1)  # type: ignore[attr-defined]  # ASFW_ANY


def answers(address: str) -> bool:
    """Whether a server listens at ``address`` (a stale socket file does not answer)."""
    socket = QLocalSocket()
    socket.connectToServer(address)
    connected = socket.waitForConnected(CONNECT_MS)
    socket.abort()
    return connected


def listen(
    instance: SingleInstance, has_section: Callable[[str], bool], parent: QObject | None = None
) -> InstanceServer | None:
    """As the first start, listen for later ones; None (logged) where that cannot be done."""
    if not instance.primary or not instance.address:
        return None
    server = InstanceServer(instance.address, has_section, parent)
    if not server.listening():
        server.deleteLater()
        return None
    instance.server = server
    return server


class InstanceServer(QObject):
    """The first start's listener: reads each later start's request and answers it.

    Signals:
        request_received(Request): a well-formed request, its section (if any) known.
    """

    request_received = Signal(object)

    def __init__(self, address: str, has_section: Callable[[str], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.has_section = has_section
        self._server = QLocalServer(self)
        if sys.platform == "win32":  # a pipe only the user may open; on Unix the folder is private
            # (there the option would bind beside and rename over any socket file, even a live one's)
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

    def answer(self, request: Request) -> Outcome:
        """The reply to a request; a request that can be done is emitted first."""
        if request.section is not None and not self.has_section(request.section):
            return Outcome.NO_SECTION
        self.request_received.emit(request)
        return Outcome.HANDED


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
        self.socket.write(message_line({"v": VERSION, "status": self.server.answer(request).value}))
        self.socket.disconnectFromServer()

    @Slot()
    def _give_up(self) -> None:
        if not self.data.endswith(b"\n"):
            log.warning("ignored another start that sent no whole message in %d ms", ANSWER_MS)
            self._drop()

    def _drop(self) -> None:
        self.socket.abort()
        self.deleteLater()
