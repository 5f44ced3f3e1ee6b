"""The content pane: the whole article in one QTextBrowser, with anchors, scroll-spy and link policy."""

from __future__ import annotations

import bisect
import logging

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtGui import QTextBlock, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

log = logging.getLogger(__name__)

EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto"})


class ContentView(QTextBrowser):
    """Shows the article and reports which section is at the top.

    Signals:
        section_changed(str): the section at the top of the pane changed (scrolling or a jump).
        external_link_requested(QUrl): the user clicked an http(s) or mailto link; it is not opened.
    """

    section_changed = Signal(str)
    external_link_requested = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName("Article")
        self.setAccessibleDescription("The text of the article")
        self._anchor_ids: list[str] = []
        self._anchor_blocks: list[QTextBlock] = []
        self._anchor_tops: list[float] | None = None
        self._current = ""
        self._jumping = False
        self.anchorClicked.connect(self._follow_link)
        self.verticalScrollBar().valueChanged.connect(self._update_current_section)

    def show_article(self, html: str, stylesheet: str) -> None:
        """Show an article (HTML fragments of the bundle) styled by the bundle's stylesheet."""
        document = QTextDocument(self)
        document.setDefaultStyleSheet(stylesheet)
        document.setHtml(html)
        self.setDocument(document)
        document.documentLayout().documentSizeChanged.connect(self._forget_anchor_tops)
        self._index_anchors()
        self._current = ""
        self._update_current_section()

    def _index_anchors(self) -> None:
        self._anchor_ids, self._anchor_blocks = [], []
        self._anchor_tops = None
        block = self.document().begin()
        while block.isValid():
            for name in block.charFormat().anchorNames() or _fragment_anchors(block):
                self._anchor_ids.append(name)
                self._anchor_blocks.append(block)
            block = block.next()

    @Slot()
    def _forget_anchor_tops(self) -> None:
        self._anchor_tops = None

    def _tops(self) -> list[float]:
        if self._anchor_tops is None:
            layout = self.document().documentLayout()
            self._anchor_tops = [layout.blockBoundingRect(b).top() for b in self._anchor_blocks]
        return self._anchor_tops

    def section_at_top(self) -> str:
        """Return the id of the section shown at the top of the pane."""
        if not self._anchor_ids:
            return ""
        top = self.verticalScrollBar().value() + 2
        position = bisect.bisect_right(self._tops(), top) - 1
        return self._anchor_ids[max(position, 0)]

    def current_section(self) -> str:
        """Return the section the reader is in: the last one jumped to, or the one at the top."""
        return self._current

    @Slot(str)
    def scroll_to_section(self, section_id: str) -> None:
        """Bring a section to the top of the pane (as far as the document allows)."""
        if section_id not in self._anchor_ids:
            log.warning("no section %r in the document", section_id)
            return
        self._jumping = True
        try:
            self.scrollToAnchor(section_id)
        finally:
            self._jumping = False
        self._set_current(section_id)

    @Slot()
    def _update_current_section(self) -> None:
        if not self._jumping:
            self._set_current(self.section_at_top())

    def _set_current(self, section_id: str) -> None:
        if section_id and section_id != self._current:
            self._current = section_id
            self.section_changed.emit(section_id)

    @Slot(QUrl)
    def _follow_link(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if not scheme and url.hasFragment() and not url.path():
            self.scroll_to_section(url.fragment())
        elif scheme in EXTERNAL_SCHEMES:
            self.external_link_requested.emit(url)
        else:
            log.warning(
                "ignored a link to %s: only section links and web addresses are handled", url.toString()
            )

    def loadResource(self, type: int, name: QUrl | str) -> object:  # noqa: A002, N802
        """Serve nothing from outside the bundle: no file, network or data resource is ever loaded."""
        log.info("refused to load resource %s", name.toString() if isinstance(name, QUrl) else name)
        return None


def _fragment_anchors(block: QTextBlock) -> list[str]:
    names: list[str] = []
    iterator = block.begin()
    while not iterator.atEnd():
        names += iterator.fragment().charFormat().anchorNames()
        iterator += 1
    return names
