"""``reader self-check``: prove, without a screen, that an installed reader works end to end."""

from __future__ import annotations

import gc
import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtGui import QAccessible, QPixmap

from reader.core.errors import ReaderError
from reader.core.export import handout
from reader.core.policy import WINDOW_SEARCH_LIMIT
from reader.gui import screen_reader
from reader.gui.app import open_bundle
from reader.gui.application import create_application, icon_paths
from reader.gui.article_accessible import ArticleAccessible
from reader.gui.main_window import MainWindow
from reader.gui.printing import write_pdf
from reader.gui.settings import Settings


class SelfCheckError(ReaderError):
    """A step of the self-check failed."""


def self_check(bundle_path: Path | None) -> str:
    """Verify the bundle, build the window unseen, visit every section and print one to PDF.

    Returns the summary line; raises ReaderError naming the step that failed.
    """
    started = time.perf_counter()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    create_application()
    for path in icon_paths():
        if QPixmap(str(path)).isNull():
            raise SelfCheckError(f"icon {path} is missing or unreadable")
    with open_bundle(bundle_path) as bundle, tempfile.TemporaryDirectory(prefix="reader-self-check-") as tmp:
        bundle.full_check()
        sections = bundle.sections()
        window = MainWindow(bundle, Settings(Path(tmp) / "config"))
        try:
            window.resize(1200, 800)
            for section in sections:  # the window lays out one article at a time: each in its own
                window.open_section(section.id)
                if section.id not in window.content.section_ids():
                    raise SelfCheckError(f"section {section.id!r} has no place in the window")
                if window.content.current_section() != section.id:
                    raise SelfCheckError(f"could not open section {section.id!r}")
            _check_none_keeps_its_references(window)
            _check_the_text_for_screen_readers(window)
            searcher = window.search_controller.searcher
            for section in sections:
                found = [hit.id for hit in searcher.search(section.title, limit=WINDOW_SEARCH_LIMIT).hits]
                if section.id not in found:
                    raise SelfCheckError(f"searching for the title {section.title!r} does not find its section")
            sample = next((s for s in sections if s.level == 2), sections[0])
            pdf = Path(tmp) / "self-check.pdf"
            pages = write_pdf(pdf, handout(bundle, sample.id))
            if pages < 1 or not pdf.read_bytes().startswith(b"%PDF"):
                raise SelfCheckError("the PDF printed for the check is empty")
        finally:
            window.settings.sync()
            window.deleteLater()
    elapsed = time.perf_counter() - started
    return (
        f"self-check ok: bundle verified, icons read, window built, {len(sections)} sections visited "
        f"and found by search, {sample.id!r} printed to PDF ({pages} page{'s' * (pages != 1)}) in {elapsed:.2f} s"
    )


def _check_the_text_for_screen_readers(window: MainWindow) -> None:
    """The article as a screen reader gets it: the reader's own accessible interface (a Python
    factory, which a frozen app must keep), its text without Qt's frame markers, its headings."""
    screen_reader.install(window.content)  # as after the first paint: this window is never painted
    interface = QAccessible.queryAccessibleInterface(window.content)
    if not isinstance(interface, ArticleAccessible):
        raise SelfCheckError("the article has no text for screen readers")
    text = interface.article().text
    if not text or "\ufdd0" in text or "\ufdd1" in text:
        raise SelfCheckError("the article's text for screen readers is empty or holds Qt's frame markers")
    if interface.childCount() < 1:
        raise SelfCheckError("the article shows screen readers no heading")


def _check_none_keeps_its_references(window: MainWindow) -> None:
    """Search the window 50 times: None must keep its references.

    PySide6 6.12.0 returned None from every void method without a reference; on Python 3.11,
    where None is not immortal, the window aborted after about 80 searches.
    """
    # One search first, so that what the first one builds (the searcher, the results panel, caches)
    # is not counted; and garbage left by earlier work (a test run's windows) is collected before
    # each count: making and freeing those hold and drop references to None too.
    window.search_controller.search("ketamine effects")
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(50):
        window.search_controller.search("ketamine effects")
    window.search_controller.clear()
    gc.collect()
    if sys.getrefcount(None) < before - 200:
        raise SelfCheckError("this PySide6 takes references off None at every call: the window would abort")
