"""What the window's start does to paint the article sooner, in one place.

``first_paint()`` wraps the start in ``reader.gui.app.run``: work handed to it waits until the
article is on screen, and how long the start took is logged. ``MEASURES`` lists every measure
the reader takes for a quick start, where it lives and what it gained when last measured:
instructions to the first paint counted with callgrind (``READER_REPORT_FIRST_PAINT=1 valgrind
--tool=callgrind python -m reader --bundle FILE`` on Xvfb, the reader with and without the
measure), or ``python -X importtime``. A trick that gains under 2% is not worth its code; an
import left inside a function stays there only when loading it at the top costs start-up
measurably (0.3% or more: each such place says its figure); none may rely on PySide's private
internals.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import time
from collections.abc import Callable, Iterator
from typing import NamedTuple

from PySide6.QtCore import QTimer, SignalInstance
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)
REPORT_FIRST_PAINT = "READER_REPORT_FIRST_PAINT"  # set by bench/startup.py and the installer tests


class Measure(NamedTuple):
    """One thing the start does (or leaves until later) to paint sooner."""

    what: str
    where: str
    gain: str


MEASURES: tuple[Measure, ...] = (
    Measure(
        "the log file and the window icon wait for the first paint (until then records are kept)",
        "reader.gui.app, through first_paint()",
        "4.6% of instructions (logging.handlers, pickle and socket load with the log file)",
    ),
    Measure(
        "listening for later starts (QtNetwork's local socket) waits for the first paint; whether "
        "this start is the first is a lock file, with no Qt",
        "reader.gui.app, reader.gui.single_instance, reader.gui.instance_server",
        "QtNetwork 11-14 ms (about 5% of a start); the lock costs 0.2% of instructions",
    ),
    Measure(
        "search's modules (engine, rapidfuzz, snowballstemmer, the results panel) load after the "
        "first paint, in the warm-up, or with the first search",
        "reader.gui.search_controller",
        "27 ms of a 200 ms start (python -X importtime)",
    ),
    Measure(
        "printing's modules (print support, the scope dialog, the exporters) load when printing",
        "reader.gui.handout_actions",
        "18 ms of a 200 ms start (python -X importtime)",
    ),
    Measure(
        "the About and external-link dialogs load when opened",
        "reader.gui.main_window",
        "9 ms of a 250 ms start (python -X importtime; html's entity table is most of it)",
    ),
    Measure(
        "the message box's type loads only when the start fails or an error is told",
        "reader.gui.app, reader.gui.crash",
        "0.6% of instructions",
    ),
    Measure(
        "section anchors and their positions are found when first needed, not to paint the top",
        "reader.gui.section_anchors",
        "6.4% of instructions; also what keeps a resize at the top from laying out the whole text",
    ),
    Measure(
        "the search marks' Qt types (QRegularExpression, QTextCharFormat) load with the first search",
        "reader.gui.match_highlighter",
        "1.9% of instructions (0.5% and 1.4%)",
    ),
    Measure(
        "the text column's margins are the viewport's: one layout per resize, not two",
        "reader.gui.content_view",
        "one layout of the whole article saved at start and at every resize",
    ),
    Measure(
        "the frozen app keeps its modules as .pyc files, not in a compressed archive",
        "build.spec (noarchive)",
        "6% of the frozen window's time to paint (python -m bench.startup --frozen)",
    ),
)

# Taken out, each under 2% (callgrind, same bundle, same run): PySide's __feature__ import hook
# removed from builtins (3.0%, and it relied on PySide's private __orig_import__); CPython's own
# SHA-256 instead of OpenSSL's (1.0%); a quick parse of the window's options (1%); garbage
# collection off until the first paint (0.2%; 1.0% over a 400-article library, issue 13).


class FirstPaint:
    """Work that waits until the article is painted, and when the start began."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self._later: list[Callable[[], None]] = []

    def later(self, work: Callable[[], None]) -> None:
        """Run ``work`` once the window has painted the article (after the paint, not inside it)."""
        self._later.append(work)

    def wire(self, painted: SignalInstance) -> None:
        """Run the waiting work when ``painted`` fires (the window's first_painted signal)."""
        if os.environ.get(REPORT_FIRST_PAINT):
            painted.connect(_report_first_paint)
        painted.connect(functools.partial(QTimer.singleShot, 0, self._run))

    def _run(self) -> None:
        log.info("the window painted %.0f ms after start", (time.perf_counter() - self.started) * 1000)
        work, self._later = self._later, []
        for item in work:
            item()


@contextlib.contextmanager
def first_paint() -> Iterator[FirstPaint]:
    """The window's start: hand it work for after the first paint; if the start fails, the work
    is dropped (there will be no paint) and the failure is logged with the time it took."""
    start = FirstPaint()
    try:
        yield start
    except BaseException:
        log.info("the start failed after %.0f ms", (time.perf_counter() - start.started) * 1000)
        raise


def _report_first_paint() -> None:
    """For bench/startup.py and the installer tests: print the time of the first paint, then quit."""
    print(f"first-paint {time.time():.6f}", flush=True)
    QTimer.singleShot(0, QApplication.quit)
