"""The list of search results: title, path and a snippet with the matched words in bold."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QKeyEvent,
    QPainter,
    QPalette,
    QResizeEvent,
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
    width: a query typed one key at a time mostly shows hits it has just shown, and laying out 50
    hits again at every key blocked typing for 30 ms and more (issue 13, ``bench/library_window.py``).
    The items carry their sizes (``size_for``), so a layout of the list calls no Python: while a
    search runs on its thread, each call back into Python waits for the interpreter's lock.
    """

    _KEPT = 256

    def __init__(self, parent: QListWidget) -> None:
        super().__init__(parent)
        self._documents: dict[tuple[str, str, int], QTextDocument] = {}

    def _document(self, text: str, font: QFont, width: int) -> QTextDocument:
        width = max(50, width - 8)
        key = (text, font.key(), width)
        document = self._documents.get(key)
        if document is None:
            if len(self._documents) >= self._KEPT:
                del self._documents[next(iter(self._documents))]  # the oldest
            document = SafeDocument()
            document.setDefaultFont(font)
            document.setHtml(text)
            document.setTextWidth(width)
            self._documents[key] = document
        return document

    def size_for(self, text: str, font: QFont, width: int) -> QSize:
        """The size an item of this HTML needs at this width (``_text_width``)."""
        return QSize(max(50, width), int(self._document(text, font, width).size().height()) + 8)

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
        document = self._document(str(index.data(HTML_ROLE) or ""), option.font, _text_width(option.widget))
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(rect.left() + 4, rect.top() + 3)
        painter.setClipRect(QRectF(0, 0, rect.width() - 8, rect.height() - 6))
        document.documentLayout().draw(painter, context)
        painter.restore()


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
        self.status.setAccessibleName(self.tr("Search status"))
        self.status.linkActivated.connect(self._link_activated)
        self.results = _ResultList()
        self._delegate = _HtmlDelegate(self.results)
        self.results.setItemDelegate(self._delegate)
        self.results.resized.connect(self._measure)
        self._measured_width = 0
        self.results.setWordWrap(True)
        self.results.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.results.setResizeMode(QListWidget.ResizeMode.Adjust)  # heights measured again at a new width
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setAccessibleDescription(self.tr("Up and Down move through the results; Enter opens one"))
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
        lines = self._status_lines(result)
        self.status.setText("<br>".join(lines))
        # A screen reader reads the label's name: the status as words, not "Search status".
        spoken = " ".join(QTextDocumentFragment.fromHtml(line).toPlainText() for line in lines)
        self.status.setAccessibleName(spoken or self.tr("Search status"))
        font, width = self.results.font(), _text_width(self.results)
        self._measured_width = width
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
            item.setSizeHint(self._delegate.size_for(str(item.data(HTML_ROLE)), font, width))
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        self.status_changed.emit(spoken)

    def warm_up(self) -> None:
        """Do once, before the first hits come, what showing them does first: the first look at
        the list's viewport loads the rest of QtWidgets' Python types (35 ms over a library,
        bench/library_window.py)."""
        _text_width(self.results)

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

    @Slot()
    def _measure(self) -> None:
        """Size the hits again for the list's new width."""
        width = _text_width(self.results)
        if width != self._measured_width:
            self._measured_width = width
            font = self.results.font()
            for row in range(self.results.count()):
                item = self.results.item(row)
                item.setSizeHint(self._delegate.size_for(str(item.data(HTML_ROLE)), font, width))

    def _quoted(self, words: tuple[str, ...]) -> str:
        """The words, each in quotation marks, joined by "or" (in the interface's language)."""
        quoted = [self.tr("“%1”").replace("%1", html.escape(word)) for word in words]
        joined = quoted[0]
        for word in quoted[1:]:
            joined = self.tr("%1 or %2").replace("%1", joined, 1).replace("%2", word, 1)
        return joined

    def _status_lines(self, result: SearchResult) -> list[str]:
        """What the panel says above the hits: a correction, the words no section mentions (so that
        silence is never read as "no concern"), a suggestion, or how many sections were found."""
        query = html.escape(result.query.strip())
        lines: list[str] = []
        if result.corrected:
            lines.append(self.tr("Showing results for <b>%1</b>.").replace("%1", html.escape(result.corrected)))
            lines.append(self.tr('<a href="original">Search instead for “%1”</a>').replace("%1", query))
        if not result.hits and result.suggestion:  # a string that is not a word: what it may have meant
            lines.append(self.tr("No results for “%1”.").replace("%1", query))
            suggestion = html.escape(result.suggestion)
            lines.append(self.tr('Did you mean <a href="suggestion"><b>%1</b></a>?').replace("%1", suggestion))
        elif result.absent:
            lines.append(self.tr("No section mentions %1.").replace("%1", self._quoted(result.absent)))
        if not result.hits:
            if query and not result.absent and not result.suggestion:
                lines.append(self.tr("No results for “%1”.").replace("%1", query))
        else:
            lines.append(self.tr("%n section(s) found", "", len(result.hits)))
        return lines

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


class _ResultList(QListWidget):
    """A list whose Up key on the first row hands the focus back to the search box.

    Signals:
        up_from_top(): Up was pressed on the first row.
        resized(): the list changed size (its hits may need sizing again).
    """

    up_from_top = Signal()
    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Say the new size before the list lays its items out again."""
        self.resized.emit()
        super().resizeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Up on the first row leaves the list; Enter opens the current hit."""
        if event.key() == Qt.Key.Key_Up and self.currentRow() <= 0:
            self.up_from_top.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self.itemActivated.emit(self.currentItem())
            return
        super().keyPressEvent(event)
