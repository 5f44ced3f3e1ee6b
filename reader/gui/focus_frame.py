"""A frame around a pane that shows, in both themes, when the keyboard focus is inside it."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from reader.gui.theme import contrast_ratio

FRAME_WIDTH = 2


def focus_colour(palette: QPalette) -> QColor:
    """The palette's highlight or link colour, whichever stands out more from the window's background.

    The dark palette's highlight is a selection colour, made to carry white text; against the dark
    window it is under 3:1, its link colour well over.
    """
    background = palette.color(QPalette.ColorRole.Window)
    choices = (palette.color(QPalette.ColorRole.Highlight), palette.color(QPalette.ColorRole.Link))
    return max(choices, key=lambda colour: contrast_ratio(colour, background))


class FocusFrame(QWidget):
    """Holds one pane, with a margin it paints in the focus colour while the focus is in the pane."""

    def __init__(self, pane: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pane = pane
        self._focused = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(FRAME_WIDTH, FRAME_WIDTH, FRAME_WIDTH, FRAME_WIDTH)
        layout.addWidget(pane)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def has_focus_inside(self) -> bool:
        """Whether the keyboard focus is in the pane (the frame is drawn)."""
        return self._focused

    @Slot(QWidget, QWidget)
    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        focused = new is not None and self.isAncestorOf(new)
        if focused != self._focused:
            self._focused = focused
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """Draw the frame while the pane has the focus (the window's background shows otherwise)."""
        if not self._focused:
            return
        painter = QPainter(self)
        pen = QPen(focus_colour(self.palette()))
        pen.setWidth(FRAME_WIDTH)
        pen.setJoinStyle(pen.joinStyle().MiterJoin)
        painter.setPen(pen)
        half = FRAME_WIDTH // 2
        painter.drawRect(self.rect().adjusted(half, half, -half, -half))
