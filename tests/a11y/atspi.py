"""Test helper: run the reader on a private X display and D-Bus session and read what a screen
reader gets over AT-SPI (``atspi_probe.py``, run by the system's Python, which has pyatspi).

Needs ``Xvfb``, ``dbus-run-session``, ``xdotool``, ``/usr/bin/python3`` with ``pyatspi`` and
AT-SPI's bus (Debian: ``xvfb dbus at-spi2-core python3-pyatspi xdotool``); ``missing()`` names
what is missing, for a skip.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SYSTEM_PYTHON = "/usr/bin/python3"
PROBE = Path(__file__).with_name("atspi_probe.py")
REPO = Path(__file__).resolve().parents[2]
PROBE_TIMEOUT = 150

Node = dict[str, Any]


def missing() -> str | None:
    """What this machine lacks to run the probe (a reason to skip), or None."""
    for tool in ("Xvfb", "dbus-run-session", "xdotool"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not os.path.exists(SYSTEM_PYTHON):
        return f"{SYSTEM_PYTHON} is missing"
    check = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False)
    if check.returncode:
        return "the system's Python has no pyatspi (python3-pyatspi)"
    if not Path("/usr/share/dbus-1/services/org.a11y.Bus.service").exists():
        return "AT-SPI's bus is not installed (at-spi2-core)"
    return None


@contextmanager
def x_display(size: str = "1280x800x24") -> Iterator[str]:
    """A private Xvfb display (a free number, chosen by Xvfb itself), stopped afterwards."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", size, "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as numbers:
            number = numbers.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


@dataclass
class ProbeResult:
    """What the probe saw: a snapshot (list of nodes) for each snapshot step, and the events."""

    snapshots: list[list[Node]]
    events: list[Node]

    def events_after(self, step: int) -> list[Node]:
        """The events from a step on (its index in the steps given)."""
        marks = [index for index, event in enumerate(self.events) if event == {**event, "type": "step", "index": step}]
        return self.events[marks[0] + 1 :] if marks else []

    def described_after(self, step: int) -> list[tuple[str, str, str]]:
        """The role, name and new description of each element whose description changed from a
        step on (a screen reader says the focused one's)."""
        return [
            (event["role"], event["name"], event["text"])
            for event in self.events_after(step)
            if event["type"].startswith("object:property-change:accessible-description")
        ]

    def focused_after(self, step: int) -> list[tuple[str, str]]:
        """The role and name of each element that got the focus from a step on."""
        return [
            (event["role"], event["name"])
            for event in self.events_after(step)
            if event["type"].startswith("object:state-changed:focused")
        ]


def probe(steps: Sequence[Sequence[object]], reader_args: Sequence[str], home: Path, display: str) -> ProbeResult:
    """Start the reader (``python -m reader`` with these arguments, a private home), run the steps
    against it over AT-SPI and return what was seen; an AssertionError says why it could not."""
    environment = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "DISPLAY": display,
        "HOME": str(home),
        "LANG": "C.UTF-8",
        **{name: str(home / name.lower()) for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")},
        "XDG_CACHE_HOME": str(home / "cache"),
        "READER_LIBRARY": str(home / "library"),
        "READER_SYSTEM_LIBRARY": "",
        "PYTHONPATH": str(REPO),
    }
    command = [
        "dbus-run-session",
        "--",
        SYSTEM_PYTHON,
        str(PROBE),
        json.dumps(list(map(list, steps))),
        "--",
        sys.executable,
        "-m",
        "reader",
        *reader_args,
    ]
    run = subprocess.run(
        command, env=environment, capture_output=True, text=True, timeout=PROBE_TIMEOUT, cwd=REPO, check=False
    )
    # AT-SPI's registry daemon prints a line of its own on the same output: the result is the last.
    lines = run.stdout.strip().splitlines()
    assert lines, f"the probe printed nothing (exit {run.returncode}): {run.stderr[-2000:]}"
    result = json.loads(lines[-1])
    assert result["error"] is None, f"{result['error']}: {run.stderr[-2000:]}"
    snapshots = [step for step in result["steps"] if step is not None]
    return ProbeResult(snapshots, result["events"])


def find(nodes: list[Node], role: str, name: str | None = None) -> list[Node]:
    """The nodes of a role (and name)."""
    return [node for node in nodes if node["role"] == role and (name is None or node["name"] == name)]


def below(nodes: list[Node], parent: Node) -> list[Node]:
    """The nodes inside one node."""
    path = parent["path"]
    return [node for node in nodes if node["path"][: len(path)] == path and node is not parent]
