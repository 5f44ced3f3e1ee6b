"""A bar above the panes saying what the library left out: a bundle that failed its check, a
folder that cannot be read. Never a dialog: the other articles are there to be read."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from reader.core.text_direction import set_apart

LINES_SHOWN = 2
"""The most left-out files named in the bar; the rest are counted (the Library tab lists all)."""


class NoticeBar(QFrame):
    """A warning icon, what was left out, a Details button and a Close button.

    Signals:
        details_requested(): the user asked for the details (Help › About this content › Library).
    """

    details_requested = Signal()

    def __init__(self, lines: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # QStyle only here: importing the class makes its eleven enums, 5% of the instructions to
        # the first paint (callgrind: 965 M with it at the top of this module, 918 M without),
        # and most starts have nothing to tell.
        from PySide6.QtWidgets import QStyle

        self.setFrameShape(QFrame.Shape.StyledPanel)
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        self.label = QLabel(self.notice_text(lines))
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # file names are untrusted text
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(self.tr("Library notice"))
        self.details = QPushButton(self.tr("&Details…"))
        #: Names the menu, its entry and the dialog's tab as they are translated
        self.details.setToolTip(self.tr("Help › About this content › Library: every bundle and why one was left out"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the library notice"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.close_button)
        self.details.clicked.connect(self.details_requested)
        self.close_button.clicked.connect(self.hide)

    def notice_text(self, lines: Sequence[str]) -> str:
        """What the bar says of the files left out (one ``NAME: reason`` line each)."""
        count = len(lines)
        head = self.tr(
            "%n file(s) of the library could not be used and were left out; the other articles are here.", "", count
        )
        shown = lines[:LINES_SHOWN]
        if self.isRightToLeft():  # each line (a file's name, an English reason) set apart in its own direction
            shown = [set_apart(line) for line in shown]
        named = "; ".join(shown)
        if count > LINES_SHOWN:
            #: The files left out beyond those named: %1 the ones named, %n how many more
            listed = self.tr("%1; and %n more.", "", count - LINES_SHOWN).replace("%1", named)
        else:
            listed = f"{named}."
        return f"{head} {listed}"


def with_bar_above(widget: QWidget, bar: QWidget | None) -> QWidget:
    """The widget with a bar above it, or the widget alone when there is no bar."""
    if bar is None:
        return widget
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(bar)
    layout.addWidget(widget, 1)
    return holder
