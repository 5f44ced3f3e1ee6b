"""Content information: versions, the article's provenance (the editors' record, shown only here)
and the source its handouts print, editorial corrections, a medical notice."""

from __future__ import annotations

import html
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from reader import __version__
from reader.core.model import ArticleInfo
from reader.gui.safe_document import SafeDocument

MEDICAL_NOTICE = (
    "This reader gives information only. It is not a substitute for a clinician's judgement: "
    "decisions about a patient's care belong to a qualified health worker."
)


def about_html(articles: list[ArticleInfo], meta: dict[str, str]) -> str:
    """Return the content-information page as HTML."""
    parts = [f"<h2>Reader {html.escape(__version__)}</h2>"]
    parts.append(f"<p><b>Medical notice.</b> {html.escape(MEDICAL_NOTICE)}</p>")
    for info in articles:
        parts.append(f"<h3>{html.escape(info.title)}</h3>")
        rows = [
            ("Source (printed)", info.public_source or "none: handouts print no source"),
            ("Provenance", info.source),
            ("Language", info.language),
            ("Edition", info.edition),
        ]
        parts.append(_table(rows))
        if info.corrections:
            parts.append("<p><b>Editorial corrections</b> (changes made to the original text):</p><ul>")
            for c in info.corrections:
                change = (
                    f"“{html.escape(c.original)}” → “{html.escape(c.corrected)}”"
                    if c.original
                    else f"added “{html.escape(c.corrected)}”"
                )
                parts.append(f"<li>{change}<br><i>{html.escape(c.reason)}</i></li>")
            parts.append("</ul>")
    parts.append("<h3>Content bundle</h3>")
    rows = [
        ("Built", meta.get("built_at", "")),
        ("Digest", meta.get("digest", "")),
        ("Schema", meta.get("schema_version", "")),
    ]
    parts.append(_table(rows))
    parts.append("<h3>Software</h3>")
    rows = [
        ("Qt", qVersion()),
        ("PySide6", pyside_version),
        ("Python", sys.version.split()[0]),
    ]
    parts.append(_table(rows))
    return "\n".join(parts)


def _table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>" for k, v in rows)
    return f'<table cellspacing="0" cellpadding="3">{cells}</table>'


class AboutDialog(QDialog):
    """Shows ``about_html`` in a scrollable, selectable page with a Close button."""

    def __init__(self, articles: list[ArticleInfo], meta: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("About this content")
        self.resize(620, 560)
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        self.text.setDocument(SafeDocument(self.text))
        self.text.setAccessibleName("Content information")
        self.text.setHtml(about_html(articles, meta))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, Qt.Orientation.Horizontal, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
