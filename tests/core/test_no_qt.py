"""The core and the command-line commands stay free of Qt (and the reader of markdown-it)."""

from __future__ import annotations

import subprocess
import sys

import pytest

PROBE = """
import sys, pkgutil, importlib
import reader.core
for module in pkgutil.walk_packages(reader.core.__path__, "reader.core."):
    importlib.import_module(module.name)
print(sorted(m for m in sys.modules if m.split(".")[0] in {"PySide6", "shiboken6"}))
"""


def test_core_imports_no_qt() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize("argv", [["outline"], ["info", "--json"], ["check"]])
def test_cli_commands_import_neither_qt_nor_markdown(argv: list[str], shipped_bundle: object) -> None:
    probe = (
        "import sys; from reader.cli import main; "
        f"code = main({argv + ['--bundle', str(shipped_bundle)]!r}); "
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in {'PySide6', 'markdown_it', 'yaml'}); "
        "print(loaded, file=sys.stderr); sys.exit(code)"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().splitlines()[-1] == "[]"
