"""Checks of a bundle's tables and rows, the search index's included (its rules: reader.core.search.index).

A bundle is untrusted input: its digest proves it is unchanged since someone computed the digest,
not that its rows make sense. Every row the reader reads is checked here before it is used, so
that a forged bundle gets a one-line error instead of a traceback, a hang or a blank window.
"""

from __future__ import annotations

import sqlite3

from reader.core.limits import (
    MAX_ARTICLE_ID_CHARACTERS,
    MAX_NESTING,
    MAX_PUBLIC_SOURCE_CHARACTERS,
    MAX_SECTION_BYTES,
    MAX_SLUG_CHARACTERS,
    MAX_TITLE_CHARACTERS,
)
from reader.core.model import MAX_LICENSE_CHARACTERS
from reader.core.sanitize import clean_html, nesting_depth
from reader.core.search.index import ROW_RULES as INDEX_ROW_RULES
from reader.core.search.index import TABLES as INDEX_TABLES
from reader.core.search.index import check_readable

TABLES = ("meta", "articles", "corrections", "sections", *INDEX_TABLES)
MAX_ID_CHARACTERS = MAX_ARTICLE_ID_CHARACTERS + 1 + MAX_SLUG_CHARACTERS
"""The longest section id: ``ARTICLE/SECTION``."""


def _not_slug(text: str) -> str:
    """An SQL condition true when ``text`` is not a slug (lowercase ASCII words and single hyphens)."""
    return f"({text} = '' OR {text} GLOB '*[^a-z0-9-]*' OR {text} LIKE '-%' OR {text} LIKE '%-' OR {text} LIKE '%--%')"


_SLUG_RULE = "lowercase letters, digits and single hyphens"

# Each query returns the rows that break one rule: (where, what is wrong). The first found is reported.
_ROW_RULES: tuple[str, ...] = (
    "SELECT 'meta key ' || quote(key), 'is not text' FROM meta WHERE typeof(key) != 'text' OR typeof(value) != 'text'",
    "SELECT 'the bundle', 'has no article' WHERE NOT EXISTS (SELECT 1 FROM articles)",
    "SELECT 'the bundle', 'has no section' WHERE NOT EXISTS (SELECT 1 FROM sections)",
    (
        "SELECT 'article row ' || quote(ord), 'has an id, title, source, language or edition that is not text'"
        " FROM articles WHERE typeof(ord) != 'integer' OR typeof(id) != 'text' OR typeof(title) != 'text'"
        " OR typeof(source) != 'text' OR typeof(language) != 'text' OR typeof(edition) != 'text'"
        f" OR length(id) NOT BETWEEN 1 AND {MAX_ARTICLE_ID_CHARACTERS}"
    ),
    (
        "SELECT 'article row ' || quote(ord), 'has a public source that is not text or is longer than"
        f" {MAX_PUBLIC_SOURCE_CHARACTERS} characters' FROM articles WHERE typeof(public_source) != 'text'"
        f" OR length(public_source) > {MAX_PUBLIC_SOURCE_CHARACTERS}"
    ),
    (
        "SELECT 'article row ' || quote(ord), 'has a licence that is not text or is longer than"
        f" {MAX_LICENSE_CHARACTERS} characters' FROM articles WHERE typeof(license) != 'text'"
        f" OR length(license) > {MAX_LICENSE_CHARACTERS}"
    ),
    f"SELECT 'article row ' || quote(ord), 'has an id that is not a slug ({_SLUG_RULE})' FROM articles WHERE"
    + _not_slug("id"),
    (
        "SELECT 'article ' || quote(id), 'has no section' FROM articles"
        " WHERE id NOT IN (SELECT article_id FROM sections WHERE article_id IS NOT NULL)"
    ),
    (
        "SELECT 'correction row ' || quote(ord), 'is not text, or names no article of the bundle' FROM corrections"
        " WHERE typeof(ord) != 'integer' OR typeof(original) != 'text' OR typeof(corrected) != 'text'"
        " OR typeof(reason) != 'text' OR article_id NOT IN (SELECT id FROM articles)"
    ),
    (
        "SELECT 'section row ' || quote(ord), 'has an id or title that is not text, or too long'"
        " FROM sections WHERE typeof(ord) != 'integer' OR typeof(id) != 'text' OR typeof(title) != 'text'"
        f" OR length(id) NOT BETWEEN 1 AND {MAX_ID_CHARACTERS}"
        f" OR length(title) NOT BETWEEN 1 AND {MAX_TITLE_CHARACTERS}"
    ),
    (
        "SELECT 'section ' || quote(id), 'has a level that is not a whole number from 1 to 6'"
        " FROM sections WHERE typeof(level) != 'integer' OR level NOT BETWEEN 1 AND 6"
    ),
    (
        "SELECT 'section ' || quote(id), 'has HTML or text that is not text'"
        " FROM sections WHERE typeof(html) != 'text' OR typeof(text) != 'text'"
    ),
    (
        "SELECT 'section ' || quote(id), 'is ' || (max(length(CAST(html AS BLOB)), length(CAST(text AS BLOB))) / 1024)"
        f" || ' KiB; the limit is {MAX_SECTION_BYTES // 1024} KiB'"
        " FROM sections"
        f" WHERE length(CAST(html AS BLOB)) > {MAX_SECTION_BYTES} OR length(CAST(text AS BLOB)) > {MAX_SECTION_BYTES}"
    ),
    "SELECT 'section ' || quote(id), 'is there twice' FROM sections GROUP BY id HAVING count(*) > 1",
    (
        "SELECT 'section ' || quote(s.id), 'belongs to no article of the bundle' FROM sections AS s"
        " WHERE s.article_id IS NULL OR s.article_id NOT IN (SELECT id FROM articles)"
    ),
    (
        "SELECT 'section row ' || quote(ord), 'has an id that is not ARTICLE/SECTION (its article''s id, a slash,"
        f" a slug of {_SLUG_RULE})' FROM sections WHERE typeof(article_id) != 'text'"
        " OR substr(id, 1, length(article_id) + 1) != article_id || '/'"
        f" OR length(id) - length(article_id) - 1 > {MAX_SLUG_CHARACTERS}"
        " OR " + _not_slug("substr(id, length(article_id) + 2)")
    ),
    (
        "SELECT 'section ' || quote(s.id), 'has a parent that is not an earlier section of its article'"
        " FROM sections AS s WHERE s.parent_id IS NOT NULL AND NOT EXISTS"
        " (SELECT 1 FROM sections AS p WHERE p.id = s.parent_id AND p.ord < s.ord AND p.article_id = s.article_id"
        " AND p.level < s.level)"
    ),
    *INDEX_ROW_RULES,
)


def missing_table(conn: sqlite3.Connection) -> str | None:
    """Return the first table a bundle must have and lacks, or None."""
    present = {str(row[0]) for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return next((name for name in TABLES if name not in present), None)


def row_problem(conn: sqlite3.Connection) -> str | None:
    """Return the first row that breaks a rule, said in a few words, or None.

    Raises sqlite3.DatabaseError where a search index cannot be read at all.
    """
    check_readable(conn)
    for query in _ROW_RULES:
        row = conn.execute(query + " LIMIT 1").fetchone()
        if row is not None:
            return f"{row[0]} {row[1]}"
    return None


def cleaned_sections(conn: sqlite3.Connection) -> tuple[dict[str, str], str | None]:
    """Clean every section's HTML (see reader.core.sanitize) and check what the cleaning gives:
    return the cleaned HTML by section id, and the first section that breaks a limit, or None.

    The raw HTML is measured first, so that the sanitiser never has to read thousands of nested
    tags; the cleaned HTML again, because an HTML parser can make more of it than it was (tags
    left open are opened again in every later paragraph).
    """
    cleaned: dict[str, str] = {}
    for section_id, html in conn.execute("SELECT id, html FROM sections ORDER BY ord"):
        for stage in ("", " once cleaned"):
            depth = nesting_depth(html)
            if depth > MAX_NESTING:
                return cleaned, f"section {section_id!r} nests its tags {depth} deep{stage}; the limit is {MAX_NESTING}"
            size = len(html.encode("utf-8"))
            if size > MAX_SECTION_BYTES:
                kib = -(-size // 1024)
                return (
                    cleaned,
                    f"section {section_id!r} is {kib} KiB{stage}; the limit is {MAX_SECTION_BYTES // 1024} KiB",
                )
            if not stage:
                html = clean_html(html)
        cleaned[section_id] = html
    return cleaned, None
