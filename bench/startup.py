"""Start-up time: launch to a painted window, the reader beside the least PySide6 window.

The baseline is a QMainWindow with a QTreeWidget and a QTextBrowser showing the same HTML and
stylesheet, nothing else. Both run N times, interleaved, as fresh processes on the current
display (an Xvfb of its own when there is none); each reports when its text pane first paints.
Prints the medians and the ratio.

    python -m bench.startup [--runs 15]
"""

from __future__ import annotations

import argparse
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

# Each probe reports the first paint of its article pane, then ends the process at once. The hook
# is a paintEvent override in both, so neither pays for watching every other event.
REPORT = """
import os, sys, time
def report(*_args):
    print(f"{time.time() - float(os.environ['BENCH_T0']):.6f}", flush=True)
    os._exit(0)
"""

BASELINE = (
    REPORT
    + """
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTextBrowser, QTreeWidget, QTreeWidgetItem

class Browser(QTextBrowser):
    def paintEvent(self, event):
        report()

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
window.resize(1200, 800)
window.show()
app.exec()
"""
)

READER = (
    REPORT
    + """
from reader.gui.content_view import ContentView
ContentView.paintEvent = report
from reader.cli import main
sys.exit(main(["--bundle", sys.argv[1]]))
"""
)


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


def launch(command: list[str], env: dict[str, str]) -> float:
    """Run one probe and return its seconds from launch to first paint."""
    env = {**env, "BENCH_T0": f"{time.time():.6f}"}
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60, check=False)
    lines = result.stdout.strip().splitlines()
    if not lines:
        raise SystemExit(f"probe failed: {' '.join(command[:3])}\n{result.stderr}")
    return float(lines[-1])


def main() -> None:
    """Measure and print the medians and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    import compileall

    # An installed reader runs from compiled bytecode (pip and PyInstaller compile it); so does this
    # measurement, even where PYTHONDONTWRITEBYTECODE would leave the checkout uncompiled.
    compileall.compile_dir(Path(__file__).resolve().parent.parent / "reader", quiet=1)

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
        env = {
            **os.environ,
            "DISPLAY": screen,
            "QT_QPA_PLATFORM": "xcb",
            "XDG_CONFIG_HOME": str(folder / "config"),
            "XDG_CACHE_HOME": str(folder / "cache"),
            "XDG_STATE_HOME": str(folder / "state"),
            "PYTHONPATH": str(Path(__file__).resolve().parent.parent),
        }
        python = sys.executable
        commands = {
            "least PySide6 window": [
                python,
                "-c",
                BASELINE,
                str(folder / "article.html"),
                str(folder / "titles.txt"),
                str(folder / "style.css"),
            ],
            "reader (from source)": [python, "-c", READER, str(bundle_path)],
        }
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
