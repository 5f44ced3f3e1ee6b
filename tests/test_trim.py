"""packaging/trim.py: what the frozen folder keeps of what PyInstaller collected."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def trim() -> ModuleType:
    """packaging/trim.py, loaded by its path (``packaging`` is PyPI's name, not ours)."""
    spec = importlib.util.spec_from_file_location("trim", REPO / "packaging" / "trim.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("readelf") is None, reason="needs readelf")
def test_top_level_extension_modules_are_kept_and_unneeded_libraries_dropped(trim: ModuleType, tmp_path: Path) -> None:
    """A Python extension module at the top (PyNaCl's _cffi_backend) is imported, never linked
    to: it stays, where a top-level library that nothing needs goes."""
    empty = str(tmp_path / "empty.so")  # readelf finds no NEEDED entries in it
    Path(empty).write_bytes(b"")
    binaries = [
        ("_cffi_backend.cpython-311-x86_64-linux-gnu.so", empty, "EXTENSION"),
        ("libunused.so.1", empty, "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", empty, "BINARY"),
    ]
    kept = {name for name, _source, _kind in trim.keep(binaries)}
    assert kept == {"_cffi_backend.cpython-311-x86_64-linux-gnu.so", "PySide6/Qt/lib/libQt6Core.so.6"}
