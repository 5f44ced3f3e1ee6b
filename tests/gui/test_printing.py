"""Printed handouts and PDFs: only what was asked for, real text, page furniture, never dark."""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage, QPainter

from reader.cli import main
from reader.core.bundle import Bundle
from reader.core.export import Handout, handout
from reader.gui import theme
from reader.gui.application import create_application
from reader.gui.main_window import MainWindow
from reader.gui.printing import PagedHandout, write_pdf
from reader.gui.scope_dialog import ARTICLE, SECTION, ScopeDialog


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, white space removed (text extraction splits words at kerning)."""
    return [re.sub(r"\s+", "", page.extract_text() or "") for page in PdfReader(path).pages]


def squash(phrase: str) -> str:
    return re.sub(r"\s+", "", phrase)


def test_cli_exports_one_section_as_pdf(
    shipped_bundle: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "hallucinations.pdf"
    argv = [
        "export",
        "--bundle",
        str(shipped_bundle),
        "--format",
        "pdf",
        "--out",
        str(out),
        "--section",
        "hallucinations",
    ]
    assert main(argv) == 0
    assert capsys.readouterr().out == f"wrote {out} (1 page)\n"
    (flat,) = pdf_pages(out)
    assert squash("2. Hallucinations") in flat
    assert squash("Hallucinations may occur, particularly at greater doses.") in flat
    assert squash("Dependence and Abuse Potential") not in flat
    assert squash("Dissociative Effects") not in flat
    assert squash("Understanding the Effects of Ketamine: A Comprehensive Overview") in flat
    assert squash("Edition: 2026-11-26, first edition") in flat
    assert squash("Source: Web article; original publisher and author not recorded") in flat
    assert squash("ketamine-effects.txt") not in flat
    assert squash("supplied to the project") not in flat
    assert squash("Page 1 of 1") in flat


def test_whole_article_pdf_has_every_page_furnished(shipped_bundle: Path, tmp_path: Path) -> None:
    create_application()
    out = tmp_path / "article.pdf"
    with Bundle.open(shipped_bundle) as bundle:
        pages = write_pdf(out, handout(bundle, None))
    texts = pdf_pages(out)
    assert len(texts) == pages >= 3
    for number, flat in enumerate(texts, start=1):
        assert squash(f"Page {number} of {pages}") in flat
        assert squash("Edition: 2026-11-26") in flat
    everything = "".join(texts)
    assert squash("browsed safely and beneficially.") in everything
    assert squash("Effects") in everything  # no ligature glyphs in the text layer


def test_a_heading_is_never_left_at_the_foot_of_a_page(shipped_bundle: Path) -> None:
    create_application()
    with Bundle.open(shipped_bundle) as bundle:
        item = handout(bundle, None)
    for height in (500, 650, 800, 1000, 1123):
        paged = PagedHandout(item, 700, height)
        layout = paged.document.documentLayout()
        block = paged.document.begin()
        while block.isValid():
            following = block.next()
            if block.blockFormat().headingLevel() and following.isValid():
                first = layout.blockBoundingRect(block).top() + block.layout().lineAt(0).y()
                after = layout.blockBoundingRect(following).top() + following.layout().lineAt(0).y()
                assert int(first // paged.body_height) == int(after // paged.body_height), (height, block.text())
            block = following


@pytest.mark.parametrize("choice", ["light", "dark"])
def test_printing_is_dark_on_white_whatever_the_theme(shipped_bundle: Path, choice: str) -> None:
    app = create_application()
    theme.apply(app, choice)
    with Bundle.open(shipped_bundle) as bundle:
        paged = PagedHandout(handout(bundle, "hallucinations"), 700, 900)
    image = QImage(700, 900, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paged.paint_page(painter, 0)
    painter.end()
    dark = sum(1 for y in range(0, 900, 2) for x in range(0, 700, 2) if QColor(image.pixel(x, y)).lightness() < 80)
    assert dark > 500
    theme.apply(app, "light")


def test_empty_handout_still_prints_one_page(tmp_path: Path) -> None:
    create_application()
    pages = write_pdf(tmp_path / "empty.pdf", Handout("", "", "Title", "Source", "1", dt.date(2031, 2, 3)))
    assert pages == 1
    assert squash("Page 1 of 1") in pdf_pages(tmp_path / "empty.pdf")[0]


def test_export_pdf_from_the_menu(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / "section.pdf"
    monkeypatch.setattr(ScopeDialog, "ask", classmethod(lambda cls, action, title, article, parent=None: SECTION))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(out), "PDF files (*.pdf)"))
    window.open_section("key-safety-tips")
    window.window_actions.export_pdf.trigger()
    text = "".join(pdf_pages(out))
    assert squash("Key Safety Tips") in text
    assert squash("Report Side Effects:") in text
    assert squash("Often Asked Questions") not in text
    assert window.statusBar().currentMessage().startswith("Saved 1 page to")


def test_print_offers_the_section_or_the_article(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    window.handouts.has_printer = lambda: True
    previews: list[Handout] = []
    monkeypatch.setattr(window.handouts, "open_print_preview", previews.append)
    answers = iter([SECTION, ARTICLE, None])
    monkeypatch.setattr(ScopeDialog, "ask", classmethod(lambda cls, action, title, article, parent=None: next(answers)))
    window.open_section("hallucinations")
    for _ in range(3):
        window.window_actions.print.trigger()
    assert len(previews) == 2
    assert previews[0].html.startswith('<h3 id="ketamine-effects/hallucinations">')
    assert 'id="ketamine-effects/conclusion"' in previews[1].html


def test_scope_dialog_defaults_to_the_section(qtbot: object) -> None:
    dialog = ScopeDialog("Print", "2. Hallucinations", "Understanding the Effects of Ketamine")
    assert dialog.scope() == SECTION
    assert "2. Hallucinations" in dialog.section_choice.text()
    assert dialog.article_choice.text() == "This &article: Understanding the Effects of Ketamine"
    dialog.article_choice.setChecked(True)
    assert dialog.scope() == ARTICLE
    dialog.deleteLater()


def test_no_network_module_is_ever_loaded(shipped_bundle: Path, tmp_path: Path) -> None:
    import subprocess

    probe = (
        "import sys, os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'; "
        "from reader.cli import main; "
        f"code = main(['self-check', '--bundle', {str(shipped_bundle)!r}]); "
        "bad = sorted(m for m in sys.modules if 'QtNetwork' in m or m in {'urllib.request', 'http.client', 'socket'}); "
        "print(bad); sys.exit(code)"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
    assert re.search(r"self-check ok: .* 23 sections visited", result.stdout)


PRINTED_ON = dt.date(2031, 2, 3)
NOTICE = "Information only; follow the advice of the clinician treating you."


def test_every_page_carries_the_notice_and_the_date_printed(shipped_bundle: Path, tmp_path: Path) -> None:
    create_application()
    out = tmp_path / "article.pdf"
    with Bundle.open(shipped_bundle) as bundle:
        pages = write_pdf(out, handout(bundle, None, PRINTED_ON))
    texts = pdf_pages(out)
    assert len(texts) == pages >= 3
    for number, flat in enumerate(texts, start=1):
        assert squash(NOTICE) in flat, number
        assert squash("Printed 2031-02-03") in flat, number
        assert squash(f"Page {number} of {pages}") in flat, number
        assert squash("Source: Web article; original publisher and author not recorded") in flat, number
        assert squash("ketamine-effects.txt") not in flat, number


def test_a_handout_without_a_public_source_prints_none(tmp_path: Path) -> None:
    create_application()
    out = tmp_path / "plain.pdf"
    write_pdf(out, Handout("<p>Text</p>", "", "Title", "", "1", PRINTED_ON))
    (flat,) = pdf_pages(out)
    assert "Source" not in flat
    assert squash(NOTICE) in flat
    assert squash("Printed 2031-02-03") in flat


def test_a_long_public_source_stays_on_its_line(tmp_path: Path) -> None:
    create_application()
    item = Handout("<p>Text</p>", "", "Title", "A very long public source " * 8, "1", PRINTED_ON)
    out = tmp_path / "long.pdf"
    write_pdf(out, item)
    (flat,) = pdf_pages(out)
    assert squash("Printed 2031-02-03") in flat  # not pushed off the page or overdrawn
    assert squash("Page 1 of 1") in flat
    assert "…" in flat


def test_export_pdf_from_the_window_is_dated_by_its_clock(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / "dated.pdf"
    window.handouts.today = lambda: PRINTED_ON
    monkeypatch.setattr(ScopeDialog, "ask", classmethod(lambda cls, action, title, article, parent=None: SECTION))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(out), "PDF files (*.pdf)"))
    window.open_section("hallucinations")
    window.window_actions.export_pdf.trigger()
    (flat,) = pdf_pages(out)
    assert squash("Printed 2031-02-03") in flat
    assert squash(NOTICE) in flat


@pytest.fixture
def umask_022() -> Iterator[None]:
    """The usual umask for one test; the old one is put back afterwards."""
    old = os.umask(0o022)
    yield
    os.umask(old)


posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@posix_only
@pytest.mark.usefixtures("umask_022")
def test_a_pdf_exported_by_the_cli_is_readable_by_others(shipped_bundle: Path, tmp_path: Path) -> None:
    out = tmp_path / "handout.pdf"
    assert main(["export", "--bundle", str(shipped_bundle), "--format", "pdf", "--out", str(out)]) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


@posix_only
@pytest.mark.usefixtures("umask_022")
def test_a_pdf_saved_by_the_export_dialog_is_readable_by_others(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / "shared" / "handout.pdf"
    monkeypatch.setattr(ScopeDialog, "ask", classmethod(lambda cls, action, title, article, parent=None: ARTICLE))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(out), "PDF files (*.pdf)"))
    window.window_actions.export_pdf.trigger()
    assert out.is_file()
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    assert [path.name for path in out.parent.iterdir()] == ["handout.pdf"]  # no temporary file left
