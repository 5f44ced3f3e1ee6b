"""File › Add content… in the open window: what is added is read at once, without a restart or a
new window; an update of the article read replaces its text, kept at its place; an update the
reader holds open (Windows) waits for the next start (issue 14)."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.core.library import Library, LibraryError
from reader.core.locations import user_library_dir
from reader.core.packs.install import add_pack
from reader.core.packs.keys import SecretKey
from reader.core.packs.pending import pending_path
from reader.core.packs.trust import trusted_keys
from reader.gui.add_content import AddContentController
from reader.gui.application import create_application
from reader.gui.library_controller import ReaderWindow
from reader.gui.main_window import MainWindow
from reader.gui.settings import Settings
from tests.core.packs_support import build_pack, hold_open, trust

PUBLISHER = SecretKey(b"\x0d" * 32)
MALARIA = ("malaria", "Malaria", "Quinfrax fever pattern", "Fever every other day, and zorblax chills.")
SNAKE_V3 = ("snake-bite", "Snake Bite", "Zorblax venom signs", "Keep the bitten limb still and splinted.")


@pytest.fixture(scope="module")
def stick_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built once: snake-pack v2 for the library; on the stick malaria (new) and snake-pack v3."""
    root = tmp_path_factory.mktemp("stick")
    build_pack(root / "earlier" / "snake-v2.sqlite", PUBLISHER, version=2)
    build_pack(root / "usb" / "a-malaria.sqlite", PUBLISHER, pack_id="malaria-pack", article=MALARIA)
    build_pack(root / "usb" / "b-snake-v3.sqlite", PUBLISHER, version=3, article=SNAKE_V3)
    for source in root.rglob("src-*"):
        shutil.rmtree(source)
    return root


@pytest.fixture
def window(tmp_path: Path, stick_template: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    """A shown window over the whole library (the shipped article and snake-pack v2), reading the
    snake-bite article's second section; File › Add content… opens on the USB folder."""
    trust(PUBLISHER, tmp_path / "keys")
    add_pack(stick_template / "earlier" / "snake-v2.sqlite", trusted_keys()[0])
    usb = Path(shutil.copytree(stick_template / "usb", tmp_path / "usb"))
    monkeypatch.setattr("reader.gui.add_content.removable_folders", lambda: [usb])
    create_application()
    library = Library.open()
    window = MainWindow(library, Settings(tmp_path / "config"))
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    window.resume(None)
    window.open_section(window.article_pages.catalog.headings_of("snake-bite")[1].id)
    try:
        yield window
    finally:
        library.close()


def _dialog(window: MainWindow, qtbot: QtBot) -> AddContentController:
    window.window_actions.add_content.trigger()
    controller = window.add_content.controller
    assert controller is not None
    assert controller.dialog is not None
    qtbot.addWidget(controller.dialog)
    return controller


def _usb(controller: AddContentController) -> Path:
    assert controller.folder is not None
    return controller.folder


def _tree_titles(window: MainWindow) -> list[str]:
    model = window.outline_model
    return [str(model.data(model.index(row, 0))) for row in range(model.rowCount())]


def _windows() -> list[MainWindow]:
    """The reader windows shown (those of earlier tests are closed, if not yet deleted)."""
    return [
        widget for widget in QApplication.topLevelWidgets() if isinstance(widget, MainWindow) and widget.isVisible()
    ]


def test_the_window_has_every_part_a_reload_changes(window: MainWindow) -> None:
    """``LibraryController.reload`` gives the library read again to the window's parts it names
    (reader.gui.library_controller.ReaderWindow): mypy checks the types here, the test the names."""
    parts: ReaderWindow = window
    assert [name for name in ReaderWindow.__annotations__ if not hasattr(parts, name)] == []


def test_a_pack_added_is_in_the_tree_the_library_page_and_search_of_the_same_window(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert "Malaria" not in _tree_titles(window)
    controller = _dialog(window, qtbot)
    with qtbot.waitSignal(window.library.reloaded):
        controller.add([_usb(controller) / "a-malaria.sqlite"])
    assert _windows() == [window]
    assert "Malaria" in _tree_titles(window)
    window.library.show()
    assert "malaria" in window.library.page.shown_ids()
    window.library.hide()
    window.search_controller.search("quinfrax")
    panel = window.search_controller.panel
    assert any(hit.startswith("malaria/") for hit in panel.hit_ids())
    assert "Added: Pack malaria-pack (version 1). The reader shows it now." in controller.dialog.details.text()  # type: ignore[union-attr]
    assert window.statusBar().currentMessage() == "Added: Pack malaria-pack (version 1)."
    assert window.article_pages.current == "snake-bite"  # still reading what was read
    window.open_article("malaria")
    assert "zorblax chills" in window.content.toPlainText()


def test_the_search_thread_searches_the_library_read_again(window: MainWindow, qtbot: QtBot) -> None:
    search = window.search_controller
    search.warm_up()  # the search thread, as the window starts it after its first paint
    controller = _dialog(window, qtbot)
    with qtbot.waitSignal(window.library.reloaded):
        controller.add([_usb(controller) / "a-malaria.sqlite"])
    search.search("quinfrax")
    qtbot.waitUntil(lambda: any(hit.startswith("malaria/") for hit in search.panel.hit_ids()))


def test_an_update_of_the_article_read_shows_its_new_text_at_the_same_place(window: MainWindow, qtbot: QtBot) -> None:
    section = window.content.current_section()
    old = window.catalog.bundle_of("snake-bite")
    assert old is not None
    assert "zorblax marks around the bite" in window.content.toPlainText()
    controller = _dialog(window, qtbot)
    with qtbot.waitSignal(window.library.reloaded):
        controller.add([_usb(controller) / "b-snake-v3.sqlite"])
    text = window.content.toPlainText()
    assert "Keep the bitten limb still" in text
    assert "zorblax marks around the bite" not in text
    assert window.content.current_section() == section
    new = window.catalog.bundle_of("snake-bite")
    assert new is not None
    assert new is not old
    assert new.meta["pack_version"] == "3"
    with pytest.raises(sqlite3.ProgrammingError):  # the replaced file's bundle is closed, not read
        old.connection.execute("SELECT 1")
    assert all(bundle.meta.get("pack_version") != "2" for bundle in window.shelf.bundles)
    window.search_controller.search("splinted")
    assert window.search_controller.panel.hit_ids() == [section]


def test_an_update_of_a_pack_the_reader_holds_open_waits_for_the_next_start(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed = user_library_dir() / "snake-pack.sqlite"
    before = installed.read_bytes()
    controller = _dialog(window, qtbot)
    dialog = controller.dialog
    assert dialog is not None
    with monkeypatch.context() as windows:
        hold_open(windows, installed)  # Windows: the window has the file open, it cannot be replaced
        with qtbot.waitSignal(window.library.reloaded):
            qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        assert installed.read_bytes() == before
        assert pending_path(installed).is_file()
    details = dialog.details.text()
    assert "Added: Pack malaria-pack (version 1). The reader shows it now." in details
    assert "Added: Pack snake-pack (version 3). The reader has the version it replaces open" in details
    assert "close the reader and open it again to read it" in details
    assert window.statusBar().currentMessage() == (
        "Added: Pack malaria-pack (version 1). Added from the next start: Pack snake-pack (version 3)."
    )
    assert "zorblax marks around the bite" in window.content.toPlainText()  # v2, whole, still read
    assert "Malaria" in _tree_titles(window)
    window.shelf.close()  # the reader closed: the next start finishes the update
    with Library.open() as next_start:
        packs = {b.meta.get("pack_id"): b.meta.get("pack_version") for b in next_start.bundles}
    assert packs == {None: None, "malaria-pack": "1", "snake-pack": "3"}
    assert not pending_path(installed).exists()


def test_the_library_page_shown_lists_the_pack_added(window: MainWindow, qtbot: QtBot) -> None:
    window.library.show()
    assert "malaria" not in window.library.page.shown_ids()
    controller = _dialog(window, qtbot)
    with qtbot.waitSignal(window.library.reloaded):
        controller.add([_usb(controller) / "a-malaria.sqlite"])
    assert window.library.is_shown()
    assert "malaria" in window.library.page.shown_ids()
    assert window.windowTitle().startswith("Library")


def test_a_library_that_cannot_be_read_again_leaves_the_window_as_it_was(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unreadable(self: Library) -> None:
        raise LibraryError("no bundle to read in the library")

    monkeypatch.setattr(Library, "reload", unreadable)
    titles = _tree_titles(window)
    with qtbot.waitSignal(window.library.reloaded):
        window.add_content.library_changed.emit()
    message = window.statusBar().currentMessage()
    assert message == "The library could not be read again: no bundle to read in the library"
    assert _tree_titles(window) == titles
    window.search_controller.search("zorblax")
    assert window.search_controller.panel.hit_ids()
