"""A bundle's HTML cannot make the reader read anything outside the bundle.

A forged bundle (its digest recomputed) carries images, style sheets and links that name local
files, a device that never ends and web addresses. The window, printing and every export are run
on it under strace: no file it names is ever opened, or even looked at.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.bundle import Bundle
from reader.core.export import export_sections, to_html
from tests.forge import forge

CANARY = "canary"
HOSTILE_HTML = (
    f'<p>text <img src="{{tmp}}/{CANARY}1.png"> <img src="file://{{tmp}}/{CANARY}2.png"> <img src="{CANARY}3.png">'
    f' <img src="/dev/zero"> <img src="http://example.com/{CANARY}4.png">'
    f' <a href="file://{{tmp}}/{CANARY}5.txt">file</a> <a href="javascript:alert(1)">script</a></p>'
    f'<p style="background-image: url({{tmp}}/{CANARY}6.png)">styled</p>'
    f'<table background="{{tmp}}/{CANARY}7.png"><tr><td background="{CANARY}8.png">cell</td></tr></table>'
    f'<link rel="stylesheet" href="{{tmp}}/{CANARY}9.css"><style>@import "{{tmp}}/{CANARY}10.css";</style>'
)
HOSTILE_CSS = f"p {{ background-image: url({{tmp}}/{CANARY}11.png) }} @import url({{tmp}}/{CANARY}12.css);"

WINDOW_SCRIPT = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from reader.core.bundle import Bundle
from reader.gui.application import create_application
from reader.gui.main_window import MainWindow
from reader.core.export import handout
from reader.gui.printing import write_pdf
from reader.gui.settings import Settings
app = create_application()
bundle = Bundle.open(sys.argv[1])
window = MainWindow(bundle, Settings(Path(sys.argv[2]) / "config"))
window.resize(1000, 700)
window.show()
for section in bundle.sections():
    window.open_section(section.id)
    window.content.viewport().repaint()
window.search_controller.search("text cell")
window.search_controller.panel.results.viewport().repaint()
write_pdf(Path(sys.argv[2]) / "out.pdf", handout(bundle, None))
print("rendered")
"""


def _hostile_bundle(bundle_copy: Path, tmp: Path) -> Path:
    for number in range(1, 13):
        (tmp / f"{CANARY}{number}.png").write_bytes(Path(__file__).with_name("__init__.py").read_bytes())
    html = HOSTILE_HTML.replace("{tmp}", str(tmp)).replace("'", "''")
    css = HOSTILE_CSS.replace("{tmp}", str(tmp)).replace("'", "''")
    forge(
        bundle_copy,
        f"UPDATE sections SET html = html || '{html}' WHERE ord IN (2, 5)",
        f"UPDATE meta SET value = value || '{css}' WHERE key = 'stylesheet'",
    )
    return bundle_copy


def test_html_is_sanitised_when_read(bundle_copy: Path, tmp_path: Path) -> None:
    with Bundle.open(_hostile_bundle(bundle_copy, tmp_path)) as bundle:
        html = "\n".join(section.html for section in bundle.sections())
        stylesheet = bundle.stylesheet()
        exported = to_html(export_sections(bundle, None), stylesheet)
    for text in (html, stylesheet, exported):
        assert CANARY not in text
        assert "/dev/zero" not in text
        assert "javascript:" not in text
        assert "<img" not in text
        assert "url(" not in text
    for word in ("text", "cell", "styled"):  # the words themselves stay
        assert word in html


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace (.ci/run installs it)")
def test_nothing_outside_the_bundle_is_opened(bundle_copy: Path, tmp_path: Path) -> None:
    bundle = _hostile_bundle(bundle_copy, tmp_path)
    commands = [
        [sys.executable, "-c", WINDOW_SCRIPT, str(bundle), str(tmp_path)],
        [sys.executable, "-m", "reader", "export", "--bundle", str(bundle), "--format", "pdf", "--out", "x.pdf"],
        [sys.executable, "-m", "reader", "export", "--bundle", str(bundle), "--format", "html", "--out", "x.html"],
        [sys.executable, "-m", "reader", "self-check", "--bundle", str(bundle)],
    ]
    for number, command in enumerate(commands):
        trace = tmp_path / f"trace{number}.txt"
        result = subprocess.run(
            ["strace", "-f", "-qq", "-e", "trace=%file", "-o", str(trace), *command],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        touched = [line for line in trace.read_text().splitlines() if CANARY in line or "/dev/zero" in line]
        assert touched == [], f"{command[2:4]} looked at files the bundle names:\n" + "\n".join(touched[:5])
