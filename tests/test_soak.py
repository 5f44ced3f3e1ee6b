"""Soak: 500 searches typed into the real window, on a real X server, as a nurse would type them.

PySide6 6.12.0 on Python 3.11 aborted the window after about 80 searches (tests/gui/
test_none_refcount.py has the cause). This types into the window through the X server's keyboard
(xdotool on Xvfb), half of them opened with Enter and left with Esc from the article, and the
window must still be running, and quit cleanly, at the end.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

DISPLAY = ":94"
SEARCHES = int(os.environ.get("READER_SOAK_SEARCHES", "500"))
QUERIES = ("ket", "nausea", "side efects", "depresion", "hallucinations", "anxiety", "treatment", "the")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("Xvfb") is None or shutil.which("xdotool") is None, reason="needs Xvfb, xdotool"),
]


@pytest.fixture
def x_server() -> Iterator[str]:
    """A virtual X server for the test's window."""
    server = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1280x800x24"], stderr=subprocess.DEVNULL)
    try:
        time.sleep(1)
        yield DISPLAY
    finally:
        server.terminate()
        server.wait()


def _xdotool(*args: str) -> str:
    env = {**os.environ, "DISPLAY": DISPLAY}
    return subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, timeout=60, check=True).stdout


def _find_window(window: subprocess.Popen[bytes], errors: Path) -> str:
    for _ in range(300):
        assert window.poll() is None, f"the window did not start: {errors.read_text()[-2000:]}"
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", "Reader"],
            env={**os.environ, "DISPLAY": DISPLAY},
            capture_output=True,
            text=True,
            check=False,
        ).stdout.split()
        if found:
            return found[0]
        time.sleep(0.1)
    raise AssertionError("the window did not appear in 30 s")


@pytest.mark.timeout(900)
def test_500_searches_typed_into_the_real_window(x_server: str, shipped_bundle: Path, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "DISPLAY": x_server,
        "QT_QPA_PLATFORM": "xcb",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    runtime = tmp_path / "runtime"  # its own socket: never handed to a reader already running
    runtime.mkdir(mode=0o700)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    errors = tmp_path / "stderr.txt"
    with errors.open("w", encoding="utf-8") as stderr:
        window = subprocess.Popen(
            [sys.executable, "-m", "reader", "--bundle", str(shipped_bundle)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    try:
        wid = _find_window(window, errors)
        _xdotool("windowfocus", "--sync", wid)
        for number in range(SEARCHES):
            query = QUERIES[number % len(QUERIES)]
            # Find, type, let the results come (debounced), then Esc: back to reading.
            _xdotool("key", "ctrl+f")
            _xdotool("type", "--delay", "1", query)  # "type" takes the rest of a chain as text
            if number % 2:
                # Enter opens the top result and moves to the article; Esc there clears the search.
                _xdotool("sleep", "0.2", "key", "Return")
                _xdotool("sleep", "0.1", "key", "Escape")
                if number % 10 == 9:
                    _xdotool("key", "alt+Left")  # Back: to the reading place before the search
            else:
                _xdotool("sleep", "0.2", "key", "Escape")
            if number % 50 == 49:
                assert window.poll() is None, f"died after {number + 1} searches: {errors.read_text()[-2000:]}"
        assert window.poll() is None, f"the window died: {errors.read_text()[-2000:]}"
        _xdotool("key", "ctrl+q")
        assert window.wait(timeout=30) == 0
    finally:
        if window.poll() is None:
            window.kill()
        window.wait()
    log = (tmp_path / "state" / "reader" / "log" / "reader.log").read_text(encoding="utf-8")
    assert "Fatal Python error" not in log
    assert "unexpected error" not in log
    assert "Traceback" not in errors.read_text(encoding="utf-8")
