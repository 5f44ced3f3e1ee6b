"""GUI tests: every test here is marked ``gui``."""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test of this folder as a GUI test, so ``-m "not gui"`` skips them."""
    for item in items:
        if "tests/gui/" in item.nodeid:
            item.add_marker(pytest.mark.gui)
