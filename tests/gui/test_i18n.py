"""The interface's language: chosen at start, the window's words in it, Arabic mirrored, View ›
Language saved for the next start (issue 16)."""

from __future__ import annotations

import datetime as dt
import logging
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QToolBar
from pytestqt.qtbot import QtBot

from reader.cli.parser import build_parser
from reader.core.builder import build_bundle
from reader.core.errors import BundleError
from reader.core.export import Handout, handout
from reader.core.locations import stylesheet_path, translations_dir
from reader.gui import app, i18n
from reader.gui.application import create_application
from reader.gui.content_view import ContentView
from reader.gui.language_menu import LanguageMenu, next_start_message
from reader.gui.main_window import MainWindow
from reader.gui.printing import PagedHandout
from reader.gui.scope_dialog import ARTICLE, ScopeDialog
from reader.gui.settings import Settings
from tests.gui.conftest import WindowFactory, window_factory

MENU_TITLES = ("&File", "&Go", "&View", "&Help")
LANGUAGES_DATA = Path(__file__).resolve().parent.parent / "data" / "languages"


def lrelease() -> Path:
    """PySide6's lrelease beside the test's Python (the project's venv)."""
    return Path(sys.executable).parent / ("pyside6-lrelease.exe" if sys.platform == "win32" else "pyside6-lrelease")


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """The .qm files beside the .ts sources, compiled here when missing or older than their source
    (the package build compiles them too; these tests do not rely on it)."""
    for source in sorted(translations_dir().glob("reader_*.ts")):
        compiled = source.with_suffix(".qm")
        if not compiled.is_file() or compiled.stat().st_mtime < source.stat().st_mtime:
            subprocess.run([str(lrelease()), "-silent", str(source), "-qm", str(compiled)], check=True)


@pytest.fixture
def in_language() -> Iterator[None]:
    """Whatever language a test installs, the next test starts in English, left to right."""
    yield
    i18n.remove(create_application())


def translation(language: str, context: str, source: str) -> str:
    """The finished translation of a text in a language's .ts file ('' when there is none)."""
    root = ET.parse(translations_dir() / f"reader_{language}.ts").getroot()
    for found in root.iter("context"):
        if found.findtext("name") != context:
            continue
        for message in found.iter("message"):
            element = message.find("translation")
            if message.findtext("source") == source and element is not None and element.get("type") is None:
                return element.text or ""
    return ""


def window_in(language: str, make_window: WindowFactory) -> MainWindow:
    i18n.install(create_application(), language)
    return make_window()


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


@pytest.mark.usefixtures("in_language")
@pytest.mark.parametrize("language", [code for code in i18n.SUPPORTED if code != i18n.ENGLISH])
def test_the_window_s_menus_are_in_its_language(language: str, make_window: WindowFactory) -> None:
    window = window_in(language, make_window)
    expected = [translation(language, "Menus", title) for title in MENU_TITLES]
    assert all(expected), f"reader_{language}.ts lacks a finished translation of a menu title: {expected}"
    assert menu_titles(window) == expected
    assert window.window_actions.quit.text() == translation(language, "Actions", "&Quit")


@pytest.mark.usefixtures("in_language")
def test_english_is_the_code_s_own_words(make_window: WindowFactory) -> None:
    window = window_in(i18n.ENGLISH, make_window)
    assert menu_titles(window) == list(MENU_TITLES)
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.mark.usefixtures("in_language")
def test_arabic_is_mirrored(make_window: WindowFactory) -> None:
    window = window_in("ar", make_window)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # The list of sections on the right of the article; Back first from the right, pointing right.
    tree_x = window.left_frame.mapTo(window, QPoint(0, 0)).x()
    assert tree_x > window.right.mapTo(window, QPoint(0, 0)).x()
    back = window.toolbar.widgetForAction(window.window_actions.back)
    forward = window.toolbar.widgetForAction(window.window_actions.forward)
    assert back.mapTo(window, QPoint(0, 0)).x() > forward.mapTo(window, QPoint(0, 0)).x()
    assert window.window_actions.back.iconText().startswith("▶")
    assert window.window_actions.forward.iconText().endswith("◀")
    # An English title in the mirrored tree is one unit in its own direction ("?" stays at its end).
    title = window.outline_model.index(0, 0).data()
    assert title.startswith("\u2068")
    assert title.endswith("\u2069")


@pytest.mark.usefixtures("in_language")
def test_qt_s_own_words_are_translated_too() -> None:
    app = create_application()
    assert len(i18n.install(app, "fr")) == 2  # the reader's and Qt's (qtbase_fr)
    assert app.translate("QPrintPreviewDialog", "Page setup") != "Page setup"
    assert len(i18n.install(app, "pt")) == 2  # Qt's Portuguese is Brazil's: qtbase_pt_BR
    assert len(i18n.install(app, "sw")) == 1  # Qt has no Swahili: its dialogs stay English
    i18n.remove(app)
    assert app.translate("QPrintPreviewDialog", "Page setup") == "Page setup"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_english_plurals_come_from_reader_en(in_language: None) -> None:
    app = create_application()
    i18n.install(app, i18n.ENGLISH)
    assert app.translate("HandoutActions", "Saved %n page(s) to %1", "", 1) == "Saved 1 page to %1"
    assert app.translate("HandoutActions", "Saved %n page(s) to %1", "", 3) == "Saved 3 pages to %1"


@pytest.mark.parametrize(
    ("asked", "saved", "system", "expected"),
    [
        ("fr", "ar", ["es-ES"], "fr"),
        ("pt_BR", "", ["en-US"], "pt"),
        (None, "ar", ["fr-FR"], "ar"),
        (None, "", ["de-DE", "sw-KE", "fr"], "sw"),
        (None, "", ["de-DE", "it"], "en"),
        (None, "zz", ["es-MX"], "es"),
    ],
)
def test_the_language_is_asked_saved_or_the_system_s(
    asked: str | None, saved: str, system: list[str], expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = i18n.system_language
    monkeypatch.setattr(i18n, "system_language", lambda: original(system))
    assert i18n.choose(asked, saved) == expected


def test_an_unknown_language_is_english_with_one_line(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="reader.gui.i18n"):
        assert i18n.choose("xx", "fr") == i18n.ENGLISH
    assert len(caplog.records) == 1
    assert "'xx'" in caplog.records[0].getMessage()
    assert "\n" not in caplog.records[0].getMessage()


def test_the_command_line_takes_lang() -> None:
    assert build_parser().parse_args(["--lang", "ar"]).lang == "ar"
    assert build_parser().parse_args([]).lang is None


def test_the_choice_is_saved_and_said_in_the_language_chosen(
    in_language: None, make_window: WindowFactory, config_folder: Path, qtbot: QtBot
) -> None:
    window = make_window()
    menu = window.findChild(QMenu, "language-menu")
    assert menu is not None
    names = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert names[0] == "Follow the system"
    assert sorted(names[1:]) == sorted(i18n.NAMES.values())
    window.languages.by_code["fr"].trigger()
    assert Settings(config_folder).language == "fr"
    said = window.statusBar().currentMessage()
    assert said == translation("fr", "LanguageMenu", "The reader will use %1 the next time it starts.").replace(
        "%1", "Français"
    )
    assert window.languages.by_code["fr"].isChecked()
    window.languages.by_code[""].trigger()
    assert Settings(config_folder).language == ""
    assert menu_titles(window) == list(MENU_TITLES)  # the open window keeps its language


def test_the_saved_choice_is_checked_at_the_next_start(config_folder: Path, qtbot: QtBot) -> None:
    settings = Settings(config_folder)
    settings.language = "ar"
    settings.sync()
    create_application()
    from PySide6.QtWidgets import QStatusBar

    bar = QStatusBar()
    qtbot.addWidget(bar)
    menu = LanguageMenu(Settings(config_folder), bar)
    assert menu.by_code["ar"].isChecked()
    with pytest.raises(ValueError, match="unknown interface language"):
        settings.language = "xx"


def test_the_message_is_english_for_english() -> None:
    create_application()
    assert next_start_message("en") == "The reader will use English the next time it starts."


@pytest.fixture
def arabic_window(tmp_path: Path, config_folder: Path, qtbot: QtBot) -> Iterator[MainWindow]:
    """A window over the test articles in four languages (tests/data/languages), showing the Arabic one."""
    bundle = tmp_path / "languages.sqlite"
    build_bundle(LANGUAGES_DATA, bundle, stylesheet_path(), LANGUAGES_DATA / "synonyms.txt")
    with window_factory(bundle, config_folder, qtbot) as make:
        window = make()
        window.open_article("humma")
        yield window


def test_an_arabic_article_reads_right_to_left(arabic_window: MainWindow) -> None:
    document = arabic_window.content.document()
    block = document.begin()
    directions = set()
    while block.isValid():
        if block.text().strip():
            directions.add(block.textDirection())
        block = block.next()
    assert directions == {Qt.LayoutDirection.RightToLeft}
    assert "الْحُمَّى" in document.toPlainText()


def test_a_latin_article_stays_left_to_right(arabic_window: MainWindow) -> None:
    arabic_window.open_article("fievre")
    first = arabic_window.content.document().begin()
    assert first.textDirection() == Qt.LayoutDirection.LeftToRight


def _cell_x(document: QTextDocument, text: str) -> float:
    block = document.begin()
    while block.isValid():
        if block.text() == text:
            return document.documentLayout().blockBoundingRect(block).x()
        block = block.next()
    raise AssertionError(f"no block {text!r}")


def test_a_right_to_left_table_has_its_first_column_on_the_right(qtbot: QtBot) -> None:
    view = ContentView(language_of=lambda _section: "ar")
    qtbot.addWidget(view)
    view.resize(800, 600)
    html = '<h1 id="t">جدول</h1><table border="1"><tr><th>العمر</th><th>الجرعة</th></tr></table>'
    view.show_article(html, "", ["t"])
    document = view.document()
    assert _cell_x(document, "العمر") > _cell_x(document, "الجرعة")
    assert document.begin().textDirection() == Qt.LayoutDirection.RightToLeft


def test_an_arabic_handout_is_right_to_left(arabic_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    previews: list[Handout] = []
    monkeypatch.setattr(arabic_window.handouts, "has_printer", lambda: True)
    monkeypatch.setattr(arabic_window.handouts, "open_print_preview", previews.append)
    monkeypatch.setattr(ScopeDialog, "ask", classmethod(lambda cls, action, title, article, parent=None: ARTICLE))
    arabic_window.window_actions.print.trigger()
    paged = PagedHandout(previews[0], 700, 1000)
    assert paged.document.begin().textDirection() == Qt.LayoutDirection.RightToLeft


@pytest.fixture
def start_dialogs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch, in_language: None
) -> list[str]:
    """What app.run's start-up error dialogs said (each run in its own runtime folder)."""
    folder = tmp_path_factory.mktemp("run")
    folder.chmod(0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own; undo it after
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    return shown


@pytest.mark.parametrize(
    ("lang", "said"), [("fr", "Le contenu du lecteur ne peut pas"), ("xx", "The reader's content")]
)
def test_the_start_speaks_the_language_asked_before_the_window(
    lang: str, said: str, start_dialogs: list[str], tmp_path: Path, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"garbage" * 50)
    with caplog.at_level(logging.WARNING, logger="reader.gui.i18n"), pytest.raises(BundleError):
        app.run(broken, None, lang=lang)
    assert start_dialogs[0].startswith(said)
    assert len(caplog.records) == (1 if lang == "xx" else 0)


def test_a_language_without_the_message_says_it_in_the_interface_s(in_language: None) -> None:
    i18n.install(create_application(), "fr")
    message = "The reader will use %1 the next time it starts."
    expected = translation("es", "LanguageMenu", message) or translation("fr", "LanguageMenu", message)
    assert next_start_message("es") == expected.replace("%1", "Español")
    assert next_start_message("ar") == translation("ar", "LanguageMenu", message).replace("%1", "العربية")


@pytest.mark.usefixtures("in_language")
def test_the_print_preview_is_labelled_in_french_too(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = window_in("fr", make_window)
    preview = window.handouts.print_preview(handout(window.bundle, "hallucinations", dt.date(2031, 2, 3)))
    qtbot.addWidget(preview)
    toolbar = preview.findChild(QToolBar)
    assert toolbar is not None
    buttons = [action for action in toolbar.actions() if not action.isSeparator() and action.text()]
    assert buttons[0].text() == translation("fr", "HandoutActions", "Print")
    # Qt's own (French) "Mise en page" found by its translated text and moved next to Print.
    assert buttons[1].text() == create_application().translate("QPrintPreviewDialog", "Page setup")
    labels = {action.text() for action in buttons}
    assert translation("fr", "HandoutActions", "Next") in labels


@pytest.mark.usefixtures("in_language")
def test_missing_translations_leave_english_and_no_crash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    app = create_application()
    assert [translator.language() for translator in i18n.install(app, "ar")] == ["ar"]  # Qt's own only
    assert app.translate("Menus", "&File") == "&File"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert i18n.translator_for("ar") is None
