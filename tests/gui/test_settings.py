"""Settings: typed values, defaults, and files that are damaged or of the wrong shape."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QByteArray
from pytestqt.qtbot import QtBot

from reader.core.history import Position
from reader.gui.settings import SETTINGS, THEMES, ZOOM_RANGE, Setting, Settings
from tests.gui.conftest import WindowFactory


def test_defaults_in_an_empty_folder(tmp_path: Path) -> None:
    store = Settings(tmp_path)
    assert store.zoom == 0
    assert store.theme == "system"
    assert store.position is None
    assert store.geometry.isEmpty()


def test_values_round_trip(tmp_path: Path) -> None:
    store = Settings(tmp_path)
    store.zoom = 3
    store.theme = "dark"
    store.position = Position("hallucinations", 120)
    store.geometry = QByteArray(b"\x01\x02")
    store.sync()
    again = Settings(tmp_path)
    assert (again.zoom, again.theme, again.position) == (3, "dark", Position("hallucinations", 120))
    assert bytes(again.geometry.data()) == b"\x01\x02"
    assert (tmp_path / "reader.ini").is_file()
    assert (tmp_path / "state.ini").is_file()


def test_a_start_that_changes_nothing_writes_no_preferences(make_window: WindowFactory, config_folder: Path) -> None:
    window = make_window()
    window.settings.sync()
    assert not (config_folder / "reader.ini").exists()
    window.settings.zoom = window.settings.zoom  # the same again: still nothing to write
    window.settings.theme = "system"
    window.settings.sync()
    assert not (config_folder / "reader.ini").exists()
    window.settings.zoom = 2
    window.settings.sync()
    assert "zoom=2" in (config_folder / "reader.ini").read_text()


def test_an_unreadable_preference_is_rewritten(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "reader.ini").write_text("[view]\nzoom=lots\n")
    store = Settings(tmp_path)
    with caplog.at_level(logging.WARNING):
        assert store.zoom == 0
    store.zoom = 0
    store.sync()
    assert "zoom=0" in (tmp_path / "reader.ini").read_text()


@pytest.mark.parametrize(
    ("content", "field", "expected"),
    [
        ("[view]\nzoom=huge\n", "zoom", 0),
        ("[view]\nzoom=400\n", "zoom", 0),
        ("[view]\ntheme=purple\n", "theme", "system"),
        ("[reading]\nsection=x\noffset=-5\n", "position", Position("x", 0)),
    ],
)
def test_bad_values_read_as_defaults_with_a_log_line(
    tmp_path: Path, content: str, field: str, expected: object, caplog: pytest.LogCaptureFixture
) -> None:
    name = "state.ini" if field == "position" else "reader.ini"
    (tmp_path / name).write_text(content, encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        assert getattr(Settings(tmp_path), field) == expected
    assert "using" in caplog.text


def test_unreadable_file_is_set_aside(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "reader.ini").mkdir()  # a folder where the file should be: it cannot be read
    with caplog.at_level(logging.WARNING):
        store = Settings(tmp_path)
    assert store.zoom == 0
    assert "is not a regular file" in caplog.text


def test_window_starts_on_a_corrupt_settings_file(
    config_folder: Path, make_window: WindowFactory, caplog: pytest.LogCaptureFixture
) -> None:
    config_folder.mkdir(parents=True)
    (config_folder / "reader.ini").write_bytes(b"\x00\xff[view\nzoom=\x00\x01\ntheme=[[[\n" * 20)
    (config_folder / "state.ini").write_bytes(b"[window]\ngeometry=@ByteArray(\x00garbage)\n[reading]\nsection=gone\n")
    with caplog.at_level(logging.WARNING):
        window = make_window()
    assert window.content.zoom == 0
    assert (
        window.content.current_section()
        == "ketamine-effects/understanding-the-effects-of-ketamine-a-comprehensive-overview"
    )


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.binary(max_size=400))
def test_any_file_content_gives_valid_settings(content: bytes, tmp_path: Path) -> None:
    for name in ("reader.ini", "state.ini"):
        (tmp_path / name).write_bytes(b"[view]\n" + content)
    store = Settings(tmp_path)
    assert ZOOM_RANGE[0] <= store.zoom <= ZOOM_RANGE[1]
    assert store.theme in THEMES
    assert store.position is None or store.position.offset >= 0
    for leftover in tmp_path.iterdir():
        if leftover.is_file():
            leftover.unlink()
        else:
            leftover.rmdir()


def _odd_values() -> dict[str, object]:
    from PySide6.QtCore import QPoint, QRect, QSize
    from PySide6.QtGui import QColor

    return {
        "bytearray": QByteArray(b"dark"),
        "bytearray-huge": QByteArray(b"x" * 100_000),
        "variant-colour": QColor("red"),
        "size": QSize(1, 2),
        "rect": QRect(1, 2, 3, 4),
        "point": QPoint(5, 6),
        "list": ["dark", "light"],
        "empty-list": [],
        "empty": "",
        "huge-number": "9" * 5000,
        "huge-text": "x" * 100_000,
        "float": 2.5,
        "bool": True,
        "negative": "-1",
    }


@pytest.mark.parametrize("key", ["view/theme", "view/zoom", "reading/section", "reading/offset", "window/geometry"])
@pytest.mark.parametrize("shape", list(_odd_values()))
def test_values_of_any_type_read_as_valid_settings(tmp_path: Path, key: str, shape: str) -> None:
    from PySide6.QtCore import QSettings

    name = "reader.ini" if key.startswith("view/") else "state.ini"
    writer = QSettings(str(tmp_path / name), QSettings.Format.IniFormat)
    writer.setValue(key, _odd_values()[shape])
    if key == "reading/offset":
        writer.setValue("reading/section", "hallucinations")
    writer.sync()
    del writer
    store = Settings(tmp_path)
    assert type(store.zoom) is int
    assert ZOOM_RANGE[0] <= store.zoom <= ZOOM_RANGE[1]
    assert type(store.theme) is str
    assert store.theme in THEMES
    position = store.position
    assert position is None or (type(position.section_id) is str and type(position.offset) is int)
    assert position is None or 0 <= position.offset <= 10_000_000
    assert isinstance(store.geometry, QByteArray)
    assert store.geometry.size() <= 4096


def test_a_bytearray_theme_does_not_stop_the_window(
    config_folder: Path, make_window: WindowFactory, caplog: pytest.LogCaptureFixture
) -> None:
    # The report's case: theme=@ByteArray(dark) compared equal to "dark", then was not a key.
    config_folder.mkdir(parents=True)
    (config_folder / "reader.ini").write_text("[view]\ntheme=@ByteArray(dark)\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        window = make_window()
    assert window.settings.theme == "system"
    assert window.window_actions.theme_actions()["system"].isChecked()
    assert "view/theme" in caplog.text


def test_a_huge_settings_file_is_set_aside_unread(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "reader.ini").write_bytes(b"[view]\nzoom=3\n" + b"x" * 2_000_000)
    with caplog.at_level(logging.WARNING):
        store = Settings(tmp_path)
    assert store.zoom == 0
    assert "more than a settings file can be" in caplog.text
    assert (tmp_path / "reader.ini.unreadable").stat().st_size > 2_000_000


def test_settings_that_cannot_be_written_are_reported(tmp_path: Path) -> None:
    # A folder that cannot be made (a file stands where its parent should be): as a read-only
    # or full disk, the settings cannot be written, whoever runs the test.
    (tmp_path / "not-a-folder").write_text("", encoding="utf-8")
    folder = tmp_path / "not-a-folder" / "config"
    store = Settings(folder)
    store.zoom = 4
    problem = store.sync()
    assert problem is not None
    assert str(folder) in problem
    assert Settings(tmp_path / "fine").sync() is None


def test_the_window_says_once_that_settings_cannot_be_saved(
    shipped_bundle: Path, tmp_path: Path, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    from reader.core.bundle import Bundle
    from reader.gui.application import create_application
    from reader.gui.main_window import MainWindow

    create_application()
    (tmp_path / "not-a-folder").write_text("", encoding="utf-8")
    with Bundle.open(shipped_bundle) as bundle:
        window = MainWindow(bundle, Settings(tmp_path / "not-a-folder" / "config"))
        qtbot.addWidget(window)
        window.show()
        with caplog.at_level(logging.WARNING):
            window.window_actions.zoom_in.trigger()
            assert "could not be saved" in window.statusBar().currentMessage()
            window.statusBar().clearMessage()
            window.window_actions.zoom_in.trigger()
            window.window_actions.theme_dark.trigger()
        assert window.statusBar().currentMessage() == ""
        assert caplog.text.count("could not be saved") == 1
        window.close()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
@pytest.mark.timeout(20)
@pytest.mark.parametrize("name", ["reader.ini", "state.ini"])
def test_a_fifo_in_place_of_a_settings_file_is_set_aside(
    name: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    os.mkfifo(tmp_path / name)  # QSettings would wait forever for a writer
    with caplog.at_level(logging.WARNING):
        store = Settings(tmp_path)
    assert store.zoom == 0
    assert store.position is None
    assert "not a regular file" in caplog.text
    assert (tmp_path / f"{name}.unreadable").exists()


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda setting: setting.key)
def test_every_setting_of_the_table_falls_back_to_its_default(
    setting: Setting, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    group, name = setting.key.split("/")
    wrong = {int: "@ByteArray(7)", str: "@Size(1 2)", QByteArray: "text"}[setting.kind]
    lines = [f"[{group}]", f"{name}={wrong}"] + (["section=faq"] if setting.key == "reading/offset" else [])
    (tmp_path / setting.file).write_text("\n".join(lines) + "\n", encoding="utf-8")
    store = Settings(tmp_path)
    read: dict[str, Callable[[], object]] = {
        "view/zoom": lambda: store.zoom,
        "view/theme": lambda: store.theme,
        "view/sections": lambda: "shown" if store.tree_shown else "hidden",
        "view/language": lambda: store.language,
        "window/geometry": lambda: bytes(store.geometry.data()),
        "window/splitter": lambda: bytes(store.splitter.data()),
        "reading/section": lambda: store.position,
        "reading/offset": lambda: store.position.offset if store.position else None,
    }
    assert read[setting.key]() in (setting.default, None)
    assert f"setting {setting.key}=" in caplog.text
