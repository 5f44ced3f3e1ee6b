"""The article pane as screen readers see it: a document whose text is the spoken text of
``article_text`` (no frame markers, tables row by row with their header names), with each heading
an accessible child of role Heading that a screen reader can list and jump to.

Why a custom interface: Qt's own one for a QTextBrowser is a "label" whose text is the
document's characters, frame markers and all, with tables read cell by cell down a column and no
headings. An accessible text alternative (a description) would be read once as one long string,
with no caret, no headings and no way to follow the view. Qt asks for the interface of a widget
through factories, and PySide6 lets a factory be Python (``screen_reader``'s, which loads this
module when a screen reader first asks): the interface below answers the text,
caret, selection and character positions through ``ArticleText``'s map to the document.
PySide6's stubs say ``parent``, ``child``, ``childAt``, ``focusChild`` and ``object`` never
return None; Qt takes a null for "none" there. PySide6 gives ``interface_cast`` a ``void*``
result: it must return a ``shiboken6.VoidPtr`` of the C++ address of the interface asked for
(``VoidPtr(0)`` for none); a Python ``None`` or object there crashes the application.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QPoint, QRect
from PySide6.QtGui import (
    QAccessible,
    QAccessibleInterface,
    QAccessibleObject,
    QAccessibleTextCursorEvent,
    QAccessibleTextInterface,
    QTextCursor,
)
from PySide6.QtWidgets import QTextBrowser

from reader.gui.article_text import ArticleText, Heading

Role = QAccessible.Role


def interface_for(obj: QObject) -> QAccessibleInterface | None:
    """The article's interface for an article pane (what ``screen_reader``'s factory returns)."""
    return ArticleAccessible(obj) if isinstance(obj, QTextBrowser) else None


def caret_moved(view: QTextBrowser) -> None:
    """Tell screen readers where the caret of an article pane now is, as an offset of the spoken
    text (Qt's own event gives the document's position, which differs after a table)."""
    interface = QAccessible.queryAccessibleInterface(view)
    if isinstance(interface, ArticleAccessible):
        interface.caret_moved()


def _no_interface() -> shiboken6.VoidPtr:
    return shiboken6.VoidPtr(0)


class ArticleAccessible(QAccessibleObject, QAccessibleTextInterface):
    """The accessible article: role Document, the spoken text, the headings as children."""

    def __init__(self, view: QTextBrowser) -> None:
        QAccessibleObject.__init__(self, view)
        QAccessibleTextInterface.__init__(self)
        self.view = view
        self._built_for: tuple[int, int] | None = None  # (document, revision) the text was made of
        self._text = ArticleText()
        self._headings: list[HeadingAccessible] = []

    # What the text is made of

    def article(self) -> ArticleText:
        """The spoken text of the document shown now (made again when the document changes)."""
        document = self.view.document()
        key = (id(document), document.revision())
        if key != self._built_for:
            self._built_for = key
            self._text = ArticleText.of(document)
            self._drop_headings()
            self._headings = [HeadingAccessible(self, heading) for heading in self._text.headings]
        return self._text

    def _drop_headings(self) -> None:
        for heading in self._headings:
            heading.valid = False
            if shiboken6.isValid(heading):
                # A heading a screen reader has seen is in Qt's cache, which would keep it.
                identifier = QAccessible.uniqueId(heading)
                QAccessible.deleteAccessibleInterface(identifier)
        self._headings = []

    # QAccessibleInterface

    def interface_cast(self, kind: QAccessible.InterfaceType) -> shiboken6.VoidPtr:  # type: ignore[override]
        """The text interface is this object's own; there is no other."""
        if kind == QAccessible.InterfaceType.TextInterface:
            return shiboken6.VoidPtr(shiboken6.getCppPointer(self)[1])
        return _no_interface()

    def role(self) -> QAccessible.Role:
        """A document."""
        return Role.Document

    def state(self) -> QAccessible.State:
        """Focusable, read only, several lines; focused when the pane is."""
        state = QAccessible.State()
        state.focusable = True
        state.focused = self.view.hasFocus()
        state.readOnly = True
        state.multiLine = True
        state.selectableText = True
        state.invisible = not self.view.isVisible()
        return state

    def text(self, *args: Any) -> str:  # noqa: ANN401 - QAccessibleInterface.text(t) and QAccessibleTextInterface.text(start, end)
        """The name or description (one argument), or the spoken text from ``start`` to ``end``."""
        if len(args) == 2:
            start, end = args
            return self.article().text[start:end]
        kind = args[0]
        if kind == QAccessible.Text.Name:
            return self.view.accessibleName()
        if kind == QAccessible.Text.Description:
            return self.view.accessibleDescription()
        return ""

    def rect(self) -> QRect:
        """The pane on the screen."""
        return QRect(self.view.mapToGlobal(QPoint(0, 0)), self.view.size())

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]
        """The widget holding the pane."""
        holder = self.view.parentWidget()
        return QAccessible.queryAccessibleInterface(holder) if holder is not None else None

    def childCount(self) -> int:  # noqa: N802
        """One child a heading."""
        self.article()
        return len(self._headings)

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        """The heading at an index."""
        self.article()
        return self._headings[index] if 0 <= index < len(self._headings) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802
        """The index of a heading, -1 for anything else."""
        self.article()
        return next((index for index, heading in enumerate(self._headings) if heading is child), -1)

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802
        """The heading at a point of the screen, if any."""
        return next((heading for heading in self._headings if heading.rect().contains(x, y)), None)

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802
        """The focus is on the document itself."""
        return None

    # QAccessibleTextInterface

    def characterCount(self) -> int:  # noqa: N802
        """The length of the spoken text."""
        return len(self.article().text)

    def cursorPosition(self) -> int:  # noqa: N802
        """The caret, as an offset of the spoken text."""
        return self.article().offset_of(self.view.textCursor().position())

    def setCursorPosition(self, offset: int) -> None:  # noqa: N802
        """Move the caret (and the view) to an offset of the spoken text."""
        cursor = self.view.textCursor()
        cursor.setPosition(self.article().position_of(offset))
        self.view.setTextCursor(cursor)

    def selectionCount(self) -> int:  # noqa: N802
        """One selection when text is selected."""
        return 1 if self.view.textCursor().hasSelection() else 0

    def addSelection(self, start: int, end: int) -> None:  # noqa: N802
        """Select from one offset to another."""
        self.setSelection(0, start, end)

    def removeSelection(self, _index: int) -> None:  # noqa: N802
        """Clear the selection."""
        cursor = self.view.textCursor()
        cursor.clearSelection()
        self.view.setTextCursor(cursor)

    def setSelection(self, _index: int, start: int, end: int) -> None:  # noqa: N802
        """Select from one offset of the spoken text to another."""
        article = self.article()
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(article.position_of(start))
        cursor.setPosition(article.position_of(end), QTextCursor.MoveMode.KeepAnchor)
        self.view.setTextCursor(cursor)

    def characterRect(self, offset: int) -> QRect:  # noqa: N802
        """Where a character is on the screen."""
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(min(self.article().position_of(offset), self.view.document().characterCount() - 1))
        rect = self.view.cursorRect(cursor)
        return QRect(self.view.viewport().mapToGlobal(rect.topLeft()), rect.size())

    def offsetAtPoint(self, point: QPoint) -> int:  # noqa: N802
        """The offset of the character at a point of the screen."""
        viewport = self.view.viewport()
        cursor = self.view.cursorForPosition(viewport.mapFromGlobal(point))
        return self.article().offset_of(cursor.position())

    def scrollToSubstring(self, start: int, _end: int) -> None:  # noqa: N802
        """Bring an offset into view."""
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(self.article().position_of(start))
        self.view.setTextCursor(cursor)
        self.view.ensureCursorVisible()

    def caret_moved(self) -> None:
        """Tell screen readers where the caret is, as an offset of the spoken text."""
        QAccessible.updateAccessibility(QAccessibleTextCursorEvent(self.view, self.cursorPosition()))


class HeadingAccessible(QAccessibleInterface):
    """One heading of the article: role Heading, named by its text, where it is laid out."""

    def __init__(self, article: ArticleAccessible, heading: Heading) -> None:
        super().__init__()
        self.article = article
        self.heading = heading
        self.valid = True

    def isValid(self) -> bool:  # noqa: N802
        """Valid until the article is laid out again."""
        return self.valid and shiboken6.isValid(self.article.view)

    def object(self) -> QObject | None:  # type: ignore[override]
        """A heading is no object of its own."""
        return None

    def interface_cast(self, _kind: QAccessible.InterfaceType) -> shiboken6.VoidPtr:  # type: ignore[override]
        """No other interface."""
        return _no_interface()

    def role(self) -> QAccessible.Role:
        """A heading."""
        return Role.Heading

    def state(self) -> QAccessible.State:
        """Read only; off screen when scrolled out of the pane."""
        state = QAccessible.State()
        state.readOnly = True
        view_rect = QRect(self.article.view.viewport().mapToGlobal(QPoint(0, 0)), self.article.view.viewport().size())
        state.offscreen = not view_rect.intersects(self.rect())
        return state

    def text(self, kind: QAccessible.Text) -> str:
        """The heading's text as its name; its level as its description."""
        if kind == QAccessible.Text.Name:
            return self.heading.text
        if kind == QAccessible.Text.Description:
            #: What a screen reader says of a heading: %1 is its level, 1 to 6
            return QCoreApplication.translate("HeadingAccessible", "Heading level %1").replace(
                "%1", str(self.heading.level)
            )
        return ""

    def setText(self, _kind: QAccessible.Text, _text: str) -> None:  # noqa: N802
        """A heading's text is the article's."""

    def rect(self) -> QRect:
        """The heading's line on the screen."""
        view = self.article.view
        block = view.document().findBlock(self.heading.position)
        layout = view.document().documentLayout().blockBoundingRect(block).toRect()
        scroll = QPoint(view.horizontalScrollBar().value(), view.verticalScrollBar().value())
        return QRect(view.viewport().mapToGlobal(layout.topLeft() - scroll), layout.size())

    def parent(self) -> QAccessibleInterface:
        """The article."""
        return self.article

    def childCount(self) -> int:  # noqa: N802
        """No children."""
        return 0

    def child(self, _index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        """No children."""
        return None

    def indexOfChild(self, _child: QAccessibleInterface) -> int:  # noqa: N802
        """No children."""
        return -1

    def childAt(self, _x: int, _y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802
        """No children."""
        return None

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802
        """No focus inside."""
        return None
