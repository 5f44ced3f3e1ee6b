"""Which article the content pane shows, and laying out another: one article at a time.

The pane holds one article's document; opening a section of another article, of the same bundle
or another, lays that article out in its place (the one left is dropped, not cached: a library's
articles would not fit).
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication

from reader.core.catalog import Catalog
from reader.core.errors import SectionNotFoundError
from reader.core.history import Position
from reader.core.limits import check_document_size
from reader.core.model import resolve_section
from reader.core.text_direction import set_apart
from reader.gui.content_view import ContentView

log = logging.getLogger(__name__)


class ArticleSwitcher(QObject):
    """The articles of a library (of one bundle or several), their outline (the tree's top level:
    the articles' title sections) and the article the content pane shows, laid out from its own
    bundle with that bundle's stylesheet.

    Signals:
        article_changed(str): another article (its id) was laid out in the pane.
    """

    article_changed = Signal(str)

    def __init__(self, catalog: Catalog, content: ContentView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self._content = content
        self._stylesheets: dict[Path, str] = {}  # each bundle's, cleaned once when first needed
        self.roots: dict[str, list[str]] = {}  # each article's top-level node(s): its title section
        self.current = ""  # the article laid out in the pane
        self.set_catalog(catalog)
        self.last_open_ms = 0.0  # how long laying out the last article opened took
        # Right to left (Arabic), a tip's title and edition are set apart in their own direction:
        # an English "2026-11-26, first edition" keeps its comma after the date.
        self._isolate = QGuiApplication.isRightToLeft()

    def set_catalog(self, catalog: Catalog) -> None:
        """Show the articles of a catalog (the library read again): none is laid out until ``show``."""
        self.catalog, self.articles = catalog, catalog.articles
        self.roots = {}
        for node in catalog.roots():
            self.roots.setdefault(self.article_of(node.id), []).append(node.id)
        self._stylesheets.clear()  # an updated pack has the path of the one it replaced
        self.current = ""

    def article_ids(self) -> list[str]:
        """The ids of the articles that have sections, in reading order."""
        return self.catalog.article_ids()

    def article_of(self, section_id: str) -> str:
        """The id of the article a (full) section id belongs to ("" for none)."""
        return self.catalog.article_of(section_id)

    def first_section(self, article_id: str = "") -> str:
        """The first section of an article (default: the current one), or ""."""
        headings = self.catalog.headings_of(article_id or self.current)
        return headings[0].id if headings else ""

    def title(self, article_id: str = "") -> str:
        """An article's title (default: the current one's), or ""."""
        info = self.articles.get(article_id or self.current)
        return "" if info is None else info.title

    def tips(self) -> dict[str, str]:
        """The tooltip of each article's top-level node: its title and edition."""
        tips: dict[str, str] = {}
        apart = set_apart if self._isolate else str
        for article_id, ids in self.roots.items():
            info = self.articles.get(article_id)
            if info is not None and info.edition:
                #: An article's tooltip in the section tree, under its title: %1 is its edition
                edition = self.tr("Edition: %1").replace("%1", apart(info.edition))
                tips.update(dict.fromkeys(ids, f"{apart(info.title)}\n{edition}"))
        return tips

    def start_article(self, saved: Position | None) -> str:
        """The article to lay out first: the saved reading place's (an old plain id too), else the
        first; nothing logged (the window's resume says when a saved place is gone)."""
        try:
            article_id = self.article_of(resolve_section(saved.section_id, self.catalog.section_ids())) if saved else ""
        except SectionNotFoundError:
            article_id = ""
        return article_id or next(iter(self.catalog.article_ids()), "")

    def show(self, article_id: str) -> None:
        """Lay an article out in the pane (unless it is the one shown already).

        Raises BundleError when the article is more text than the pane lays out at once.
        """
        bundle = self.catalog.bundle_of(article_id)
        if article_id == self.current or bundle is None:
            return
        started = time.perf_counter()
        sections = self.catalog.sections_of(article_id)
        html = "\n".join(section.html for section in sections)
        check_document_size(bundle.path, html)
        if bundle.path not in self._stylesheets:
            self._stylesheets[bundle.path] = bundle.stylesheet()
        self._content.show_article(html, self._stylesheets[bundle.path], [section.id for section in sections])
        self.current = article_id
        self.last_open_ms = (time.perf_counter() - started) * 1000
        log.debug("article %s laid out in %.1f ms", article_id, self.last_open_ms)
        self.article_changed.emit(article_id)

    def show_article_of(self, section_id: str) -> None:
        """Show the article a section belongs to (nothing for a section of no article)."""
        article_id = self.article_of(section_id)
        if article_id:
            self.show(article_id)
