"""Every word of the dialogs, pages, bars and spoken text goes through Qt's translation, and
right to left (Arabic) a text of a bundle keeps its own direction.

A marking translator turns each text the reader asks it for into ‹text› (Qt's own contexts, which
start with "Q", are left alone): a word shown bare was never handed to the translator, so no
language would have it. Counts go through Qt's plurals (``%n``), titles and paths are filled in
after translation, outside the marks.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTranslator
from PySide6.QtGui import QAccessible, QTextDocument
from PySide6.QtWidgets import QLabel, QSizeGrip, QSplitter, QTextBrowser, QToolBar, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from reader.core.bundle import Bundle
from reader.core.catalog import BundleRow
from reader.gui import about_dialog, accessibility
from reader.gui.about_dialog import AboutDialog
from reader.gui.application import create_application
from reader.gui.article_accessible import ArticleAccessible, HeadingAccessible
from reader.gui.article_text import ArticleText
from reader.gui.content_view import ContentView
from reader.gui.library_page import LibraryPage
from reader.gui.link_dialog import ExternalLinkDialog
from reader.gui.main_window import MainWindow
from reader.gui.no_printer_message import NoPrinterMessage
from reader.gui.notice_bar import NoticeBar
from reader.gui.scope_dialog import ScopeDialog
from reader.gui.search_box import SearchBox
from reader.gui.shortcuts_dialog import ShortcutsDialog
from tests.gui.conftest import WindowFactory


class Marking(QTranslator):
    """Translates every text of the reader's own contexts into ‹text›."""

    def isEmpty(self) -> bool:  # noqa: N802
        """Not empty: it answers for every context."""
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        """‹source› for the reader's contexts; nothing (the source) for Qt's."""
        return None if context.startswith("Q") else f"‹{source}›"


@pytest.fixture
def marked() -> Iterator[QTranslator]:
    app = create_application()
    translator = Marking(app)
    app.installTranslator(translator)
    yield translator
    app.removeTranslator(translator)


@pytest.fixture
def marked_window(marked: QTranslator, make_window: WindowFactory) -> MainWindow:
    """A window built while the marking translator is installed."""
    return make_window()


def test_the_about_dialog_s_words(marked: QTranslator, qtbot: QtBot, shipped_bundle: Path) -> None:
    rows = [
        BundleRow("/lib/a.sqlite", "shipped", "sha256:1", "ok"),
        BundleRow("/lib/b.sqlite", "user", "", "skipped: x"),
    ]
    with Bundle.open(shipped_bundle) as bundle:
        dialog = AboutDialog(bundle.articles(), bundle.meta, rows)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "‹About this content›"
    assert [dialog.tabs.tabText(index) for index in range(3)] == ["‹&Content›", "‹&Licences›", "‹Li&brary›"]
    for pane in (dialog.text, dialog.licences, dialog.library):
        assert pane.accessibleName().startswith("‹")
    page = dialog.text.toPlainText()
    for words in ("‹Reader 0.", "‹Medical notice.", "‹This reader gives information only.", "‹Source (printed)›"):
        assert words in page
    for words in ("‹Provenance›", "‹Content licence›", "‹Edition›", "‹Content bundle›", "‹Built›", "‹Software›"):
        assert words in page
    assert "‹Editorial corrections›" not in page  # the heading is one text with its explanation
    assert "‹Editorial corrections (changes made to the original text):›" in page
    library = dialog.library.toPlainText()
    assert library.startswith("‹‹1 bundle(s) read›; ‹1 file(s) left out›.›")
    for words in ("‹File›", "‹Found in›", "‹Digest›", "‹Check›", "‹shipped with the reader›", "‹your library folder›"):
        assert words in library


def test_the_licences_page_from_source_is_translated(
    marked: QTranslator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(about_dialog, "program_dir", lambda: tmp_path)
    assert about_dialog.licences_text().startswith("‹The reader is licensed under the Apache License 2.0.")


def test_the_library_page_s_words(marked: QTranslator, qtbot: QtBot, shipped_bundle: Path) -> None:
    with Bundle.open(shipped_bundle) as bundle:
        articles = bundle.articles()
    page = LibraryPage(articles)
    qtbot.addWidget(page)
    assert "<h2>‹Library›</h2>" in page.heading.text()
    assert f"‹{len(articles)} article(s): Enter or a click opens one›" in page.heading.text()
    assert page.filter.placeholderText() == "‹Filter by title, edition, source or publisher›"
    assert page.filter.accessibleName() == "‹Filter articles›"
    assert page.view.accessibleName() == "‹Articles›"
    headers = [page.model.headerData(column, page.view.header().orientation()) for column in range(4)]
    assert headers == ["‹Title›", "‹Edition›", "‹Source›", "‹Publisher›"]


def test_the_notice_bar_s_words(marked: QTranslator, qtbot: QtBot) -> None:
    bar = NoticeBar(["a.sqlite: broken", "b.sqlite: empty", "c.sqlite: foreign"])
    qtbot.addWidget(bar)
    assert bar.label.text() == (
        "‹3 file(s) of the library could not be used and were left out; the other articles are here.› "
        "‹a.sqlite: broken; b.sqlite: empty; and 1 more.›"
    )
    assert bar.label.accessibleName() == "‹Library notice›"
    assert bar.details.text() == "‹&Details…›"
    assert bar.details.toolTip().startswith("‹Help › About this content › Library")
    assert bar.close_button.text() == "‹Close›"
    assert bar.close_button.accessibleName() == "‹Close the library notice›"


def test_right_to_left_the_notice_bar_sets_each_file_apart(qtbot: QtBot) -> None:
    app = create_application()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        bar = NoticeBar(["a.sqlite: broken", "b.sqlite: empty"])
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qtbot.addWidget(bar)
    # An English line keeps its words in order inside an Arabic sentence.
    assert bar.label.text().endswith(" \u2068a.sqlite: broken\u2069; \u2068b.sqlite: empty\u2069.")


def test_right_to_left_the_library_page_shows_each_cell_in_its_own_direction(
    qtbot: QtBot, shipped_bundle: Path
) -> None:
    app = create_application()
    with Bundle.open(shipped_bundle) as bundle:
        articles = bundle.articles()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        page = LibraryPage(articles)
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qtbot.addWidget(page)
    cell = page.model.index(0, 1)
    assert cell.data() == f"\u2068{articles[0].edition}\u2069"  # "2026-11-26, first edition" keeps its comma
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == articles[0].edition
    assert page.shown_ids() == [article.id for article in articles]


def test_right_to_left_a_title_to_print_keeps_its_own_direction(qtbot: QtBot) -> None:
    app = create_application()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        scope = ScopeDialog("Print", "What is it?", "Asthma")
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qtbot.addWidget(scope)
    assert scope.section_choice.text() == "This &section: \u2068What is it?\u2069"  # its "?" at its end
    assert scope.article_choice.text() == "This &article: \u2068Asthma\u2069"


def test_right_to_left_an_article_s_tip_keeps_its_own_direction(make_window: WindowFactory) -> None:
    app = create_application()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = make_window()
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    info = window.article_pages.articles[window.article_pages.current]
    tips = set(window.article_pages.tips().values())
    assert tips == {f"\u2068{info.title}\u2069\nEdition: \u2068{info.edition}\u2069"}


def test_the_small_dialogs_words(marked: QTranslator, qtbot: QtBot) -> None:
    link = ExternalLinkDialog("https://example.org/a%1b")
    qtbot.addWidget(link)
    assert link.windowTitle() == "‹Link not opened›"
    assert link.message.text().startswith("‹This reader works offline")
    assert (link.address.text(), link.address.accessibleName()) == ("https://example.org/a%1b", "‹Link address›")
    assert link.copy_button.text() == "‹&Copy address›"
    assert link.copy_button.accessibleDescription() == "‹Copy the address to the clipboard›"
    link.copy_address()
    assert link.copy_button.text() == "‹Copied›"
    message = NoPrinterMessage()
    qtbot.addWidget(message)
    assert (message.windowTitle(), message.text()) == ("‹Print›", "‹No printer is installed on this computer.›")
    assert message.informativeText().startswith("‹The handout cannot be printed here.")
    assert message.export_button.text() == "‹Export PDF…›"
    scope = ScopeDialog("Print", "Doses %1 & more", "Malaria")
    qtbot.addWidget(scope)
    assert scope.section_choice.text() == "‹This &section: Doses %1 && more›"  # the title filled in as it is
    assert scope.article_choice.text() == "‹This &article: Malaria›"
    assert scope.section_choice.accessibleDescription() == "‹Print: what to include›"
    assert "‹Print:›" in [label.text() for label in scope.findChildren(QLabel)]


def test_the_search_box_s_words(marked: QTranslator, qtbot: QtBot) -> None:
    box = SearchBox()
    qtbot.addWidget(box)
    assert box.placeholderText() == "‹Search (Ctrl+F)›"
    assert box.accessibleName() == "‹Search›"
    assert box.accessibleDescription() == "‹Type words to find; results appear as you type›"
    box.set_query("fever")
    assert {button.accessibleName() for button in box.findChildren(QToolButton)} == {"‹Clear the search›"}
    box.set_status("")
    assert box.accessibleDescription() == "‹Type words to find; results appear as you type›"


def test_a_table_is_announced_in_the_listener_s_language(marked: QTranslator) -> None:
    document = QTextDocument()
    document.setHtml("<table><tr><th>Drug</th><th>Dose</th></tr><tr><td>A</td><td>1</td></tr></table>")
    assert ArticleText.of(document).text.startswith("‹Table, 1 row(s): Drug, Dose.›\n")


def test_a_heading_s_level_is_said_in_the_listener_s_language(marked: QTranslator, qtbot: QtBot) -> None:
    view = QTextBrowser()
    qtbot.addWidget(view)
    view.setHtml("<h2>Doses</h2><p>Twice a day.</p>")
    heading = ArticleAccessible(view).child(0)
    assert isinstance(heading, HeadingAccessible)
    assert heading.text(QAccessible.Text.Description) == "‹Heading level 2›"


@pytest.mark.qt_log_ignore("pipewire")  # QtMultimedia, loaded by QtTextToSpeech, looks for PipeWire
def test_read_aloud_says_what_stops_it_in_the_window_s_language(marked: QTranslator, qtbot: QtBot) -> None:
    pytest.importorskip("PySide6.QtTextToSpeech", reason="PySide6-Addons is not installed")
    from reader.gui.read_aloud import ReadAloud

    view = ContentView()
    qtbot.addWidget(view)
    view.show_article("<h1 id='top'>Fruit</h1>", "", ["top"])
    reader = ReadAloud(view, "mock")
    with qtbot.waitSignal(reader.problem) as problem:
        assert not reader.read("sw")
    assert problem.args == ["‹No voice for Kiswahili is installed on this computer.›"]  # the language by its own name


def test_the_window_s_parts_names_shortcuts_and_tips(marked_window: MainWindow, qtbot: QtBot) -> None:
    window = marked_window
    accessibility.name_window_parts(window)
    (toolbar,) = window.findChildren(QToolBar)
    (extension,) = toolbar.findChildren(QToolButton, "qt_toolbar_ext_button")
    assert extension.accessibleName() == "‹More tools›"
    assert extension.toolTip() == "‹More tools: the ones the window is too narrow to show›"
    parts: list[QWidget] = [splitter.handle(1) for splitter in window.findChildren(QSplitter)]
    parts += window.findChildren(QSizeGrip)
    assert parts
    for part in parts:
        assert QAccessible.queryAccessibleInterface(part).text(QAccessible.Text.Name).startswith("‹")
    assert window.zoom_label.accessibleName() == "‹Text size›"
    assert window.zoom_label.text().startswith("‹Text size ")
    assert any("\n‹Edition: " in tip for tip in window.article_pages.tips().values())
    dialog = ShortcutsDialog(window.window_actions, window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "‹Keyboard shortcuts›"
    headers = [dialog.table.horizontalHeaderItem(column) for column in range(2)]
    assert [header.text() if header else "" for header in headers] == ["‹Keys›", "‹What they do›"]
    described = [_cell(dialog, row, 1) for row in range(dialog.table.rowCount())]
    assert all(text.startswith("‹") for text in described)
    keys = [_cell(dialog, row, 0) for row in range(dialog.table.rowCount())]
    assert any(text.startswith("‹") and " or " in text for text in keys)  # two keys for one action


def _cell(dialog: ShortcutsDialog, row: int, column: int) -> str:
    item = dialog.table.item(row, column)
    return item.text() if item is not None else ""


def test_the_marking_translator_is_asked_for_the_reader_s_contexts_only(marked: QTranslator) -> None:
    assert QCoreApplication.translate("AboutDialog", "Software") == "‹Software›"
    assert QCoreApplication.translate("QShortcut", "Ctrl") == "Ctrl"
    assert QObject().tr("x") == "x"  # QObject's context is Qt's
