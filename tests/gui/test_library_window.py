"""The window over a library of several bundles: articles of two bundles side by side in the tree,
switching between them (each laid out from its own bundle), history, resume, search, the library
page, printing one article, About's Library tab and the bar naming a broken file."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.core.builder import build_bundle
from reader.core.export import Handout
from reader.core.library import Library
from reader.core.locations import stylesheet_path, synonyms_path
from reader.gui.about_dialog import AboutDialog
from reader.gui.application import create_application
from reader.gui.main_window import MainWindow
from reader.gui.scope_dialog import ARTICLE, SECTION, ScopeDialog
from reader.gui.section_tree import SECTION_ID_ROLE
from reader.gui.settings import Settings

from .conftest import WindowFactory
from .events import EventCounter

FILLER = " ".join(["Keep the card with you and ask at the clinic when unsure."] * 12)
# Bundle, then its articles: id, title and a word only that article has.
BUNDLES = {
    "clinic-a": {"malaria": ("Malaria at home", "mosquito"), "snake-bite": ("Snake bite", "antivenom")},
    "clinic-b": {"burns": ("Burns and scalds", "blister"), "asthma": ("Asthma attacks", "inhaler")},
}
B_COLOUR = "#7a1f5c"  # only clinic-b's stylesheet has it: proves an article is laid out with its own


def _source(title: str, word: str) -> str:
    body = "\n\n".join([FILLER] * 5)
    return (
        f'---\ntitle: "{title}"\nsource: "Test text"\nlanguage: en\nedition: "2026-11-27"\n'
        f"license: CC-BY-4.0\n---\n\n# {title}\n\nAbout {title.lower()}.\n\n"
        f"## What it is\n\n{body}\n\n## Treatment\n\nThe {word} matters here.\n\n{body}\n\n"
        f"## Side effects\n\n{body}\n"
    )


@pytest.fixture(scope="module")
def two_bundles(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Two bundles of two articles each; clinic-b's stylesheet colours its headings."""
    paths = []
    for name, articles in BUNDLES.items():
        folder = tmp_path_factory.mktemp(name)
        for article_id, (title, word) in articles.items():
            (folder / f"{article_id}.md").write_text(_source(title, word), encoding="utf-8")
        style = folder / "style.css"
        extra = f"\nh2 {{ color: {B_COLOUR}; }}\n" if name == "clinic-b" else ""
        style.write_text(stylesheet_path().read_text(encoding="utf-8") + extra, encoding="utf-8")
        out = folder / f"{name}.sqlite"
        build_bundle(folder, out, style, synonyms_path())
        paths.append(out)
    return paths


@contextlib.contextmanager
def library_windows(named: Sequence[Path] | None, config_folder: Path, qtbot: QtBot) -> Iterator[WindowFactory]:
    """Build shown windows over a library (the bundles named, else the whole library)."""
    create_application()
    libraries: list[Library] = []

    def make() -> MainWindow:
        library = Library.open(named)
        libraries.append(library)
        window = MainWindow(library, Settings(config_folder))
        qtbot.addWidget(window)
        window.resize(1000, 700)
        window.show()
        qtbot.waitExposed(window)
        window.resume(None)
        return window

    try:
        yield make
    finally:
        for library in libraries:
            library.close()


@pytest.fixture
def make_window(two_bundles: list[Path], config_folder: Path, qtbot: QtBot) -> Iterator[WindowFactory]:
    """Windows over the two bundles, sharing one settings folder."""
    with library_windows(two_bundles, config_folder, qtbot) as make:
        yield make


@pytest.fixture
def window(make_window: WindowFactory) -> MainWindow:
    """A window over the two bundles, showing the first article."""
    shown = make_window()
    shown.library.hide()  # a first start over several articles shows the library page
    return shown


def _capture(shown: list[AboutDialog]) -> object:
    """An ``exec`` for AboutDialog that keeps the dialog instead of showing it."""

    def exec_(self: AboutDialog) -> int:
        shown.append(self)
        return 0

    return exec_


def _rows(dialog: AboutDialog) -> list[list[str]]:
    """The Library tab's rows (file, where found, digest, check), each shown in the tab's text."""
    text = dialog.library.toPlainText()
    rows = [[row.path, row.origin, row.digest, row.status] for row in dialog.library_rows]
    for path, _, digest, status in rows:
        assert all(part in text for part in (Path(path).name, path, digest, status))
    return rows


def shown_article(window: MainWindow) -> str:
    """Which article's title the pane holds (asserting only one)."""
    text = window.content.toPlainText()
    titles = {article_id: title for articles in BUNDLES.values() for article_id, (title, _) in articles.items()}
    shown = [article_id for article_id, title in titles.items() if title in text]
    assert len(shown) == 1, shown
    return shown[0]


def test_the_library_page_as_the_start_page_counts_as_the_first_paint(
    two_bundles: list[Path], config_folder: Path, qtbot: QtBot
) -> None:
    # Start-up work (the log file, listening for later starts, search's warm-up) waits for it.
    create_application()
    with Library.open(two_bundles) as library:
        window = MainWindow(library, Settings(config_folder))
        qtbot.addWidget(window)
        painted: list[bool] = []
        window.first_painted.connect(lambda: painted.append(True))
        window.show()
        window.resume(None)
        assert window.library.is_shown()
        qtbot.waitUntil(lambda: painted == [True])
        window.library.hide()  # the article painted later is not a second first paint
        qtbot.waitUntil(lambda: window.content.visibleRegion().isEmpty() is False)
        window.repaint()
        assert painted == [True]


def test_the_tree_holds_every_article_of_both_bundles(window: MainWindow, qtmodeltester: object) -> None:
    model = window.outline_model
    top = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert top == ["Malaria at home", "Snake bite", "Asthma attacks", "Burns and scalds"]
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert shown_article(window) == "malaria"


def test_switching_to_an_article_of_another_bundle(window: MainWindow, two_bundles: list[Path]) -> None:
    assert window.bundle.path == two_bundles[0]
    assert B_COLOUR not in window.content.document().defaultStyleSheet()
    window.open_section("asthma/treatment")
    assert shown_article(window) == "asthma"
    assert window.bundle.path == two_bundles[1]
    assert B_COLOUR in window.content.document().defaultStyleSheet()  # its own bundle's stylesheet
    assert window.content.current_section() == "asthma/treatment"
    assert window.tree.currentIndex().data(SECTION_ID_ROLE) == "asthma/treatment"
    assert window.path_label.full_text() == "Asthma attacks › Treatment"
    assert window.windowTitle() == "Asthma attacks — Reader"
    window.open_section("snake-bite/side-effects")
    assert shown_article(window) == "snake-bite"
    assert B_COLOUR not in window.content.document().defaultStyleSheet()


@pytest.fixture(scope="module")
def many_articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One bundle of 60 articles: more than the tree shows at once."""
    folder = tmp_path_factory.mktemp("many")
    for number in range(60):
        (folder / f"a{number:02}.md").write_text(_source(f"Article {number}", "word"), encoding="utf-8")
    build_bundle(folder, folder / "many.sqlite", stylesheet_path(), synonyms_path())
    return folder / "many.sqlite"


def test_switching_article_paints_the_tree_once(many_articles: Path, config_folder: Path, qtbot: QtBot) -> None:
    # Each paint of the tree lays out every row's text again: the tree's layout after folding one
    # article and unfolding another is done before it is painted, not during (which asks for a
    # second paint).
    with library_windows([many_articles], config_folder, qtbot) as make:
        window = make()
        window.library.hide()
        paints = EventCounter(QEvent.Type.Paint)
        window.tree.viewport().installEventFilter(paints)
        for number in (40, 5, 55):
            paints.count = 0
            window.open_article(f"a{number:02}")
            for _ in range(5):
                QApplication.processEvents()
            assert window.tree.currentIndex().data(SECTION_ID_ROLE) == f"a{number:02}/article-{number}"
            assert paints.count == 1, paints.count


def test_history_across_bundles_keeps_the_offset(window: MainWindow) -> None:
    window.open_section("malaria/treatment")
    bar = window.content.verticalScrollBar()
    bar.setValue(bar.value() + 40)
    place = window.content.position()
    assert place.offset > 0
    window.open_section("burns/side-effects")
    assert shown_article(window) == "burns"
    window.window_actions.back.trigger()
    assert shown_article(window) == "malaria"
    assert window.content.position() == place
    window.window_actions.forward.trigger()
    assert shown_article(window) == "burns"
    assert window.content.current_section() == "burns/side-effects"


def test_resume_into_an_article_of_the_second_bundle(make_window: WindowFactory) -> None:
    first = make_window()
    first.open_section("burns/treatment")
    bar = first.content.verticalScrollBar()
    bar.setValue(bar.value() + 30)
    place = first.content.position()
    first.close()
    again = make_window()
    assert shown_article(again) == "burns"
    assert again.content.position() == place
    assert not again.library.is_shown()


def test_a_search_finds_hits_in_both_bundles_and_opens_one(window: MainWindow) -> None:
    window.search_controller.search("treatment")
    panel = window.search_controller.panel
    assert {hit_id.split("/")[0] for hit_id in panel.hit_ids()} == {"malaria", "snake-bite", "burns", "asthma"}
    window.search_controller.search("inhaler")
    assert panel.hit_ids() == ["asthma/treatment"]
    window.open_search_hit("asthma/treatment")
    assert shown_article(window) == "asthma"
    assert window.content.match_count() == 1


def test_the_library_page_lists_the_articles_of_both_bundles(window: MainWindow) -> None:
    window.library.show()
    assert window.library.page.shown_ids() == ["malaria", "snake-bite", "asthma", "burns"]
    model = window.library.page.model
    assert [model.headerData(column, Qt.Orientation.Horizontal) for column in range(4)] == [
        "Title",
        "Edition",
        "Source",
        "Publisher",
    ]
    assert model.index(0, 3).data() == ""  # these bundles are not content packs
    window.library.page.filter.setText("asthma")
    window.library.page.open_current()
    assert shown_article(window) == "asthma"


def test_the_article_s_match_count_is_not_shown_over_the_library_page(window: MainWindow) -> None:
    window.search_controller.search("antivenom")
    label = window.search_controller.match_label
    assert label.text()
    assert label.isVisible()
    window.library.show()
    assert not label.isVisible()  # the matches counted are the hidden article's
    window.library.page.filter.setText("snake")
    window.library.page.open_current()
    assert label.isVisible()


def _printed(window: MainWindow, scope: str, monkeypatch: pytest.MonkeyPatch) -> Handout:
    printed: list[Handout] = []
    window.handouts.has_printer = lambda: True
    monkeypatch.setattr(window.handouts, "open_print_preview", printed.append)
    monkeypatch.setattr(ScopeDialog, "ask", classmethod(lambda cls, action, title, article, parent=None: scope))
    window.window_actions.print.trigger()
    (item,) = printed
    return item


def test_printing_this_article_prints_only_its_sections(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    window.open_section("snake-bite/treatment")
    item = _printed(window, ARTICLE, monkeypatch)
    assert 'id="snake-bite/snake-bite"' in item.html
    assert 'id="snake-bite/side-effects"' in item.html
    assert "malaria/" not in item.html  # the other article of the same bundle is left out
    assert item.title == "Snake bite"


def test_printing_this_section_prints_it_from_the_second_bundle(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_section("asthma/treatment")
    item = _printed(window, SECTION, monkeypatch)
    assert item.html.startswith('<h2 id="asthma/treatment">')
    assert B_COLOUR in item.stylesheet
    assert "asthma/side-effects" not in item.html


def test_exporting_this_article_names_the_file_by_its_id(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    offered: list[str] = []

    def save_as(*args: object, **kwargs: object) -> tuple[str, str]:
        offered.append(str(args[2]))
        return str(tmp_path / "out.pdf"), "PDF files (*.pdf)"

    monkeypatch.setattr(ScopeDialog, "ask", classmethod(lambda cls, action, title, article, parent=None: ARTICLE))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window.open_section("burns/treatment")
    window.window_actions.export_pdf.trigger()
    assert Path(offered[0]).name == "burns.pdf"
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")
    monkeypatch.setattr(ScopeDialog, "ask", classmethod(lambda cls, action, title, article, parent=None: SECTION))
    window.window_actions.export_pdf.trigger()
    assert Path(offered[1]).name == "burns-treatment.pdf"  # not a folder named after the article


def test_about_shows_the_article_read_and_the_library(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", _capture(shown))
    window.open_section("asthma/what-it-is")
    window.window_actions.about.trigger()
    (dialog,) = shown
    dialog.deleteLater()
    page = dialog.text.toPlainText()
    assert "Asthma attacks" in page
    assert "Malaria at home" not in page  # the article read, not the whole library
    assert "CC-BY-4.0" in page
    assert window.bundle.digest in page
    assert dialog.tabs.tabText(2) == "Li&brary"
    rows = _rows(dialog)
    assert [Path(row[0]).name for row in rows] == ["clinic-a.sqlite", "clinic-b.sqlite"]
    assert [row[1] for row in rows] == ["named", "named"]
    assert all(row[2].startswith("sha256:") and len(row[2]) == len("sha256:") + 12 for row in rows)
    assert [row[3] for row in rows] == ["ok", "ok"]
    assert dialog.library.toPlainText().startswith("2 bundles read; 0 files left out.")
    assert "named when the reader started" in dialog.library.toPlainText()


@pytest.fixture
def library_folder(private_user_folders: Path, two_bundles: list[Path]) -> Path:
    """The user's library folder (READER_LIBRARY in tests) with a broken file and an empty one."""
    folder = private_user_folders / "library"
    folder.mkdir()
    (folder / "broken.sqlite").write_bytes(b"this is not SQLite at all " * 40)
    (folder / "empty.sqlite").write_bytes(b"")
    return folder


def test_broken_files_in_the_library_folder_are_named_in_a_bar(
    library_folder: Path, config_folder: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    with library_windows(None, config_folder, qtbot) as make:
        window = make()
        bar = window.notice_bar
        assert bar is not None
        assert bar.isVisible()
        text = bar.label.text()
        assert text.startswith(
            "2 files of the library could not be used and were left out; the other articles are here."
        )
        assert "broken.sqlite: " in text
        assert "empty.sqlite: " in text
        # The shipped article is there all the same.
        model = window.outline_model
        assert model.index(0, 0).data() == "Understanding the Effects of Ketamine: A Comprehensive Overview"
        shown: list[AboutDialog] = []
        monkeypatch.setattr(AboutDialog, "exec", _capture(shown))
        bar.details.click()
        (dialog,) = shown
        dialog.deleteLater()
        assert dialog.tabs.currentIndex() == 2
        statuses = {Path(row[0]).name: row[3] for row in _rows(dialog)}
        assert statuses["broken.sqlite"].startswith("skipped: ")
        assert statuses["empty.sqlite"].startswith("skipped: ")
        assert [status for status in statuses.values() if status == "ok"] == ["ok"]  # the shipped bundle
        assert dialog.library.toPlainText().startswith("1 bundle read; 2 files left out.")
        assert "shipped with the reader" in dialog.library.toPlainText()
        bar.close_button.click()
        assert not bar.isVisible()


def test_a_library_with_nothing_left_out_has_no_bar(window: MainWindow) -> None:
    assert window.notice_bar is None
