"""Limits on what a bundle or a source may hold: a bundle is untrusted input, and the window
must stay responsive on an old PC.

Qt's rich-text engine lays a 5 MB section out in about 7 s and 500 MB of memory (measured on the
reference machine), so one section is capped well below that; the ketamine article's largest
section is about 6 KB.
"""

from __future__ import annotations

from pathlib import Path

from reader.core.errors import BundleError

MAX_SECTION_BYTES = 512 * 1024
"""The most HTML, or plain text, one section may hold (UTF-8 bytes), at build and at open."""

MAX_TITLE_CHARACTERS = 500
"""The longest heading a section may have."""

MAX_ARTICLE_ID_CHARACTERS = 64
"""The longest article id (front matter ``id``, or the file name): it starts every section's id."""

MAX_SLUG_CHARACTERS = 200
"""The longest section slug: a longer heading's slug is cut (at a hyphen where it can be)."""

MAX_PUBLIC_SOURCE_CHARACTERS = 200
"""The longest ``public_source`` an article may have: it is printed on one line of every page."""

MAX_NESTING = 40
"""How deep one section's tags may nest: Qt's rich text overflows its stack on thousands of nested
lists or tables, and lays 30,000 nested quotes out in 20 s. Articles nest a few levels."""

MAX_DOCUMENT_BYTES = 4 * 1024 * 1024
"""The most HTML laid out as one Qt document (the window's article, a printed handout): Qt takes
about 1.3 s and 100 MB a megabyte. A library of many articles will show one article at a time."""

MAX_SYNONYM_TERMS = 5000
"""The most synonym terms a bundle may hold, in all its groups."""

MAX_GROUP_TERMS = 50
"""The most terms one synonym group may hold."""

MAX_SOURCE_BYTES = 4 * 1024 * 1024
"""The largest article source (or stylesheet, or synonyms file) a build reads."""


def check_document_size(path: Path, html: str) -> None:
    """Raise BundleError when HTML is more than the reader lays out as one document."""
    size = len(html.encode("utf-8"))
    if size > MAX_DOCUMENT_BYTES:
        raise BundleError(
            path,
            f"{size / 2**20:.1f} MiB of text to lay out at once; the reader lays out at most "
            f"{MAX_DOCUMENT_BYTES // 2**20} MiB (print or export one section)",
        )
