"""Starting the window: a bad bundle or section gives a message, never a traceback."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from reader.cli import main
from reader.core.errors import BundleError, SectionNotFoundError
from reader.gui import app


@pytest.fixture(autouse=True)
def private_runtime_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test's own folder for the one-window lock and socket (tests/gui/test_single_instance.py)."""
    folder = tmp_path_factory.mktemp("run")
    folder.chmod(0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own; undo it after
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
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
    assert main(["--bundle", str(path)]) == 2
    assert len(dialogs) == 1
    assert str(path) in dialogs[0]
    err = capsys.readouterr().err
    assert err.startswith(f"reader: error: {path}: ")
    assert err.count("\n") == 1


def test_unknown_section_is_a_one_line_error(
    shipped_bundle: Path, dialogs: list[str], qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--bundle", str(shipped_bundle), "--section", "nope"]) == 2
    assert dialogs == []
    assert capsys.readouterr().err == "reader: error: no section with id 'nope' (see 'reader outline')\n"


def test_self_check_passes(shipped_bundle: Path, capsys: pytest.CaptureFixture[str], qtbot: QtBot) -> None:
    assert main(["self-check", "--bundle", str(shipped_bundle)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(
        "self-check ok: bundle verified, icons read, window built, 23 sections visited and found by search"
    )
    assert out.count("\n") == 1


def test_self_check_fails_on_a_tampered_bundle(
    bundle_copy: Path, capsys: pytest.CaptureFixture[str], qtbot: QtBot
) -> None:
    import sqlite3

    with sqlite3.connect(bundle_copy) as conn:
        conn.execute("UPDATE sections SET text = 'changed' WHERE id = 'ketamine-effects/conclusion'")
    assert main(["self-check", "--bundle", str(bundle_copy)]) == 1
    assert "self-check failed:" in capsys.readouterr().err


def test_no_display_is_a_one_line_error(
    shipped_bundle: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert main(["--bundle", str(shipped_bundle)]) == 2
    assert capsys.readouterr().err == (
        "reader: error: no display to open the window on (DISPLAY is not set); 'reader self-check' needs none\n"
    )
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert app.no_display() is None
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setenv("DISPLAY", ":0")
    assert app.no_display() is None


def _log_text() -> str:
    from reader.core.locations import log_dir

    path = log_dir() / "reader.log"
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def test_start_up_errors_are_written_to_the_log(tmp_path: Path, dialogs: list[str], qtbot: QtBot) -> None:
    path = tmp_path / "bundle.sqlite"
    path.write_bytes(b"garbage" * 50)
    with pytest.raises(BundleError):
        app.run(path, None)
    assert f"{path}: not a readable reader bundle" in _log_text()
    assert "Details were written to" in dialogs[0]


def test_an_error_before_the_first_paint_is_logged_and_told_truthfully(
    shipped_bundle: Path, dialogs: list[str], monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    from reader.gui.main_window import MainWindow

    def broken(*_args: object) -> None:
        raise RuntimeError("broken window for the test")

    monkeypatch.setattr(MainWindow, "__init__", broken)
    assert main(["--bundle", str(shipped_bundle)]) == 1
    assert len(dialogs) == 1
    assert "could not start" in dialogs[0]
    assert "RuntimeError: broken window for the test" in dialogs[0]
    assert "still running" not in dialogs[0]
    log = _log_text()
    assert "Traceback" in log
    assert "RuntimeError: broken window for the test" in log


def test_a_fatal_error_leaves_its_traceback_in_the_log(tmp_path: Path) -> None:
    import subprocess

    script = (
        "import faulthandler, sys\n"
        "from pathlib import Path\n"
        "from reader.gui.crash import setup_logging, start_early_logging\n"
        "start_early_logging()\n"
        "setup_logging(Path(sys.argv[1]))\n"
        "import logging\n"
        "from reader.gui.log_file import LogFile\n"
        "for handler in logging.getLogger().handlers:\n"
        "    if isinstance(handler, LogFile):\n"
        "        handler.doRollover()  # fatal errors follow the log into its new file\n"
        "def crash_here():\n"
        "    faulthandler._sigsegv()\n"
        "crash_here()\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, timeout=60)
    assert result.returncode != 0
    log = (tmp_path / "reader.log").read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in log
    assert "crash_here" in log


def test_content_too_large_for_one_document_is_refused_in_one_line(
    bundle_copy: Path, tmp_path: Path, dialogs: list[str], qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    from reader.cli import main
    from tests.forge import forge

    # Each section within its own limit (512 KiB), twelve of them more than one document may hold.
    paragraph = "<p>" + "word " * 80 + "</p>"
    forge(bundle_copy, ("UPDATE sections SET html = html || ? WHERE ord <= 12", (paragraph * 1000,)))
    assert main(["export", "--format", "pdf", "--out", str(tmp_path / "x.pdf"), "--bundle", str(bundle_copy)]) == 2
    assert main(["self-check", "--bundle", str(bundle_copy)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 2
    assert "the reader lays out at most 4 MiB" in err
    assert main(["--bundle", str(bundle_copy)]) == 2
    assert "the reader lays out at most 4 MiB" in dialogs[0]
    one = ["export", "--format", "pdf", "--out", str(tmp_path / "one.pdf"), "--section", "ketamine-effects/conclusion"]
    assert main([*one, "--bundle", str(bundle_copy)]) == 0


def test_the_window_over_several_bundles_has_its_own_claim(tmp_path: Path) -> None:
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    both = app.instance_for([a, b])
    assert both.address == app.instance_for([b, tmp_path / "." / "a.sqlite"]).address  # any order, any spelling
    others = {app.instance_for([]).address, app.instance_for([a]).address, app.instance_for([b]).address}
    assert both.address not in others
    assert len(others) == 3
    assert app.named_bundles(None) == []
    assert app.named_bundles(a) == [a]
    assert app.named_bundles((a, b)) == [a, b]


def test_a_section_the_library_lacks_is_a_one_line_error(
    shipped_bundle: Path, dialogs: list[str], qtbot: QtBot
) -> None:
    with pytest.raises(SectionNotFoundError, match="no section with id 'nope'"):
        app.run([shipped_bundle, shipped_bundle], "nope")
    assert dialogs == []


def test_a_named_bundle_among_several_that_cannot_be_read_is_an_error(
    shipped_bundle: Path, tmp_path: Path, dialogs: list[str], qtbot: QtBot
) -> None:
    missing = tmp_path / "missing.sqlite"
    with pytest.raises(BundleError, match="bundle not found"):
        app.run([shipped_bundle, missing], None)
    assert len(dialogs) == 1
    assert str(missing) in dialogs[0]
