"""Content information: versions, the article's provenance (the editors' record, shown only here),
the source its handouts print, its content licence and editorial corrections, a medical notice;
a Licences tab (the licence of everything the app ships); and a Library tab (every bundle of the
library with where it was found, its digest and whether it passed its check or was skipped)."""

from __future__ import annotations

import html
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reader import __version__
from reader.core.catalog import BundleRow
from reader.core.model import ArticleInfo
from reader.gui.safe_document import SafeDocument

MEDICAL_NOTICE = (
    "This reader gives information only. It is not a substitute for a clinician's judgement: "
    "decisions about a patient's care belong to a qualified health worker."
)


NO_LICENSE = "none stated: ask the publisher before copying the text"
LIBRARY_COLUMNS = ("File", "Found in", "Digest", "Check")


def about_html(articles: Sequence[ArticleInfo], meta: dict[str, str]) -> str:
    """Return the content-information page of some articles (the window gives the one being read)
    and of the bundle they come from, as HTML."""
    parts = [f"<h2>Reader {html.escape(__version__)}</h2>"]
    parts.append(f"<p><b>Medical notice.</b> {html.escape(MEDICAL_NOTICE)}</p>")
    for info in articles:
        parts.append(f"<h3>{html.escape(info.title)}</h3>")
        rows = [
            ("Source (printed)", info.public_source or "none: handouts print no source"),
            ("Provenance", info.source),
            ("Content licence", info.license or NO_LICENSE),
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


LICENCES = "licenses"  # beside the frozen executable: the build writes every component's licence there
NOTICES = "THIRD-PARTY-NOTICES.txt"
NOT_FROZEN = (
    "The reader is licensed under the Apache License 2.0.\n\n"
    "This copy runs from a Python installation: each package it uses (PySide6 and Qt under the "
    "LGPL-3.0, Python under the PSF licence, and the others) carries its own licence in its "
    "metadata ('pip show -f NAME' lists the files). The installers carry every licence text "
    "in their licences folder."
)


def program_dir() -> Path:
    """The folder of the frozen program (its executable's), where its licences are."""
    return Path(sys.executable).resolve().parent


def licences_text() -> str:
    """The licences page: the notices file and every licence text the app ships, or where to find them."""
    folder = program_dir() / LICENCES
    notices = folder / NOTICES
    if not notices.is_file():
        return NOT_FROZEN
    texts = [notices.read_text(encoding="utf-8")]
    for path in sorted(folder.glob("*.txt")):
        if path.name != NOTICES:
            texts.append(f"==== {path.name} ====\n\n{path.read_text(encoding='utf-8')}")
    return "\n\n".join(texts)


def _table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>" for k, v in rows)
    return f'<table cellspacing="0" cellpadding="3">{cells}</table>'


ORIGINS = {
    "shipped": "shipped with the reader",
    "user": "your library folder",
    "machine": "this computer's library folder",
    "named": "named when the reader started",
}


def library_html(rows: Sequence[BundleRow]) -> str:
    """The Library tab: a row per bundle (file, where it was found, short digest, check status)
    and one per file left out, every text escaped (file names are untrusted)."""
    head = "".join(f"<th align='left'>{name}</th>" for name in LIBRARY_COLUMNS)
    lines = []
    for row in rows:
        where = ORIGINS.get(row.origin, row.origin)
        cells = (f"<b>{html.escape(Path(row.path).name)}</b><br>{html.escape(row.path)}", html.escape(where))
        status = html.escape(row.status) if row.ok else f"<b>{html.escape(row.status)}</b>"
        lines.append("".join(f"<td>{cell}</td>" for cell in (*cells, html.escape(row.digest), status)))
    read = sum(row.ok for row in rows)
    left = len(rows) - read
    summary = f"<p>{read} bundle{'s' * (read != 1)} read; {left} file{'s' * (left != 1)} left out.</p>"
    table = "".join(f"<tr>{line}</tr>" for line in lines)
    return f'{summary}<table cellspacing="0" cellpadding="4" width="100%"><tr>{head}</tr>{table}</table>'


class AboutDialog(QDialog):
    """Shows ``about_html`` in a scrollable, selectable page, the licences, and the library's
    bundles, with a Close button."""

    def __init__(
        self,
        articles: Sequence[ArticleInfo],
        meta: dict[str, str],
        rows: Sequence[BundleRow] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("About this content")
        self.resize(760, 540)
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        self.text.setDocument(SafeDocument(self.text))
        self.text.setAccessibleName("Content information")
        self.text.setHtml(about_html(articles, meta))
        self.licences = QPlainTextEdit(self)
        self.licences.setReadOnly(True)
        self.licences.setAccessibleName("Licences")
        self.licences.setPlainText(licences_text())
        self.library_rows = list(rows)
        self.library = QTextBrowser(self)
        self.library.setOpenLinks(False)
        self.library.setDocument(SafeDocument(self.library))
        self.library.setAccessibleName("Bundles of the library")
        self.library.setHtml(library_html(rows))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.text, "&Content")
        self.tabs.addTab(self.licences, "&Licences")
        self.tabs.addTab(self.library, "Li&brary")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, Qt.Orientation.Horizontal, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
