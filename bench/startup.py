"""Start-up time: launch to a painted window, the reader beside the least PySide6 window.

The baseline is a QMainWindow with a QTreeWidget and a QTextBrowser showing the same HTML and
stylesheet, nothing else, at the size the reader takes on a first start. The reader starts as a
user's would: its installed script (else ``python -m reader``). Each runs N times, interleaved, as
a fresh process on the current display (an Xvfb of its own when there is none), and reports the
moment its text pane has first painted (the reader does so when READER_REPORT_FIRST_PAINT is set).
Prints medians and ratios.

    python -m bench.startup [--runs 21] [--frozen dist/reader/reader]
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

BASELINE = """
import os, sys, time
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTextBrowser, QTreeWidget, QTreeWidgetItem

class Browser(QTextBrowser):
    def paintEvent(self, event):
        super().paintEvent(event)
        print(f"first-paint {time.time():.6f}", flush=True)
        os._exit(0)

app = QApplication(sys.argv[:1])
window = QMainWindow()
tree = QTreeWidget()
tree.setHeaderHidden(True)
for title in open(sys.argv[2], encoding="utf-8").read().splitlines():
    QTreeWidgetItem(tree, [title])
browser = Browser()
browser.document().setDefaultStyleSheet(open(sys.argv[3], encoding="utf-8").read())
browser.setHtml(open(sys.argv[1], encoding="utf-8").read())
splitter = QSplitter(Qt.Orientation.Horizontal)
splitter.addWidget(tree)
splitter.addWidget(browser)
window.setCentralWidget(splitter)
# The reader's size on a first start (MainWindow._restore_window): the same pixels to paint.
available = app.primaryScreen().availableGeometry()
width, height = min(1440, int(available.width() * 0.9)), min(960, int(available.height() * 0.9))
window.resize(width, height)
tree_width = max(260, min(420, width // 4))
splitter.setSizes([tree_width, width - tree_width])
window.show()
app.exec()
"""


@contextlib.contextmanager
def display() -> Iterator[str]:
    """Yield a display to run on: the current one, or an Xvfb started for the benchmark."""
    if os.environ.get("DISPLAY"):
        yield os.environ["DISPLAY"]
        return
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        sys.exit("no DISPLAY and no Xvfb: install xvfb (apt-get install xvfb) or run on a desktop")
    server = subprocess.Popen([xvfb, ":97", "-screen", "0", "1280x1024x24"], stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    try:
        yield ":97"
    finally:
        server.terminate()
        server.wait()


def launch_environment(folder: Path, screen: str, root: Path) -> dict[str, str]:
    """The environment of a measured launch: the display, a private home and folders in ``folder``
    (no user or machine-wide library, nothing saved by an earlier run), the checkout first on the
    path, and the first paint reported."""
    return {
        **os.environ,
        "DISPLAY": screen,
        "QT_QPA_PLATFORM": "xcb",
        "HOME": str(folder / "home"),
        "XDG_CONFIG_HOME": str(folder / "config"),
        "XDG_CACHE_HOME": str(folder / "cache"),
        "XDG_DATA_HOME": str(folder / "data"),
        "XDG_STATE_HOME": str(folder / "state"),
        "READER_SYSTEM_LIBRARY": "",
        "PYTHONPATH": str(root),
        "READER_REPORT_FIRST_PAINT": "1",
    }


def launch(command: list[str], env: dict[str, str]) -> float:
    """Run one program and return its seconds from launch to first paint."""
    started = time.time()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, check=False)
    lines = [line for line in result.stdout.splitlines() if line.startswith("first-paint ")]
    if not lines:
        raise SystemExit(f"no first paint from {' '.join(command[:3])}:\n{result.stderr[-2000:]}")
    return float(lines[-1].split()[1]) - started


def _reader_command() -> list[str]:
    """How a user starts the reader installed by pip: its script; else ``python -m reader``."""
    script = Path(sys.executable).with_name("reader")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "reader"]


def main() -> None:
    """Measure and print the medians and their ratios to the baseline."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--frozen", type=Path, metavar="EXE", help="also time a frozen reader (dist/reader/reader)")
    args = parser.parse_args()

    root = Path(__file__).resolve().parent.parent
    # An installed reader runs from compiled bytecode (pip and PyInstaller compile it); so does this
    # measurement, even where PYTHONDONTWRITEBYTECODE would leave the checkout uncompiled.
    compileall.compile_dir(root / "reader", quiet=1)

    from reader.core.builder import build_bundle
    from reader.core.bundle import Bundle
    from reader.core.locations import articles_dir, stylesheet_path, synonyms_path

    with tempfile.TemporaryDirectory() as tmp, display() as screen:
        folder = Path(tmp)
        bundle_path = folder / "content.sqlite"
        build_bundle(articles_dir(), bundle_path, stylesheet_path(), synonyms_path())
        with Bundle.open(bundle_path) as bundle:
            (folder / "article.html").write_text("\n".join(s.html for s in bundle.sections()), encoding="utf-8")
            (folder / "titles.txt").write_text("\n".join(s.title for s in bundle.sections()), encoding="utf-8")
            (folder / "style.css").write_text(bundle.stylesheet(), encoding="utf-8")
        env = launch_environment(folder, screen, root)
        files = [str(folder / name) for name in ("article.html", "titles.txt", "style.css")]
        commands = {
            "least PySide6 window": [sys.executable, "-c", BASELINE, *files],
            "reader (from source)": [*_reader_command(), "--bundle", str(bundle_path)],
        }
        if args.frozen:
            commands["reader (frozen)"] = [str(args.frozen.resolve()), "--bundle", str(bundle_path)]
        for command in commands.values():  # warm the file cache once, unmeasured
            launch(command, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                times[name].append(launch(command, env))

    baseline = statistics.median(times["least PySide6 window"])
    print(f"launch to painted window, median of {args.runs} interleaved runs on display {screen}:")
    for name, samples in times.items():
        median = statistics.median(samples)
        print(
            f"  {name:<22} {median * 1000:7.0f} ms   (min {min(samples) * 1000:.0f}, "
            f"max {max(samples) * 1000:.0f})   ratio {median / baseline:.2f}"
        )


if __name__ == "__main__":
    main()
