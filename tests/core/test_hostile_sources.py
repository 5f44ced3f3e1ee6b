"""Hostile source folders and sources: the build finishes, and says what it refused in one line."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import FRONT, SourceWriter

BUILD_TIMEOUT_S = 60


def build(folder: Path, out: Path) -> subprocess.CompletedProcess[str]:
    """Run ``reader build`` in a child process, so that a hang fails the test instead of blocking it."""
    return subprocess.run(
        [sys.executable, "-m", "reader", "build", "--source", str(folder), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
        check=False,
    )


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _symlink_to_fifo(path: Path) -> None:
    fifo = path.parent.parent / "pipe"
    os.mkfifo(fifo)
    path.symlink_to(fifo)


def _symlink_to_device(path: Path) -> None:
    path.symlink_to(os.devnull)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs and symbolic links")
@pytest.mark.parametrize("make", [_fifo, _symlink_to_fifo, _symlink_to_device])
def test_a_source_that_is_not_a_regular_file_is_skipped_with_a_warning(
    make: Callable[[Path], None], write_source: SourceWriter, tmp_path: Path
) -> None:
    folder = write_source("# Test Article\n\nText.\n")
    odd = folder / "odd.md"
    make(odd)
    out = tmp_path / "out" / "bundle.sqlite"
    result = build(folder, out)
    assert result.returncode == 0, result.stderr
    assert result.stderr == f"{odd}: warning: skipped, not a regular file\n"
    assert out.is_file()


def test_a_symlink_to_a_source_is_built(write_source: SourceWriter, tmp_path: Path) -> None:
    folder = write_source("# Test Article\n\nText.\n")
    elsewhere = tmp_path / "second.md"
    elsewhere.write_text(FRONT.format(title="Second") + "# Second\n\nMore.\n", encoding="utf-8")
    (folder / "second.md").symlink_to(elsewhere)
    out = tmp_path / "bundle.sqlite"
    result = build(folder, out)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
