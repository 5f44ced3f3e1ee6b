"""The library page: every article of the library in a list (title, edition, source, publisher),
filtered as you type, one opened with Enter or a click."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTreeView, QVBoxLayout, QWidget

from reader.core.model import ArticleInfo
from reader.core.text_direction import set_apart
from reader.gui.i18n import QT_TRANSLATE_NOOP

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = (
    QT_TRANSLATE_NOOP("ArticleListModel", "Title"),
    QT_TRANSLATE_NOOP("ArticleListModel", "Edition"),
    QT_TRANSLATE_NOOP("ArticleListModel", "Source"),
    QT_TRANSLATE_NOOP("ArticleListModel", "Publisher"),
)
"""The columns' names in English, marked for lupdate (the header shows them translated)."""
SOURCE_WIDTH = 220
"""The source column's width in pixels (the title takes what the columns leave)."""

_Index = QModelIndex | QPersistentModelIndex


class ArticleListModel(QAbstractTableModel):
    """A read-only table of articles: title, edition, public source and publisher (by article id,
    "" for none); ``ARTICLE_ID_ROLE`` gives the id."""

    def __init__(
        self,
        articles: Sequence[ArticleInfo],
        publishers: Mapping[str, str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        publishers = publishers or {}
        self._rows = [
            (article.id, (article.title, article.edition, article.public_source, publishers.get(article.id, "")))
            for article in articles
        ]
        self._folded = [" ".join(cells).casefold() for _, cells in self._rows]
        # Right to left (Arabic), each cell is shown as a unit in its own direction: an English
        # edition "2026-11-26, first edition" keeps its comma after the date.
        self._isolate = QGuiApplication.isRightToLeft()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """The number of articles (none under an article)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Title, edition, source, publisher."""
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """A cell's text (display, tooltip), or the row's article id."""
        if not index.isValid():
            return None
        article_id, cells = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole and self._isolate:
            return set_apart(cells[index.column()])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cells[index.column()]
        if role == ARTICLE_ID_ROLE:
            return article_id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        """The column names, in the window's language."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return self.tr(COLUMNS[section])
        return None

    def column(self, column: int) -> list[str]:
        """Every row's text in one column."""
        return [cells[column] for _, cells in self._rows]

    def matches(self, row: int, words: Sequence[str]) -> bool:
        """Whether every word (case-folded) is in the row's title, edition, source or publisher."""
        return all(word in self._folded[row] for word in words)


class _WordFilter(QSortFilterProxyModel):
    """Keeps the rows that have every word of the filter text, in any column."""

    def __init__(self, source: ArticleListModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._list = source
        self._words: list[str] = []
        self.setSourceModel(source)

    def set_text(self, text: str) -> None:
        """Filter by the words of ``text``."""
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802
        """Whether a row has every word."""
        return self._list.matches(source_row, self._words)


class LibraryPage(QWidget):
    """The list of the library's articles, with a filter box above it.

    Signals:
        article_requested(str): the user opened an article (its id) with Enter or a click.
        close_requested(): the user pressed Esc: back to the article.
        first_painted(): the page was painted for the first time (it may be the start page).
    """

    article_requested = Signal(str)
    close_requested = Signal()
    first_painted = Signal()

    def __init__(
        self,
        articles: Sequence[ArticleInfo],
        publishers: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._painted = False
        self.model = ArticleListModel(articles, publishers, self)
        self.proxy = _WordFilter(self.model, self)
        count = len(articles)
        #: The library page's heading
        title = self.tr("Library")
        hint = self.tr("%n article(s): Enter or a click opens one", "", count)
        self.heading = QLabel(f"<h2>{html.escape(title)}</h2>{html.escape(hint)}")
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by title, edition, source or publisher"))
        self.filter.setAccessibleName(self.tr("Filter articles"))
        self.filter.setClearButtonEnabled(True)
        self.view = QTreeView()
        self.view.setModel(self.proxy)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAllColumnsShowFocus(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAccessibleName(self.tr("Articles"))
        header = self.view.header()  # the title takes the width the others leave
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Not ResizeToContents: that measures every row again at each keystroke (50 ms at 400
        # articles). The edition and the publisher are as wide as their longest text, up to a
        # limit (they repeat: few to measure); the source, one a row, gets a set width (measuring
        # 400 takes 10-60 ms). The tooltip shows a cut text whole.
        for column, limit in ((1, 320), (3, 220)):
            texts = set(self.model.column(column))
            width = max((self.fontMetrics().horizontalAdvance(text) for text in texts), default=0)
            header.resizeSection(column, min(max(width, 60) + 24, limit))
        header.resizeSection(2, SOURCE_WIDTH)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.filter)
        self.filter.textChanged.connect(self._filter)
        self.filter.returnPressed.connect(self.open_current)
        self.view.activated.connect(self._open)
        self.view.clicked.connect(self._open)
        self.filter.installEventFilter(self)
        self._select_first()

    def shown_ids(self) -> list[str]:
        """The ids of the articles the filter leaves, in order."""
        return [str(self.proxy.index(row, 0).data(ARTICLE_ID_ROLE)) for row in range(self.proxy.rowCount())]

    @Slot(str)
    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self._select_first()

    def _select_first(self) -> None:
        if self.proxy.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.proxy.index(0, 0))

    @Slot()
    def open_current(self) -> None:
        """Open the selected article (the first one the filter leaves unless another was chosen)."""
        self._open(self.view.currentIndex())

    @Slot(QModelIndex)
    def _open(self, index: QModelIndex) -> None:
        article_id = index.siblingAtColumn(0).data(ARTICLE_ID_ROLE)
        if isinstance(article_id, str):
            self.article_requested.emit(article_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Down in the filter box moves into the list (Enter there opens the article selected)."""
        if (
            watched is self.filter
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().eventFilter(watched, event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """Paint, and say so the first time."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Esc goes back to the article."""
        if event.key() == Qt.Key.Key_Escape:
            self.close_requested.emit()
            return
        super().keyPressEvent(event)
