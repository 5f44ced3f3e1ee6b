"""The start's measures: work handed to first_paint() waits for the article to be painted."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.cli import main
from reader.core.locations import log_dir
from reader.gui import startup


class _Window(QObject):
    first_painted = Signal()


def test_work_waits_for_the_first_paint_and_runs_once(qtbot: QtBot) -> None:
    done: list[str] = []
    window = _Window()
    with startup.first_paint() as start:
        start.later(lambda: done.append("log"))
        start.later(lambda: done.append("icon"))
        start.wire(window.first_painted)
    qtbot.wait(20)
    assert done == []
    window.first_painted.emit()
    qtbot.waitUntil(lambda: done == ["log", "icon"])
    window.first_painted.emit()  # a second paint signal runs nothing again
    qtbot.wait(20)
    assert done == ["log", "icon"]


def test_a_failed_start_is_raised_not_swallowed() -> None:
    with pytest.raises(RuntimeError, match="no window"), startup.first_paint():
        raise RuntimeError("no window")


def test_the_window_opens_its_log_file_only_after_the_first_paint(
    shipped_bundle: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    log_file = log_dir() / "reader.log"
    seen: list[bool] = []

    def exec_until_logged(_app: QApplication) -> int:
        seen.append(log_file.exists())
        qtbot.waitUntil(log_file.exists)
        for widget in QApplication.topLevelWidgets():
            widget.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_until_logged)
    assert main(["--bundle", str(shipped_bundle)]) == 0
    assert seen == [False]
    assert "the window painted" in log_file.read_text(encoding="utf-8")
