"""Content information: versions, the article's provenance (the editors' record, shown only here),
the source its handouts print, its content licence and editorial corrections, a medical notice;
a Licences tab (the licence of everything the app ships); and a Library tab (every bundle of the
library with where it was found, its digest and whether it passed its check or was skipped)."""

from __future__ import annotations

import html
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QGuiApplication
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
from reader.core.text_direction import right_to_left_html, set_apart
from reader.gui.i18n import QT_TRANSLATE_NOOP
from reader.gui.safe_document import SafeDocument

# The English text, marked for lupdate; medical_notice() gives it in the window's language.
MEDICAL_NOTICE = QT_TRANSLATE_NOOP(
    "AboutDialog",
    "This reader gives information only. It is not a substitute for a clinician's judgement: "
    "decisions about a patient's care belong to a qualified health worker.",
)


def _fill(text: str, *values: str) -> str:
    """A translated text with its ``%1``, ``%2``… replaced by values in one pass, as Qt's
    ``arg`` does: a value holding "%2" stays as it is."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return values[number - 1] if 0 < number <= len(values) else match.group(0)

    return re.sub(r"%(\d)", value, text)


def about_html(articles: Sequence[ArticleInfo], meta: dict[str, str]) -> str:
    """Return the content-information page of some articles (the window gives the one being read)
    and of the bundle they come from, as HTML."""
    #: The About page's title: the application's name and its version
    title = QCoreApplication.translate("AboutDialog", "Reader %1").replace("%1", __version__)
    parts = [f"<h2>{html.escape(title)}</h2>"]
    #: %1 is the medical notice
    notice = QCoreApplication.translate("AboutDialog", "<b>Medical notice.</b> %1")
    parts.append(f"<p>{notice.replace('%1', html.escape(medical_notice()))}</p>")
    for info in articles:
        parts.append(f"<h3>{_data(info.title)}</h3>")
        no_source = QCoreApplication.translate("AboutDialog", "none: handouts print no source")
        no_license = QCoreApplication.translate("AboutDialog", "none stated: ask the publisher before copying the text")
        rows = [
            (QCoreApplication.translate("AboutDialog", "Source (printed)"), info.public_source or no_source),
            (QCoreApplication.translate("AboutDialog", "Provenance"), info.source),
            (QCoreApplication.translate("AboutDialog", "Content licence"), info.license or no_license),
            (QCoreApplication.translate("AboutDialog", "Language"), info.language),
            (QCoreApplication.translate("AboutDialog", "Edition"), info.edition),
        ]
        parts.append(_table(rows))
        if info.corrections:
            heading = QCoreApplication.translate(
                "AboutDialog", "<b>Editorial corrections</b> (changes made to the original text):"
            )
            parts.append(f"<p>{heading}</p><ul>")
            for c in info.corrections:
                if c.original:
                    #: An editorial correction: %1 the original text, %2 the corrected one
                    change = QCoreApplication.translate("AboutDialog", "“%1” → “%2”")
                    change = _fill(change, _data(c.original), _data(c.corrected))
                else:
                    #: An editorial correction that added a text (%1)
                    change = QCoreApplication.translate("AboutDialog", "added “%1”")
                    change = _fill(change, _data(c.corrected))
                parts.append(f"<li>{change}<br><i>{_data(c.reason)}</i></li>")
            parts.append("</ul>")
    bundle = QCoreApplication.translate("AboutDialog", "Content bundle")
    parts.append(f"<h3>{html.escape(bundle)}</h3>")
    rows = [
        (QCoreApplication.translate("AboutDialog", "Built"), meta.get("built_at", "")),
        (QCoreApplication.translate("AboutDialog", "Digest"), meta.get("digest", "")),
        (QCoreApplication.translate("AboutDialog", "Schema"), meta.get("schema_version", "")),
    ]
    parts.append(_table(rows))
    software = QCoreApplication.translate("AboutDialog", "Software")
    parts.append(f"<h3>{html.escape(software)}</h3>")
    rows = [
        ("Qt", qVersion()),
        ("PySide6", pyside_version),
        ("Python", sys.version.split()[0]),
    ]
    parts.append(_table(rows))
    return "\n".join(parts)


def medical_notice() -> str:
    """The medical notice in the window's language."""
    return QCoreApplication.translate("AboutDialog", MEDICAL_NOTICE)


LICENCES = "licenses"  # beside the frozen executable: the build writes every component's licence there
NOTICES = "THIRD-PARTY-NOTICES.txt"


def program_dir() -> Path:
    """The folder of the frozen program (its executable's), where its licences are."""
    return Path(sys.executable).resolve().parent


def licences_text() -> str:
    """The licences page: the notices file and every licence text the app ships (as written, in
    English), or where to find them."""
    folder = program_dir() / LICENCES
    notices = folder / NOTICES
    if not notices.is_file():
        return QCoreApplication.translate(
            "AboutDialog",
            "The reader is licensed under the Apache License 2.0.\n\n"
            "This copy runs from a Python installation: each package it uses (PySide6 and Qt under the "
            "LGPL-3.0, Python under the PSF licence, and the others) carries its own licence in its "
            "metadata ('pip show -f NAME' lists the files). The installers carry every licence text "
            "in their licences folder.",
        )
    texts = [notices.read_text(encoding="utf-8")]
    for path in sorted(folder.glob("*.txt")):
        if path.name != NOTICES:
            texts.append(f"==== {path.name} ====\n\n{path.read_text(encoding='utf-8')}")
    return "\n\n".join(texts)


def _data(text: str) -> str:
    """A text of a bundle or a file's path, escaped; in a right-to-left window set apart in its own
    direction (U+2068 … U+2069), so that a path keeps its first slash and an English sentence its
    full stop where they belong."""
    escaped = html.escape(text)
    return set_apart(escaped) if QGuiApplication.isRightToLeft() else escaped


def _table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>{_data(v)}</td></tr>" for k, v in rows)
    return f'<table cellspacing="0" cellpadding="3">{cells}</table>'


def origin_text(origin: str) -> str:
    """Where the library found a bundle, in words (the origin itself when it has none)."""
    origins = {
        "shipped": QCoreApplication.translate("AboutDialog", "shipped with the reader"),
        "user": QCoreApplication.translate("AboutDialog", "your library folder"),
        "machine": QCoreApplication.translate("AboutDialog", "this computer's library folder"),
        "named": QCoreApplication.translate("AboutDialog", "named when the reader started"),
    }
    return origins.get(origin, origin)


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
        self.setWindowTitle(self.tr("About this content"))
        self.resize(760, 540)
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        self.text.setDocument(SafeDocument(self.text))
        self.text.setAccessibleName(self.tr("Content information"))
        self.text.setHtml(self._directed(about_html(articles, meta)))
        self.licences = QPlainTextEdit(self)
        self.licences.setReadOnly(True)
        self.licences.setAccessibleName(self.tr("Licences"))
        self.licences.setPlainText(licences_text())
        self.library_rows = list(rows)
        self.library = QTextBrowser(self)
        self.library.setOpenLinks(False)
        self.library.setDocument(SafeDocument(self.library))
        self.library.setAccessibleName(self.tr("Bundles of the library"))
        self.library.setHtml(self._directed(self.library_html(rows)))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.text, self.tr("&Content"))
        self.tabs.addTab(self.licences, self.tr("&Licences"))
        self.tabs.addTab(self.library, self.tr("Li&brary"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, Qt.Orientation.Horizontal, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def _directed(self, page: str) -> str:
        """A page as the window's direction reads it: right to left, its tables' columns mirrored
        (Qt lays a table's columns out left to right whatever the direction), in Arabic."""
        return right_to_left_html(page) if self.isRightToLeft() else page

    def library_html(self, rows: Sequence[BundleRow]) -> str:
        """The Library tab: a row per bundle (file, where it was found, short digest, check status)
        and one per file left out, every text escaped (file names are untrusted)."""
        columns = (
            #: The Library tab's columns: a bundle's file
            self.tr("File"),
            self.tr("Found in"),
            self.tr("Digest"),
            #: The Library tab's columns: whether the bundle passed its check
            self.tr("Check"),
        )
        align = "right" if self.isRightToLeft() else "left"
        head = "".join(f"<th align='{align}'>{html.escape(name)}</th>" for name in columns)
        lines = []
        for row in rows:
            where = origin_text(row.origin)
            cells = (f"<b>{_data(Path(row.path).name)}</b><br>{_data(row.path)}", html.escape(where))
            status = _data(row.status) if row.ok else f"<b>{_data(row.status)}</b>"
            lines.append("".join(f"<td>{cell}</td>" for cell in (*cells, _data(row.digest), status)))
        read = sum(row.ok for row in rows)
        left = len(rows) - read
        #: The Library tab's summary: %1 is "N bundle(s) read", %2 "N file(s) left out"
        summary = _fill(
            self.tr("%1; %2."), self.tr("%n bundle(s) read", "", read), self.tr("%n file(s) left out", "", left)
        )
        table = "".join(f"<tr>{line}</tr>" for line in lines)
        return (
            f'<p>{html.escape(summary)}</p><table cellspacing="0" cellpadding="4" width="100%">'
            f"<tr>{head}</tr>{table}</table>"
        )
