"""The main window: tree and content in step, the content information, the link policy."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from reader.core.bundle import Bundle
from reader.gui.about_dialog import MEDICAL_NOTICE, about_html
from reader.gui.main_window import MainWindow
from reader.gui.section_tree import SECTION_ID_ROLE


@pytest.fixture
def window(shipped_bundle: Path, qtbot: QtBot) -> Iterator[MainWindow]:
    bundle = Bundle.open(shipped_bundle)
    main_window = MainWindow(bundle)
    qtbot.addWidget(main_window)
    main_window.resize(1000, 700)
    main_window.show()
    qtbot.waitExposed(main_window)
    yield main_window
    bundle.close()


def test_title_and_whole_article(window: MainWindow) -> None:
    assert window.windowTitle() == "Understanding the Effects of Ketamine: A Comprehensive Overview — Reader"
    text = window.content.toPlainText()
    assert "Often utilized when conventional antidepressants fail." in text
    assert text.rstrip().endswith("can be browsed safely and beneficially.")


def test_tree_request_brings_section_to_top(window: MainWindow, qtbot: QtBot) -> None:
    window.tree.section_requested.emit("hallucinations")
    assert window.content.section_at_top() == "hallucinations"
    assert window.tree.currentIndex().data(SECTION_ID_ROLE) == "hallucinations"
    assert window.statusBar().currentMessage() == "The Negative Effects of Ketamine › 2. Hallucinations"


def test_scrolling_selects_the_section_in_the_tree(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    window.content.setFocus()
    qtbot.waitUntil(window.content.hasFocus)
    window.open_section("hallucinations")
    hallucinations_top = window.content.verticalScrollBar().value()
    window.content.verticalScrollBar().setValue(0)
    assert window.tree.currentIndex().data(SECTION_ID_ROLE) == (
        "understanding-the-effects-of-ketamine-a-comprehensive-overview"
    )
    window.content.verticalScrollBar().setValue(hallucinations_top + 20)
    assert window.tree.currentIndex().data(SECTION_ID_ROLE) == "hallucinations"
    assert window.content.hasFocus()


def test_a_jump_to_the_last_section_is_not_undone(window: MainWindow) -> None:
    window.open_section("conclusion")
    assert window.content.current_section() == "conclusion"
    assert window.tree.currentIndex().data(SECTION_ID_ROLE) == "conclusion"


def test_about_shows_corrections_and_notice(window: MainWindow) -> None:
    page = about_html(window.articles, window.bundle.meta)
    assert "medicstoregb" in page
    assert "How long do the effects of ketamine last?" in page
    assert "Conclusion" in page
    assert window.bundle.digest in page
    assert "not a substitute for a clinician" in MEDICAL_NOTICE


def test_external_link_is_not_opened(window: MainWindow) -> None:
    with_signal = window.content.external_link_requested
    received: list[QUrl] = []
    with_signal.connect(received.append)
    window.content.anchorClicked.emit(QUrl("https://example.org/x"))
    assert received == [QUrl("https://example.org/x")]
    assert "This reader works offline" in window.statusBar().currentMessage()


@pytest.mark.parametrize("address", ["file:///etc/passwd", "javascript:alert(1)", "data:text/html,hi"])
def test_other_links_are_ignored_with_a_log_line(
    window: MainWindow, address: str, caplog: pytest.LogCaptureFixture
) -> None:
    before = window.content.verticalScrollBar().value()
    with caplog.at_level(logging.WARNING):
        window.content.anchorClicked.emit(QUrl(address))
    assert "ignored a link" in caplog.text
    assert window.content.verticalScrollBar().value() == before


def test_internal_link_navigates(window: MainWindow) -> None:
    window.content.anchorClicked.emit(QUrl("#summary-of-positive-effects"))
    assert window.content.current_section() == "summary-of-positive-effects"


def test_resources_are_never_loaded(window: MainWindow) -> None:
    assert window.content.loadResource(2, QUrl("http://example.org/a.png")) is None
