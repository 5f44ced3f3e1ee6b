"""File › Add content…: the dialog over a fake USB folder of good, older, unsigned, damaged and
untrusted packs (issue 14)."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from reader.core.packs.install import add_pack, installed_packs
from reader.core.packs.keys import SecretKey
from reader.core.packs.trust import trusted_keys
from reader.gui.add_content import AddContentController
from reader.gui.add_content_dialog import AddContentDialog, size_text
from reader.gui.main_window import MainWindow
from tests.core.packs_support import build_pack, snapshot, trust

MALARIA = ("malaria", "Malaria", "Quinfrax fever pattern", "Fever every other day, and zorblax chills.")
UNTRUSTED = SecretKey(b"\x05" * 32)


PUBLISHER = SecretKey(b"\x03" * 32)


@pytest.fixture(scope="module")
def stick_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built once: snake-pack v2 for the library, and a USB folder of packs of every kind."""
    root = tmp_path_factory.mktemp("stick")
    build_pack(root / "earlier" / "snake-v2.sqlite", PUBLISHER, version=2)
    stick = root / "usb"
    build_pack(stick / "a-malaria.sqlite", PUBLISHER, pack_id="malaria-pack", article=MALARIA)
    build_pack(stick / "b-snake-v3.sqlite", PUBLISHER, version=3)
    build_pack(stick / "c-snake-v1.sqlite", PUBLISHER, version=1)
    build_pack(stick / "d-unsigned.sqlite", None, pack_id="unsigned-pack")
    damaged = build_pack(stick / "packs" / "e-damaged.sqlite", PUBLISHER, pack_id="damaged-pack")
    with contextlib.closing(sqlite3.connect(damaged)) as conn:
        conn.execute("UPDATE sections SET text = 'changed' WHERE level = 2")
        conn.commit()
    build_pack(stick / "f-untrusted.sqlite", UNTRUSTED, pack_id="stranger-pack")
    (stick / "notes.txt").write_text("not a pack", encoding="utf-8")
    for source in root.rglob("src-*"):
        shutil.rmtree(source)
    return root


@pytest.fixture
def usb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stick_template: Path) -> Path:
    """A library holding snake-pack v2 (its publisher trusted), and a copy of the USB folder."""
    monkeypatch.setenv("READER_LIBRARY", str(tmp_path / "library"))
    monkeypatch.setenv("READER_SYSTEM_LIBRARY", "")
    monkeypatch.setenv("READER_SYSTEM_TRUST", "")
    trust(PUBLISHER, tmp_path / "keys")
    add_pack(stick_template / "earlier" / "snake-v2.sqlite", trusted_keys()[0])
    return Path(shutil.copytree(stick_template / "usb", tmp_path / "usb"))


@pytest.fixture
def controller(qtbot: QtBot) -> AddContentController:
    parent = QWidget()
    qtbot.addWidget(parent)
    return AddContentController(parent)


def _rows(dialog: AddContentDialog) -> dict[str, tuple[str, bool]]:
    """Each row's file name, status and whether its box can be ticked."""
    rows = {}
    for n in range(dialog.table.topLevelItemCount()):
        item = dialog.table.topLevelItem(n)
        assert item is not None
        checkable = bool(item.flags() & Qt.ItemFlag.ItemIsUserCheckable)
        rows[Path(str(item.toolTip(0))).name] = (item.text(4), checkable)
    return rows


def _select(dialog: AddContentDialog, name: str) -> None:
    """Make the row of a file the current one, as a click would."""
    for n in range(dialog.table.topLevelItemCount()):
        item = dialog.table.topLevelItem(n)
        if item is not None and Path(item.toolTip(0)).name == name:
            dialog.table.setCurrentItem(item)
            return
    raise AssertionError(f"no row for {name}")


def test_every_pack_of_the_folder_is_listed_with_its_status(
    usb: Path, controller: AddContentController, qtbot: QtBot
) -> None:
    dialog = controller.open(usb)
    qtbot.addWidget(dialog)
    assert _rows(dialog) == {
        "a-malaria.sqlite": ("new", True),
        "b-snake-v3.sqlite": ("update from v2 to v3", True),
        "c-snake-v1.sqlite": ("older than the installed v2", False),
        "d-unsigned.sqlite": ("not signed", False),
        "e-damaged.sqlite": ("damaged", False),
        "f-untrusted.sqlite": ("untrusted publisher", False),
    }
    first = dialog.table.topLevelItem(0)
    assert first is not None
    assert [first.text(c) for c in range(4)] == ["Pack malaria-pack", "Test Publisher", "v1", first.text(3)]
    assert first.text(3).endswith("KiB")
    assert dialog.chosen() == [usb / "a-malaria.sqlite", usb / "b-snake-v3.sqlite"]
    assert dialog.add_button.isEnabled()
    assert dialog.add_button.text() == "&Add 2 selected"


def test_an_untrusted_publisher_shows_its_key_and_the_administrator_s_steps(
    usb: Path, controller: AddContentController, qtbot: QtBot
) -> None:
    dialog = controller.open(usb)
    qtbot.addWidget(dialog)
    _select(dialog, "f-untrusted.sqlite")
    text = dialog.details.text()
    assert f"signed by key <b>{UNTRUSTED.public.key_id}</b>" in text
    assert "reader trust add --system PUBLISHER.pub" in text
    assert "anyway" not in text.lower()
    assert all("anyway" not in button.text().lower() for button in dialog.buttons.buttons())
    _select(dialog, "d-unsigned.sqlite")
    assert "did not sign this pack" in dialog.details.text()
    _select(dialog, "e-damaged.sqlite")
    assert "damaged or was changed after it was made" in dialog.details.text()
    _select(dialog, "c-snake-v1.sqlite")
    assert "version 2 of this pack is already in the library" in dialog.details.text()


def test_adding_the_chosen_packs_updates_the_library_and_the_list(
    usb: Path, controller: AddContentController, qtbot: QtBot
) -> None:
    dialog = controller.open(usb)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(controller.content_added):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    packs = {entry.pack.id: entry.pack.version for entry in installed_packs(trusted_keys()[0]) if entry.pack}
    assert packs == {"malaria-pack": 1, "snake-pack": 3}
    rows = _rows(dialog)
    assert rows["a-malaria.sqlite"] == ("already installed", False)
    assert rows["b-snake-v3.sqlite"] == ("already installed", False)
    added = "Added: Pack malaria-pack (version 1), Pack snake-pack (version 3). The reader shows it now."
    assert added in dialog.details.text()
    assert not dialog.add_button.isEnabled()


def test_a_window_on_named_bundles_says_it_will_not_show_what_was_added(usb: Path, qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    controller = AddContentController(parent, shows_added=False)
    dialog = controller.open(usb)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(controller.content_added):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    text = dialog.details.text()
    assert "This window shows only the files it was opened with (--bundle)" in text
    assert "shows it now" not in text


def test_cancel_leaves_nothing_half_added(
    usb: Path, controller: AddContentController, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    dialog = controller.open(usb)
    qtbot.addWidget(dialog)
    before = snapshot(tmp_path / "library")
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda _self: True)
    with qtbot.assertNotEmitted(controller.content_added):
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert snapshot(tmp_path / "library") == before
    assert "Cancelled: the pack being copied was not added" in dialog.details.text()
    assert _rows(dialog)["a-malaria.sqlite"] == ("new", True)


def test_unticking_every_pack_disables_add(usb: Path, controller: AddContentController, qtbot: QtBot) -> None:
    dialog = controller.open(usb)
    qtbot.addWidget(dialog)
    for n in (0, 1):
        item = dialog.table.topLevelItem(n)
        assert item is not None
        item.setCheckState(0, Qt.CheckState.Unchecked)
    assert dialog.chosen() == []
    assert not dialog.add_button.isEnabled()


def test_choose_folder_lists_the_folder_chosen(
    usb: Path, controller: AddContentController, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr("reader.gui.add_content.removable_folders", list)
    controller.start()
    dialog = controller.dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.table.topLevelItemCount() == 0
    assert dialog.folder_label.text() == "Insert the USB drive, then choose its folder."
    assert not dialog.add_button.isEnabled()
    empty = tmp_path / "empty-stick"
    empty.mkdir()
    monkeypatch.setattr(AddContentController, "ask_folder", classmethod(lambda cls, parent, start: empty))
    dialog.folder_requested.emit()
    assert dialog.folder_label.text() == f"No content packs (*.sqlite files) in {empty}."
    monkeypatch.setattr(AddContentController, "ask_folder", classmethod(lambda cls, parent, start: usb))
    dialog.folder_requested.emit()
    assert dialog.table.topLevelItemCount() == 6


@pytest.mark.parametrize(("size", "text"), [(1, "1 KiB"), (70_000, "68 KiB"), (13_107_200, "12.5 MiB")])
def test_sizes_read_as_people_read_them(size: int, text: str) -> None:
    assert size_text(size) == text


def test_file_add_content_opens_the_dialog_says_what_was_added_and_reloads_the_library(
    window: MainWindow, qtbot: QtBot, usb: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("reader.gui.add_content.removable_folders", lambda: [usb])
    window.window_actions.add_content.trigger()
    controller = window.add_content.controller
    assert controller is not None
    assert controller.dialog is not None
    assert controller.dialog.isVisible()
    assert controller.folder == usb
    assert not controller.shows_added  # the window was opened on a named bundle
    with qtbot.waitSignal(window.library.reloaded):
        controller.content_added.emit("Added: Pack malaria-pack (version 1).")
    assert window.statusBar().currentMessage() == "Added: Pack malaria-pack (version 1)."
    controller.dialog.reject()
