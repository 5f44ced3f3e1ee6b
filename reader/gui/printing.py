"""Printed handouts and PDFs: light colours always, and on every page the article's title and
edition above, and below the medical notice, "Page x of y", the public source and the date printed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from reader import __version__
from reader.core.atomic import atomic_path
from reader.core.errors import ReaderError
from reader.core.export import MEDICAL_NOTICE, Handout
from reader.gui.i18n import QT_TRANSLATE_NOOP
from reader.gui.safe_document import SafeDocument

LOGICAL_DPI = 96
BODY_POINT_SIZE = 11.0
HEADER_HEIGHT = 30.0
FOOTER_HEIGHT = 44.0
_FOOTER_ROW = 15.0
_SMALL_PIXELS = 11
PAGE_OF = QT_TRANSLATE_NOOP("PagedHandout", "Page %1 of %2")
PRINTED_ON = QT_TRANSLATE_NOOP("PagedHandout", "Printed %1")


class PrintError(ReaderError):
    """A PDF or print job could not be made."""


def _plain_font() -> QFont:
    """The application font without ligatures, so text taken from a PDF reads "ff", not "\ufb00"."""
    font = QFont(QGuiApplication.font())
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def _layout_device() -> QImage:
    """A 96-dpi device to lay text out on, so printed sizes do not depend on the screen."""
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_metre = round(LOGICAL_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def _keep_headings_with_next(document: QTextDocument, page_height: float) -> None:
    """Move a heading left alone at the foot of a page to the top of the next one."""
    layout = document.documentLayout()
    document.pageCount()  # lays the whole document out before positions are read
    block = document.begin()
    while block.isValid():
        following = block.next()
        if (
            block.blockFormat().headingLevel()
            and following.isValid()
            and _first_line_page(layout, following, page_height) > _first_line_page(layout, block, page_height)
        ):
            block_format = block.blockFormat()
            block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(block).setBlockFormat(block_format)
            # Qt lays the rest out lazily after a change and may leave it half done: redo it all.
            document.markContentsDirty(0, document.characterCount())
            document.pageCount()
        block = following


def _first_line_page(layout: QAbstractTextDocumentLayout, block: QTextBlock, page_height: float) -> int:
    """The page a block's first line is on (Qt may push lines below the block's own top)."""
    top = layout.blockBoundingRect(block).top()
    lines = block.layout()
    if lines is not None and lines.lineCount():
        top += lines.lineAt(0).y()
    return int(top // page_height)


def _print_palette() -> QPalette:
    palette = QPalette()
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        palette.setColor(role, QColor("black"))
    palette.setColor(QPalette.ColorRole.Base, QColor("white"))
    palette.setColor(QPalette.ColorRole.Link, QColor("#0b57d0"))
    return palette


class PagedHandout:
    """A handout laid out in pages of a given size (in 1/96 inch), ready to paint page by page."""

    def __init__(self, item: Handout, width: float, height: float) -> None:
        self.item = item
        self.width = width
        self.height = height
        self.body_height = height - HEADER_HEIGHT - FOOTER_HEIGHT
        if width < 100 or self.body_height < 100:
            raise PrintError("the page is too small to print on")
        self._layout_device = _layout_device()
        self.document = SafeDocument()
        self.document.documentLayout().setPaintDevice(self._layout_device)
        font = _plain_font()
        font.setPointSizeF(BODY_POINT_SIZE)
        self.document.setDefaultFont(font)
        self.document.setDefaultStyleSheet(item.stylesheet)
        self.document.setHtml(item.html)
        self.document.setPageSize(QSizeF(width, self.body_height))
        _keep_headings_with_next(self.document, self.body_height)
        self.page_count = self.document.pageCount()
        self._small = _plain_font()
        self._small.setPixelSize(_SMALL_PIXELS)

    def paint_page(self, painter: QPainter, page: int) -> None:
        """Paint one page (from 0) with its header and footer, in black on the paper's white."""
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = _print_palette()
        painter.save()
        painter.translate(0, HEADER_HEIGHT - page * self.body_height)
        clip = QRectF(0, page * self.body_height, self.width, self.body_height)
        painter.setClipRect(clip)
        context.clip = clip
        self.document.documentLayout().draw(painter, context)
        painter.restore()
        _paint_margins(painter, self._small, self.item, page + 1, self.page_count, self.width, self.height)


def paint_handout(device: QPagedPaintDevice, item: Handout) -> int:
    """Paint a handout onto a printer or PDF writer, page by page; return the number of pages."""
    scale = device.logicalDpiX() / LOGICAL_DPI
    paged = PagedHandout(item, device.width() / scale, device.height() / scale)
    painter = QPainter()
    if not painter.begin(device):
        raise PrintError("the printer or PDF file could not be opened for painting")
    try:
        for page in range(paged.page_count):
            if page:
                device.newPage()
            painter.save()
            painter.scale(scale, scale)
            paged.paint_page(painter, page)
            painter.restore()
    finally:
        painter.end()
    return paged.page_count


def medical_notice(notice: str = MEDICAL_NOTICE) -> str:
    """The handout's notice in the interface's language (the usual notice; another one as it is)."""
    if notice != MEDICAL_NOTICE:
        return notice
    return QCoreApplication.translate(
        "PagedHandout", "Information only; follow the advice of the clinician treating you."
    )


def _paint_margins(
    painter: QPainter, font: QFont, item: Handout, page: int, pages: int, width: float, height: float
) -> None:
    def tr(text: str) -> str:
        return QCoreApplication.translate("PagedHandout", text)

    painter.setFont(font)
    painter.setPen(QColor("#333333"))
    metrics = QFontMetricsF(font, _layout_device())
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    if QGuiApplication.isRightToLeft():  # the header and footer's words are the interface's: mirrored
        left, right = right, left
    edition = QCoreApplication.translate("PagedHandout", "Edition: %1").replace("%1", item.edition)
    edition_width = metrics.horizontalAdvance(edition) + 8
    title = metrics.elidedText(item.title, Qt.TextElideMode.ElideRight, width - edition_width - 16)
    header = QRectF(0, 0, width, HEADER_HEIGHT - 10)
    painter.drawText(header, int(left), title)
    painter.drawText(header, int(right), edition)
    painter.drawLine(0, int(HEADER_HEIGHT - 8), int(width), int(HEADER_HEIGHT - 8))

    top = height - FOOTER_HEIGHT + 6
    painter.drawLine(0, int(top), int(width), int(top))
    source = QCoreApplication.translate("PagedHandout", "Source: %1").replace("%1", item.source)
    rows = (
        (medical_notice(item.notice), tr(PAGE_OF).replace("%1", str(page)).replace("%2", str(pages))),
        (source if item.source else "", tr(PRINTED_ON).replace("%1", item.printed_on.isoformat())),
    )
    for number, (left_text, right_text) in enumerate(rows):
        row = QRectF(0, top + 3 + number * _FOOTER_ROW, width, _FOOTER_ROW)
        room = width - metrics.horizontalAdvance(right_text) - 16
        painter.drawText(row, int(left), metrics.elidedText(left_text, Qt.TextElideMode.ElideRight, room))
        painter.drawText(row, int(right), right_text)


def write_pdf(out: Path, item: Handout) -> int:
    """Write a handout as an A4 PDF (atomically); return the number of pages."""
    try:
        with atomic_path(out) as tmp:
            writer = QPdfWriter(str(tmp))
            writer.setResolution(300)
            writer.setPageLayout(
                QPageLayout(
                    QPageSize(QPageSize.PageSizeId.A4),
                    QPageLayout.Orientation.Portrait,
                    QMarginsF(16, 14, 16, 14),
                    QPageLayout.Unit.Millimeter,
                )
            )
            writer.setTitle(item.title)
            writer.setCreator(f"reader {__version__}")
            pages = paint_handout(writer, item)
            del writer  # closes the file before it is renamed
    except OSError as exc:
        raise PrintError(f"{out}: cannot write: {exc.strerror or exc}") from exc
    return pages
