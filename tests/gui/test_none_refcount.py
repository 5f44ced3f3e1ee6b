"""Searching must not take references off ``None``.

PySide6 6.12.0 returns ``None`` from every void method without adding a reference. On Python
3.11, where ``None`` is an ordinary object, each search's highlights (three void calls a match)
and each painted result (one) took references off it, until the interpreter aborted with
"none_dealloc" after about 80 searches. pyproject.toml keeps PySide6 below 6.12 on Python 3.11;
this test proves the versions installed do not leak, through the window's own search path.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QColor, QTextCharFormat
from pytestqt.qtbot import QtBot

from reader.gui.main_window import MainWindow

QUERIES = ("ket", "nausea", "side efects", "depresion", "hallucinations", "anxiety", "the", "treatment")


def test_a_void_method_keeps_none_alive() -> None:
    text_format = QTextCharFormat()
    color = QColor("red")
    before = sys.getrefcount(None)
    for _ in range(1000):
        text_format.setBackground(color)
    # Other objects come and go meanwhile; a leak would show as a drop of 1000.
    assert sys.getrefcount(None) - before > -50


@pytest.mark.timeout(300)
def test_500_searches_take_no_reference_off_none(window: MainWindow, qtbot: QtBot) -> None:
    def search(number: int) -> None:
        window.search_controller.search(QUERIES[number % len(QUERIES)])
        window.content.go_to_match(1)
        window.search_controller.panel.results.viewport().repaint()  # paints each hit through the delegate
        window.content.viewport().repaint()

    for number in range(len(QUERIES)):  # warm up: caches and lazily built parts settle
        search(number)
    before = sys.getrefcount(None)
    for number in range(500):
        search(number)
        # With the leak each search took hundreds of references off None: stop before it is freed.
        lost = before - sys.getrefcount(None)
        assert lost < 200, f"None lost {lost} references in {number + 1} searches"
