"""Starting the window: a bad bundle or section gives a message, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.gui import app


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(app.QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    return shown


@pytest.mark.parametrize("content", [None, b"garbage" * 50])
def test_unreadable_bundle_shows_a_dialog(
    content: bytes | None,
    tmp_path: Path,
    dialogs: list[str],
    qtbot: QtBot,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "bundle.sqlite"
    if content is not None:
        path.write_bytes(content)
    assert app.run(path, None) == 2
    assert len(dialogs) == 1
    assert str(path) in dialogs[0]
    assert "Traceback" not in capsys.readouterr().err


def test_unknown_section_is_a_one_line_error(
    shipped_bundle: Path, dialogs: list[str], qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    assert app.run(shipped_bundle, "nope") == 2
    assert capsys.readouterr().err == "reader: error: no section with id 'nope' (see 'reader outline')\n"
