"""Plain-text and HTML exports of the whole bundle, of one article or of one section with its
sub-sections, and handouts (what is printed). Each shows the article's public source (never the editors' own
record of where the text came from) and the medical notice.
"""

from __future__ import annotations

import datetime as dt
import html
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reader.core.atomic import atomic_path
from reader.core.bundle import Bundle
from reader.core.errors import ReaderError
from reader.core.limits import check_document_size
from reader.core.model import ArticleInfo, Section

FORMATS = ("txt", "html", "pdf")
MEDICAL_NOTICE = "Information only; follow the advice of the clinician treating you."
"""The short notice every export and every printed page carries."""
_UNDERLINE = {1: "=", 2: "-"}


class ExportError(ReaderError):
    """An export cannot be made (unknown format, unwritable output)."""


def export_sections(
    bundle: Bundle, section_id: str | None, article_id: str | None = None
) -> list[tuple[ArticleInfo, list[Section]]]:
    """Return what an export holds: one section and its sub-sections, else one article (by id),
    else every article of the bundle. Raise SectionNotFoundError for an unknown section or article."""
    if section_id is not None:
        sections = bundle.subtree(section_id)
        return [(bundle.article(sections[0].article_id), sections)]
    wanted = None if article_id is None else bundle.article(article_id)
    by_article: dict[str, list[Section]] = {}
    for section in bundle.sections():
        if wanted is None or section.article_id == wanted.id:
            by_article.setdefault(section.article_id, []).append(section)
    infos = bundle.articles() if wanted is None else [wanted]
    return [(info, by_article.get(info.id, [])) for info in infos]


def _corrections_note(info: ArticleInfo) -> list[str]:
    return [
        f"{c.original!r} -> {c.corrected!r}: {c.reason}" if c.original else f"added {c.corrected!r}: {c.reason}"
        for c in info.corrections
    ]


def _wrap(line: str, width: int) -> str:
    """Wrap a line of prose; table rows stay whole, list items hang under their marker."""
    if " | " in line or len(line) <= width:
        return line
    indent = "  " if line.startswith("- ") else ""
    return textwrap.fill(line, width, subsequent_indent=indent, break_on_hyphens=False)


def _source_line(info: ArticleInfo) -> list[str]:
    return [f"Source: {info.public_source}"] if info.public_source else []


def to_text(parts: Sequence[tuple[ArticleInfo, Sequence[Section]]], width: int = 78) -> str:
    """Render articles as plain text: underlined headings, wrapped paragraphs, table rows kept whole."""
    lines: list[str] = []
    for info, sections in parts:
        lines += [info.title, *_source_line(info), f"Edition: {info.edition}", MEDICAL_NOTICE, ""]
        for section in sections:
            lines.append(section.title)
            if section.level in _UNDERLINE:
                lines.append(_UNDERLINE[section.level] * len(section.title))
            lines.append("")
            for line in section.text.splitlines():
                lines += [line, ""]
        notes = _corrections_note(info)
        if notes:
            lines += ["Editorial corrections", "---------------------", *(f"- {n}" for n in notes), ""]
    return "\n".join(_wrap(line, width) for line in lines).rstrip() + "\n"


def to_html(parts: Sequence[tuple[ArticleInfo, Sequence[Section]]], stylesheet: str) -> str:
    """Render articles as one standalone HTML document with the bundle's stylesheet."""
    title = html.escape(parts[0][0].title if parts else "")
    body: list[str] = []
    for info, sections in parts:
        lines = [*_source_line(info), f"Edition: {info.edition}", MEDICAL_NOTICE]
        body.append(f'<p class="source">{"<br>".join(html.escape(line) for line in lines)}</p>')
        body += [section.html for section in sections]
        notes = _corrections_note(info)
        if notes:
            items = "".join(f"<li>{html.escape(n)}</li>" for n in notes)
            body.append(f"<h4>Editorial corrections</h4><ul>{items}</ul>")
    return (
        f'<!DOCTYPE html>\n<html lang="{html.escape(parts[0][0].language if parts else "en")}">\n'
        f'<head><meta charset="utf-8"><title>{title}</title>\n<style>\n{stylesheet}</style></head>\n'
        f"<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"
    )


def write_text_atomically(out: Path, content: str) -> None:
    """Write a text file via a temporary file and a rename, so no half-written file is left."""
    try:
        with atomic_path(out) as tmp:
            tmp.write_text(content, encoding="utf-8", newline="\n")
    except OSError as exc:
        raise ExportError(f"{out}: cannot write: {exc.strerror or exc}") from exc


@dataclass(frozen=True)
class Handout:
    """What goes on paper: the HTML of the chosen sections, the article's particulars (``source``
    is the public source, empty for none), the day it is printed and the medical notice."""

    html: str
    stylesheet: str
    title: str
    source: str
    edition: str
    printed_on: dt.date
    notice: str = MEDICAL_NOTICE


def handout(
    bundle: Bundle, section_id: str | None, printed_on: dt.date | None = None, article_id: str | None = None
) -> Handout:
    """Return the handout of one section with its sub-sections, else of one article, else of the
    whole bundle, dated ``printed_on`` (default: today); raise BundleError when it is more than can
    be laid out at once."""
    parts = export_sections(bundle, section_id, article_id)
    info = parts[0][0]
    html = "\n".join(section.html for _, sections in parts for section in sections)
    check_document_size(bundle.path, html)
    source = " ".join(info.public_source.split())  # one line, whatever a forged bundle holds
    day = printed_on if printed_on is not None else dt.date.today()
    return Handout(html, bundle.stylesheet(), info.title, source, info.edition, day)
