"""The safety net: an unexpected error is logged to a file and told in a short dialog."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer, Signal

from reader.gui.crash import ExceptionHandler, setup_logging


class _Emitter(QObject):
    fired = Signal()


def _broken_slot() -> None:
    raise ValueError("broken slot for the test")


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_and_shown(tmp_path: Path, qtbot: object, monkeypatch: pytest.MonkeyPatch) -> None:
    log_path = setup_logging(tmp_path)
    assert log_path == tmp_path / "reader.log"
    handler = ExceptionHandler(log_path)
    shown: list[str] = []
    monkeypatch.setattr(handler, "notify", shown.append)
    monkeypatch.setattr(sys, "excepthook", handler.handle)
    emitter = _Emitter()
    emitter.fired.connect(_broken_slot)
    emitter.fired.emit()
    assert shown == ["ValueError: broken slot for the test"]
    logged = log_path.read_text(encoding="utf-8")
    assert "broken slot for the test" in logged
    assert "Traceback" in logged
    fired_later: list[bool] = []
    QTimer.singleShot(0, lambda: fired_later.append(True))
    qtbot.waitUntil(lambda: bool(fired_later))  # type: ignore[attr-defined]


def test_setup_logging_twice_keeps_one_pair_of_handlers(tmp_path: Path) -> None:
    import logging

    setup_logging(tmp_path)
    setup_logging(tmp_path)
    ours = [h for h in logging.getLogger().handlers if getattr(h, "reader_handler", False)]
    assert len(ours) == 2


def test_records_before_the_log_file_opens_reach_it(tmp_path: Path) -> None:
    import logging

    from reader.gui.crash import start_early_logging

    start_early_logging()
    logging.getLogger("reader.test").warning("settings file could not be read: early")
    path = setup_logging(tmp_path)
    assert path is not None
    assert "settings file could not be read: early" in path.read_text(encoding="utf-8")
