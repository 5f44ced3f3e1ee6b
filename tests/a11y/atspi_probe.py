"""Start the reader and read its accessibility tree over AT-SPI, as a screen reader does.

Run by the system's Python (``/usr/bin/python3``, which has ``pyatspi``) inside
``dbus-run-session`` on an X display: ``atspi_probe.py STEPS_JSON -- READER_COMMAND...``. The
steps are a JSON list, each ``["snapshot"]``, ``["key", "F6"]`` (xdotool key names),
``["type", "text"]`` or ``["wait", milliseconds]``. It prints one JSON object: ``steps`` (a
snapshot's nodes for each snapshot step, else null), ``events`` (focus, announcement, caret and
description events in order, each step marked by an event ``{"type": "step", "index": N}``) and ``error``
(null, or why it stopped). Exit 0 when the steps ran, 1 if not.

Imports no module of the reader and nothing outside the system's Python: it runs outside the venv.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from typing import Any

import pyatspi  # type: ignore[import-not-found]  # the system's, not the venv's
from gi.repository import GLib  # type: ignore[import-not-found]

Accessible = Any  # pyatspi's objects carry no types

START_TIMEOUT = 40.0
MAX_TEXT = 200_000
MAX_NODES = 3000


def pump(seconds: float) -> None:
    """Let the events of a while arrive (they come through GLib's main loop)."""
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while context.pending():
            context.iteration(False)
        time.sleep(0.01)


def find_application(reader: subprocess.Popen[bytes]) -> Accessible | None:
    """The reader's application once its window is showing; None if the reader ends first or
    after START_TIMEOUT."""
    pid = reader.pid
    end = time.monotonic() + START_TIMEOUT
    while time.monotonic() < end and reader.poll() is None:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            try:
                if app is not None and app.get_process_id() == pid and app.childCount:
                    frame = app.getChildAtIndex(0)
                    if frame is not None and frame.getState().contains(pyatspi.STATE_SHOWING):
                        return app
            except GLib.Error:
                pass
        pump(0.2)
    return None


def describe(node: Accessible) -> dict[str, object]:
    """One node: role, name, description, states, extents, text (if it has any), children."""
    states = node.getState()
    described: dict[str, object] = {
        "role": node.getRoleName(),
        "name": node.name or "",
        "description": node.description or "",
        "showing": states.contains(pyatspi.STATE_SHOWING),
        "visible": states.contains(pyatspi.STATE_VISIBLE),
        "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
        "focused": states.contains(pyatspi.STATE_FOCUSED),
        "enabled": states.contains(pyatspi.STATE_ENABLED),
        "children": node.childCount,
        "text": None,
        "caret": None,
        "extents": None,
    }
    try:
        component = node.queryComponent()
        box = component.getExtents(pyatspi.DESKTOP_COORDS)
        described["extents"] = [box.x, box.y, box.width, box.height]
    except NotImplementedError:
        pass
    try:
        text = node.queryText()
        described["text"] = text.getText(0, min(text.characterCount, MAX_TEXT))
        described["caret"] = text.caretOffset
    except NotImplementedError:
        pass
    return described


def snapshot(app: Accessible) -> list[dict[str, object]]:
    """Every node below the application, depth first, each with its path of indexes."""
    nodes: list[dict[str, object]] = []

    def walk(node: Accessible, path: list[int]) -> None:
        if node is None or len(nodes) >= MAX_NODES:
            return
        described = describe(node)
        described["path"] = path
        nodes.append(described)
        for index in range(node.childCount):
            walk(node.getChildAtIndex(index), [*path, index])

    walk(app, [])
    return nodes


def main(argv: list[str]) -> int:
    """Run the steps against the reader command; print the JSON result."""
    separator = argv.index("--")
    steps = json.loads(argv[1])
    command = argv[separator + 1 :]
    events: list[dict[str, object]] = []

    def record(event: Any) -> None:
        kind = str(event.type)
        if kind.startswith("object:state-changed:focused") and not event.detail1:
            return
        try:
            source = event.source
            entry = {"type": kind, "role": source.getRoleName(), "name": source.name or ""}
        except GLib.Error:
            entry = {"type": kind, "role": "", "name": ""}
        if kind.startswith(("object:announcement", "object:property-change:accessible-description")):
            entry["text"] = str(event.any_data)
        elif kind.startswith("object:text-caret-moved"):
            entry["offset"] = event.detail1
        events.append(entry)

    pyatspi.Registry.registerEventListener(
        record,
        "object:state-changed:focused",
        "object:announcement",
        "object:text-caret-moved",
        "object:property-change:accessible-description",
    )
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb")
    reader = subprocess.Popen(command, env=env)
    result: dict[str, object] = {"steps": [], "events": events, "error": None}
    try:
        app = find_application(reader)
        if app is None:
            result["error"] = f"the reader's window did not show (exit status {reader.poll()})"
        else:
            window = subprocess.run(
                ["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(reader.pid)],
                capture_output=True,
                text=True,
                check=True,
                timeout=20,
            ).stdout.split()[0]
            subprocess.run(["xdotool", "windowfocus", "--sync", window], check=True, timeout=20)
            pump(0.5)
            for index, step in enumerate(steps):
                events.append({"type": "step", "index": index, "step": step})
                result["steps"].append(run_step(app, step))  # type: ignore[attr-defined]
    except (GLib.Error, subprocess.SubprocessError, OSError, IndexError, ValueError) as exc:
        result["error"] = f"{type(exc).__name__}: {exc}"
    finally:
        reader.terminate()
        try:
            reader.wait(10)
        except subprocess.TimeoutExpired:
            reader.kill()
    print(json.dumps(result))
    return 0 if result["error"] is None else 1


def run_step(app: Accessible, step: list[Any]) -> object:
    """Do one step; a snapshot returns its nodes."""
    kind = step[0]
    if kind == "snapshot":
        return snapshot(app)
    if kind == "key":
        subprocess.run(["xdotool", "key", "--clearmodifiers", str(step[1])], check=True, timeout=20)
        pump(0.6)
    elif kind == "type":
        subprocess.run(["xdotool", "type", "--delay", "40", str(step[1])], check=True, timeout=60)
        pump(0.8)
    elif kind == "wait":
        pump(float(step[1]) / 1000)
    else:
        raise ValueError(f"unknown step {kind!r}")
    return None


if __name__ == "__main__":
    sys.exit(main(sys.argv))
