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

from reader.core.model import NestedOutline, OutlineNode, OutlineSource
from reader.core.text_direction import set_apart
from reader.gui.history_buttons import HistoryButtons

SECTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


_SECTION_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
"""Made once: an enum's ``|`` costs more than the rest of ``flags``, called thousands of times."""


class _Item:
    """A node of the model: the outline node, its parent item and its row under that parent; its
    children's items are made when first asked for (None until then)."""

    __slots__ = ("children", "node", "parent", "row")

    def __init__(self, node: OutlineNode | None, parent: _Item | None, row: int) -> None:
        self.node = node
        self.parent = parent
        self.row = row
        self.children: list[_Item] | None = None


class OutlineModel(QAbstractItemModel):
    """A read-only, one-column model of the bundle's outline; ``SECTION_ID_ROLE`` gives the id.

    The top-level nodes are the articles' title sections; ``tips`` gives some nodes a tooltip
    of their own (an article's edition), the others show their title.
    """

    def __init__(
        self,
        outline: OutlineSource | Sequence[OutlineNode] = (),
        parent: QObject | None = None,
        tips: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._root = _Item(None, None, 0)
        self._by_id: dict[str, _Item] = {}
        self._outline: OutlineSource = NestedOutline(())
        self._tips: Mapping[str, str] = {}
        # Right to left (Arabic), a title is shown as a unit in its own direction: "What is it?"
        # keeps its "?" at its end, not beside the first word.
        self._isolate = QGuiApplication.isRightToLeft()
        self.set_outline(outline, tips)

    def set_outline(
        self, outline: OutlineSource | Sequence[OutlineNode], tips: Mapping[str, str] | None = None
    ) -> None:
        """Replace the whole outline (and the tooltips of its nodes that have one).

        Only the top-level nodes get items now; the items below one are made when the view first
        asks for them, or when one of them is looked up (a library's 10,000 sections took 40 ms
        to nest and wrap at start, for a tree showing a few dozen)."""
        self.beginResetModel()
        self._outline = NestedOutline(outline) if isinstance(outline, Sequence) else outline
        self._root = _Item(None, None, 0)
        self._root.children = [_Item(node, self._root, row) for row, node in enumerate(self._outline.roots())]
        self._by_id = {item.node.id: item for item in self._root.children if item.node is not None}
        self._tips = dict(tips or {})
        self.endResetModel()

    def _children(self, item: _Item) -> list[_Item]:
        children = item.children
        if children is None:
            nodes = self._outline.below(item.node.id) if item.node is not None else []
            children = item.children = [_Item(node, item, row) for row, node in enumerate(nodes)]
            for child in children:
                self._by_id[child.node.id] = child  # type: ignore[union-attr]  # a child has a node
        return children

    def _made(self, section_id: str) -> _Item | None:
        """The item of a section, made with all the items under its top-level node if need be."""
        item = self._by_id.get(section_id)
        if item is not None:
            return item
        top = self._by_id.get(self._outline.top_of(section_id) or "")
        if top is None or top.parent is not self._root:
            return None
        pending = [top]
        while pending:
            pending += self._children(pending.pop())
        return self._by_id.get(section_id)

    def _item(self, index: _Index) -> _Item:
        # The view asks for thousands of indexes a layout: the pointer is always one of ours.
        item: _Item = index.internalPointer() if index.isValid() else self._root
        return item

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Return the index of a row under a parent."""
        if column != 0 or row < 0:
            return QModelIndex()
        children = self._children(self._item(parent))
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
        return len(self._children(self._item(parent)))

    def hasChildren(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        """Whether a node has sub-sections (its items are not made for this)."""
        if parent.isValid() and parent.column() != 0:
            return False
        item = self._item(parent)
        if item.children is not None or item.node is None:
            return bool(item.children)
        return self._outline.has_below(item.node.id)

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
        item = self._made(section_id)
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
        # Laid out now, not in the next paint: a layout done while painting asks for another
        # paint, and each paint of the tree lays out the text of every row shown again.
        self.executeDelayedItemsLayout()

    @Slot(str)
    def show_section(self, section_id: str) -> None:
        """Select a section and scroll it into view, without emitting ``section_requested``."""
        index = self._model.index_of(section_id)
        if index.isValid() and index != self.currentIndex():
            self.setCurrentIndex(index)
            self.scrollTo(index)
