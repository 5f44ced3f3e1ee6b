"""A text document that loads no resource: no file, no network address, no data URL.

Qt's rich text asks its document for every image and style sheet the HTML names; unless the
document (or the QTextEdit it belongs to) answers, Qt opens the name as a local file. A bundle's
HTML is sanitised so that it names none, and every document the reader lays out is one of these,
so that even HTML that slipped through cannot make Qt read a file (``<img src="/dev/zero">`` hung
the window and filled the memory).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QTextDocument

if TYPE_CHECKING:  # QUrl's and QImage's types would load at start-up, before any resource is asked for
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QImage

log = logging.getLogger(__name__)


def refuse_resource(kind: int, name: QUrl | str) -> QImage | QByteArray:
    """Log a refused resource and return the answer that stops Qt looking further: a blank pixel
    for an image, empty bytes for anything else.

    Not None: Qt takes a null answer as "not loaded" and opens the name as a file itself, and for
    an image it does so for any answer it cannot make a picture of.
    """
    log.info("refused to load resource %s", name if isinstance(name, str) else name.toString())
    if kind == QTextDocument.ResourceType.ImageResource.value:
        # Image and colour types load only when HTML asks for an image (1.5 ms of start-up).
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QImage

        blank = QImage(1, 1, QImage.Format.Format_ARGB32)
        blank.fill(Qt.GlobalColor.transparent)
        return blank
    return QByteArray()


class SafeDocument(QTextDocument):
    """A QTextDocument whose resources all load as nothing."""

    def loadResource(self, type: int, name: QUrl | str) -> object:  # noqa: A002, N802
        """Load nothing (see the module's docstring)."""
        return refuse_resource(type, name)
