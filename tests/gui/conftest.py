"""GUI tests: every test here is marked ``gui``; windows get private settings files."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.core.bundle import Bundle
from reader.gui.application import create_application
from reader.gui.main_window import MainWindow
from reader.gui.settings import Settings


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test of this folder as a GUI test, so ``-m "not gui"`` skips them."""
    for item in items:
        if "tests/gui/" in item.nodeid:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def unfrozen() -> Iterator[None]:
    """Give the garbage collector back what a window's search warm-up froze (gc.freeze), so one
    test's windows do not outlive it."""
    yield
    gc.unfreeze()


@pytest.fixture
def config_folder(tmp_path: Path) -> Path:
    """The folder a test's settings files live in."""
    return tmp_path / "config"


WindowFactory = Callable[[], MainWindow]


@contextlib.contextmanager
def window_factory(bundle_path: Path, config_folder: Path, qtbot: QtBot) -> Iterator[WindowFactory]:
    """Build shown, active main windows over one bundle, sharing one settings folder; the bundles
    are closed afterwards."""
    create_application()
    bundles: list[Bundle] = []

    def make() -> MainWindow:
        bundle = Bundle.open(bundle_path)
        bundles.append(bundle)
        window = MainWindow(bundle, Settings(config_folder))
        qtbot.addWidget(window)
        if window.settings.geometry.isEmpty():
            window.resize(1000, 700)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        window.resume(None)
        return window

    try:
        yield make
    finally:
        for bundle in bundles:
            bundle.close()


@pytest.fixture
def make_window(shipped_bundle: Path, config_folder: Path, qtbot: QtBot) -> Iterator[WindowFactory]:
    """Build shown main windows over the shipped bundle, sharing one settings folder."""
    with window_factory(shipped_bundle, config_folder, qtbot) as make:
        yield make


@pytest.fixture
def window(make_window: WindowFactory) -> MainWindow:
    """One shown main window."""
    return make_window()
