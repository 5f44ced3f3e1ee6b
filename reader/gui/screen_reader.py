"""How screen readers get the article pane: a factory, installed after the pane's first paint,
which loads ``article_accessible`` (the spoken text, the headings) when a screen reader first asks.

Start-up does without it: installed before the first paint, the factory and QAccessible's types
cost 6.5% of the instructions to it (callgrind, READER_REPORT_FIRST_PAINT=1, the same code: 1,417 M
against 1,330 M without them); installed after it, 18 M instructions once the window is painted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAccessible

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QAccessibleInterface
    from PySide6.QtWidgets import QTextBrowser

_pane_types: list[type[QTextBrowser]] = []


def install(pane: QTextBrowser) -> None:
    """Give a pane (and every widget of its type) the article's accessible interface; the factory
    is installed once per process."""
    if not _pane_types:
        QAccessible.installFactory(_factory)
    if type(pane) not in _pane_types:
        _pane_types.append(type(pane))
    if QAccessible.isActive():
        # Qt keeps the interface it made for a widget for the widget's life: one made before the
        # factory (a screen reader that asked before the first paint) is dropped, and the next
        # question gets the article's. Without a screen reader none was made.
        from reader.gui.article_accessible import ArticleAccessible

        interface = QAccessible.queryAccessibleInterface(pane)
        if interface is not None and not isinstance(interface, ArticleAccessible):
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(interface))


def _factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    if not isinstance(obj, tuple(_pane_types)):
        return None
    from reader.gui.article_accessible import interface_for

    return interface_for(obj)


def caret_moved(pane: QTextBrowser) -> None:
    """Tell a listening screen reader where the pane's caret now is, as an offset of the spoken
    text (Qt's own event gives the document's position, which differs after a table)."""
    if QAccessible.isActive():
        from reader.gui.article_accessible import caret_moved as tell

        tell(pane)
