"""The list of search results: title, path and a snippet with the matched words in bold."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextDocument,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.policy import PATH_SEPARATOR
from reader.core.search import SearchResult
from reader.gui.safe_document import SafeDocument

ID_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2


class _HtmlDelegate(QStyledItemDelegate):
    """Paints an item's HTML (title, path, snippet) with the view's palette.

    Each item's laid-out document is kept (a few searches' worth), keyed by its HTML, font and
    width: Qt asks for every item's size hint at each layout of the list, and a query typed one
    key at a time mostly shows hits it has just shown. Laying out 50 hits again at every key
    blocked typing for 30 ms and more (issue 13, ``bench/library_window.py``).
    """

    _KEPT = 256

    def __init__(self, parent: QListWidget) -> None:
        super().__init__(parent)
        self._documents: dict[tuple[str, str, int], QTextDocument] = {}

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QTextDocument:
        text = str(index.data(HTML_ROLE) or "")
        width = max(50, _text_width(option.widget) - 8)
        key = (text, option.font.key(), width)
        document = self._documents.get(key)
        if document is None:
            if len(self._documents) >= self._KEPT:
                del self._documents[next(iter(self._documents))]  # the oldest
            document = SafeDocument()
            document.setDefaultFont(option.font)
            document.setHtml(text)
            document.setTextWidth(width)
            self._documents[key] = document
        return document

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """Draw the selection background, then the HTML in the right colours."""
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        rect = option.rect
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(rect.left() + 4, rect.top() + 3)
        painter.setClipRect(QRectF(0, 0, rect.width() - 8, rect.height() - 6))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        """The height the HTML needs at the width it is painted at."""
        self.initStyleOption(option, index)
        document = self._document(option, index)
        return QSize(max(50, _text_width(option.widget)), int(document.size().height()) + 8)


def _text_width(view: QWidget | None) -> int:
    """The width the hits are laid out at: the list's, less its scroll bar's even while that is
    hidden, so the scroll bar coming and going does not lay every hit out again.

    The list's own width, not the option's rect: that is not the item's when Qt asks for a size
    hint, and a height measured at another width than the one painted let a selected item's
    background run over the next one's title.
    """
    if not isinstance(view, QListWidget):
        return 50
    width = view.viewport().width()
    if not view.verticalScrollBar().isVisible():
        width -= view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
    return width


class SearchPanel(QWidget):
    """Shows a SearchResult: a status line (with a suggestion to click) and the hits.

    Signals:
        section_requested(str): the user opened a hit (Enter, click or double-click).
        search_requested(str, bool): the user clicked a suggestion; the bool says whether to correct typos.
        back_to_box_requested(): Up was pressed on the first hit.
        status_changed(str): the status line changed, as words: the window makes it the search
            box's accessible description, which a screen reader says as it changes.
    """

    section_requested = Signal(str)
    search_requested = Signal(str, bool)
    back_to_box_requested = Signal()
    status_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setAccessibleName("Search status")
        self.status.linkActivated.connect(self._link_activated)
        self.results = _ResultList()
        self.results.setItemDelegate(_HtmlDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.results.setResizeMode(QListWidget.ResizeMode.Adjust)  # heights measured again at a new width
        self.results.setAccessibleName("Search results")
        self.results.setAccessibleDescription("Up and Down move through the results; Enter opens one")
        self.results.itemActivated.connect(self._item_activated)
        self.results.itemClicked.connect(self._item_activated)
        self.results.up_from_top.connect(self.back_to_box_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self._result: SearchResult | None = None
        # Article titles by id, when there is more than one: each hit's path then starts with its article.
        self.article_titles: dict[str, str] = {}
        self.setFocusProxy(self.results)

    def show_result(self, result: SearchResult) -> None:
        """Show the hits of a result and what was searched for."""
        self._result = result
        self.results.clear()
        lines = _status_lines(result)
        self.status.setText("<br>".join(lines))
        # A screen reader reads the label's name: the status as words, not "Search status".
        spoken = " ".join(QTextDocumentFragment.fromHtml(line).toPlainText() for line in lines)
        self.status.setAccessibleName(spoken or "Search status")
        for hit in result.hits:
            item = QListWidgetItem()
            article = self.article_titles.get(hit.id.split("/", 1)[0])
            path = PATH_SEPARATOR.join(([article] if article else []) + list(hit.path[:-1]))
            item.setData(ID_ROLE, hit.id)
            item.setData(
                HTML_ROLE,
                f"<b>{html.escape(hit.title)}</b>"
                + (f"<br><small>{html.escape(path)}</small>" if path else "")
                + f"<br>{hit.snippet_html()}",
            )
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{hit.title}. {hit.snippet_text('', '')}")
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        self.status_changed.emit(spoken)

    def hit_ids(self) -> list[str]:
        """The section ids shown, in order."""
        return [str(self.results.item(row).data(ID_ROLE)) for row in range(self.results.count())]

    def current_id(self) -> str:
        """The id of the selected hit, else of the top one ("" when there is none)."""
        item = self.results.currentItem() or self.results.item(0)
        return str(item.data(ID_ROLE)) if item is not None else ""

    def focus_results(self) -> None:
        """Move the keyboard focus into the list, on the current (or first) hit."""
        if self.results.count():
            if self.results.currentRow() < 0:
                self.results.setCurrentRow(0)
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(QListWidgetItem)
    def _item_activated(self, item: QListWidgetItem) -> None:
        self.section_requested.emit(str(item.data(ID_ROLE)))

    @Slot(str)
    def _link_activated(self, link: str) -> None:
        if self._result is None:
            return
        if link == "original":
            self.search_requested.emit(self._result.query, False)
        elif link == "suggestion" and self._result.suggestion:
            self.search_requested.emit(self._result.suggestion, True)


def _quoted(words: tuple[str, ...]) -> str:
    return " or ".join(f"“{html.escape(word)}”" for word in words)


def _status_lines(result: SearchResult) -> list[str]:
    """What the panel says above the hits: a correction, the words no section mentions (so that
    silence is never read as "no concern"), a suggestion, or how many sections were found."""
    query = html.escape(result.query.strip())
    lines: list[str] = []
    if result.corrected:
        lines.append(f"Showing results for <b>{html.escape(result.corrected)}</b>.")
        lines.append(f'<a href="original">Search instead for “{query}”</a>')
    if not result.hits and result.suggestion:  # a string that is not a word: what it may have meant
        lines.append(f"No results for “{query}”.")
        lines.append(f'Did you mean <a href="suggestion"><b>{html.escape(result.suggestion)}</b></a>?')
    elif result.absent:
        lines.append(f"No section mentions {_quoted(result.absent)}.")
    if not result.hits:
        if query and not result.absent and not result.suggestion:
            lines.append(f"No results for “{query}”.")
    else:
        count = len(result.hits)
        lines.append(f"{count} section{'s' * (count != 1)} found")
    return lines


class _ResultList(QListWidget):
    """A list whose Up key on the first row hands the focus back to the search box."""

    up_from_top = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Up on the first row leaves the list; Enter opens the current hit."""
        if event.key() == Qt.Key.Key_Up and self.currentRow() <= 0:
            self.up_from_top.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self.itemActivated.emit(self.currentItem())
            return
        super().keyPressEvent(event)
