"""The section tree: a plain node tree behind a thin QAbstractItemModel, shown in a QTreeView."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from reader.core.model import OutlineNode
from reader.core.text_direction import set_apart
from reader.gui.history_buttons import HistoryButtons

SECTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


_SECTION_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
"""Made once: an enum's ``|`` costs more than the rest of ``flags``, called thousands of times."""


class _Item:
    """A node of the model: the outline node, its parent item and its row under that parent."""

    __slots__ = ("children", "node", "parent", "row")

    def __init__(self, node: OutlineNode | None, parent: _Item | None, row: int) -> None:
        self.node = node
        self.parent = parent
        self.row = row
        self.children: list[_Item] = []


class OutlineModel(QAbstractItemModel):
    """A read-only, one-column model of the bundle's outline; ``SECTION_ID_ROLE`` gives the id.

    The top-level nodes are the articles' title sections; ``tips`` gives some nodes a tooltip
    of their own (an article's edition), the others show their title.
    """

    def __init__(
        self,
        roots: Sequence[OutlineNode] = (),
        parent: QObject | None = None,
        tips: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._root = _Item(None, None, 0)
        self._by_id: dict[str, _Item] = {}
        self._tips: Mapping[str, str] = {}
        # Right to left (Arabic), a title is shown as a unit in its own direction: "What is it?"
        # keeps its "?" at its end, not beside the first word.
        self._isolate = QGuiApplication.isRightToLeft()
        self.set_outline(roots, tips)

    def set_outline(self, roots: Sequence[OutlineNode], tips: Mapping[str, str] | None = None) -> None:
        """Replace the whole outline (and the tooltips of its nodes that have one)."""
        self.beginResetModel()
        self._root = _Item(None, None, 0)
        self._by_id = {}
        self._tips = dict(tips or {})
        self._add(self._root, roots)
        self.endResetModel()

    def _add(self, parent: _Item, nodes: Sequence[OutlineNode]) -> None:
        for row, node in enumerate(nodes):
            item = _Item(node, parent, row)
            parent.children.append(item)
            self._by_id[node.id] = item
            self._add(item, node.children)

    def _item(self, index: _Index) -> _Item:
        # The view asks for thousands of indexes a layout: the pointer is always one of ours.
        item: _Item = index.internalPointer() if index.isValid() else self._root
        return item

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Return the index of a row under a parent."""
        if column != 0 or row < 0:
            return QModelIndex()
        children = self._item(parent).children
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, 0, children[row])

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """Return the parent of an index."""
        if not index.isValid():
            return QModelIndex()
        parent = self._item(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """Return the number of sub-sections under a parent."""
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._item(parent).children)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """The tree has one column: the section title."""
        return 1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Return the title (display, tooltip) or the section id."""
        if not index.isValid():
            return None
        node = self._item(index).node
        assert node is not None
        if role == Qt.ItemDataRole.DisplayRole:
            return set_apart(node.title) if self._isolate else node.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips.get(node.id, node.title)
        if role == SECTION_ID_ROLE:
            return node.id
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Sections are selectable and enabled, never editable."""
        return _SECTION_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def index_of(self, section_id: str) -> QModelIndex:
        """Return the index of a section id, or an invalid index."""
        item = self._by_id.get(section_id)
        return self.createIndex(item.row, 0, item) if item is not None else QModelIndex()


class SectionTree(HistoryButtons, QTreeView):
    """The tree of sections.

    Signals:
        section_requested(str): the user clicked a section or pressed Enter on it.
        history_requested(int): the mouse's back (-1) or forward (+1) button was pressed.
    """

    section_requested = Signal(str)
    history_requested = Signal(int)

    def __init__(self, model: OutlineModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.setModel(model)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAccessibleName(self.tr("Sections"))
        self.setAccessibleDescription(self.tr("The article's sections; press Enter to read one"))
        self._expanded: list[str] = []  # the top-level nodes expand_only unfolded
        if model.rowCount() == 1:
            self.expandAll()  # one article: all of it; over several, the window unfolds the current one
        self.clicked.connect(self._emit_requested)
        self.activated.connect(self._emit_requested)

    @Slot(QModelIndex)
    def _emit_requested(self, index: QModelIndex) -> None:
        section_id = index.data(SECTION_ID_ROLE)
        if isinstance(section_id, str):
            self.section_requested.emit(section_id)

    def expand_only(self, section_ids: Sequence[str]) -> None:
        """Unfold these top-level nodes (an article's title sections) and all below them, and fold
        the ones unfolded before (only those: folding the whole tree costs 15 ms at 10,000 nodes)."""
        for section_id in self._expanded:
            if section_id not in section_ids:
                self.collapse(self._model.index_of(section_id))
        for section_id in section_ids:
            index = self._model.index_of(section_id)
            if index.isValid():
                self.expandRecursively(index)
        self._expanded = list(section_ids)

    @Slot(str)
    def show_section(self, section_id: str) -> None:
        """Select a section and scroll it into view, without emitting ``section_requested``."""
        index = self._model.index_of(section_id)
        if index.isValid() and index != self.currentIndex():
            self.setCurrentIndex(index)
            self.scrollTo(index)
