"""The content bundle: one read-only SQLite file with sections, metadata, stylesheet and FTS5 index."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from reader.core.bundle_check import cleaned_sections, missing_table, row_problem
from reader.core.errors import BundleError, SectionNotFoundError
from reader.core.model import (
    ArticleInfo,
    BundleInfo,
    Correction,
    Heading,
    OutlineNode,
    Section,
    build_outline,
    pick_section,
)
from reader.core.sanitize import clean_html, clean_stylesheet
from reader.core.search.index import index_problem
from reader.core.verified import VerifiedBundles

SCHEMA_VERSION = 7
"""5: section ids are ``ARTICLE/SECTION`` and article ids are slugs (issue 13); 6: each article's
``public_source`` and ``license`` columns (issue 15); 7: word forms in each article's own language
(issue 16: a bundle of French articles built before held English stems). A bundle of another schema is refused with
one line, telling to rebuild it."""

ARTICLE_COLUMNS = "ord, id, title, source, language, edition, public_source, license"
CORRECTION_COLUMNS = "article_id, ord, original, corrected, reason"
SECTION_COLUMNS = "ord, id, article_id, parent_id, level, title, html, text"


def encode_row(row: Sequence[object]) -> bytes:
    """Encode a row unambiguously, as the content digest hashes it: each value tagged with its
    type and, for text, its length."""
    parts: list[bytes] = []
    append = parts.append
    for value in row:
        if isinstance(value, str):  # the most common first: text, then whole numbers
            data = value.encode("utf-8")
            append(b"s%d:" % len(data))
            append(data)
        elif isinstance(value, int):
            append(b"i%d;" % value)
        elif value is None:
            append(b"n;")
        elif isinstance(value, float):
            append(b"f%r;" % value)
        elif isinstance(value, bytes):
            append(b"b%d:" % len(value))
            append(value)
        else:
            data = str(value).encode("utf-8")
            append(b"s%d:" % len(data))
            append(data)
    append(b"\n")
    return b"".join(parts)


_DIGEST_BATCH = 512


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def content_digest(conn: sqlite3.Connection) -> str:
    """Return the SHA-256 of the whole bundle but the digest itself: the schema, then every row of
    every table, the search indexes' own tables included (a changed index changes the digest)."""
    digest = hashlib.sha256()
    schema = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()
    for row in schema:
        digest.update(encode_row(("schema", *row)))
    for kind, name, _table, sql in schema:
        if kind != "table" or str(sql or "").upper().startswith("CREATE VIRTUAL TABLE"):
            continue  # a virtual table's rows are its shadow tables', covered on their own
        width = len(conn.execute(f"SELECT * FROM {_quote(name)} LIMIT 0").description)
        order = ", ".join(str(n) for n in range(1, width + 1))
        # The digest and a content pack's signature over it (reader.core.packs) are made after it.
        where = " WHERE key NOT IN ('digest', 'signature')" if name == "meta" else ""
        rows = conn.execute(f"SELECT * FROM {_quote(name)}{where} ORDER BY {order}")
        while batch := rows.fetchmany(_DIGEST_BATCH):  # one update a batch: the same bytes, hashed quicker
            digest.update(b"".join([encode_row((name, *row)) for row in batch]))
    return "sha256:" + digest.hexdigest()


def _read_only(path: Path) -> sqlite3.Connection:
    # Immutable: a bundle is only ever replaced whole (written aside, then renamed), never changed
    # in place, so SQLite can skip its locks and journal checks (44 system calls at start-up).
    uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
    # The window searches on a thread of its own (reader.gui.search_runner) while its own thread
    # reads sections: SQLite is built serialised (sqlite3.threadsafety 3), so one connection may be
    # used by both; the connection only reads.
    return sqlite3.connect(uri, uri=True, check_same_thread=False)


class Bundle:
    """A bundle opened read-only and verified; use as a context manager or call ``close()``."""

    def __init__(self, path: Path, conn: sqlite3.Connection, meta: dict[str, str]) -> None:
        self.path = path
        self._conn = conn
        self._html: dict[str, str] = {}  # each section's cleaned HTML, made once by check_rows
        self.meta = meta

    @classmethod
    def open(cls, path: Path | str, verify: bool = True, known: VerifiedBundles | None = None) -> Bundle:
        """Open a bundle read-only; check its schema version and (by default) its digest, rows and
        SQLite's integrity, unless ``known`` has this very file as verified before (then each
        section's HTML is cleaned when read)."""
        path = Path(path)
        try:
            if not path.is_file():
                raise BundleError(path, "bundle not found" if not path.exists() else "not a file")
        except OSError as exc:  # a name too long, a folder that cannot be read
            raise BundleError(path, f"cannot open: {exc.strerror or exc}") from exc
        try:
            conn = _read_only(path)
        except sqlite3.Error as exc:
            raise BundleError(path, f"cannot open: {exc}") from exc
        try:
            meta = {str(key): str(value) for key, value in conn.execute("SELECT key, value FROM meta")}
            bundle = cls(path, conn, meta)
            bundle._check_schema()
            if verify and not (known is not None and known.knows(path, bundle.digest)):
                bundle.verify_digest()
                bundle.check_contents()
                if known is not None:
                    known.remember(path, bundle.digest)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise BundleError(path, f"not a readable reader bundle ({exc})") from exc
        except BundleError:
            conn.close()
            raise
        return bundle

    def close(self) -> None:
        """Close the database connection."""
        self._conn.close()

    def __enter__(self) -> Bundle:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """The read-only SQLite connection (search reads the FTS5 index through it)."""
        return self._conn

    @property
    def schema_version(self) -> int:
        """The schema version the bundle was written with."""
        return int(self.meta.get("schema_version", "0"))

    @property
    def digest(self) -> str:
        """The content digest recorded when the bundle was built."""
        return self.meta.get("digest", "")

    def _check_schema(self) -> None:
        version = self.meta.get("schema_version")
        if version != str(SCHEMA_VERSION):
            raise BundleError(
                self.path,
                f"schema version {version or 'missing'}, this reader reads {SCHEMA_VERSION}: "
                "rebuild it with 'reader build'",
            )

    def verify_digest(self) -> None:
        """Raise BundleError unless the content matches the digest recorded at build time."""
        try:
            actual = content_digest(self._conn)
        except sqlite3.DatabaseError as exc:
            raise BundleError(self.path, f"not a readable reader bundle ({exc})") from exc
        if actual != self.digest:
            raise BundleError(self.path, "content does not match its digest: the bundle was changed or damaged")

    def check_rows(self) -> None:
        """Raise BundleError unless every table is there and every row makes sense."""
        try:
            missing = missing_table(self._conn)
            problem = f"no {missing} table" if missing else row_problem(self._conn)
            if not problem:
                self._html, problem = cleaned_sections(self._conn)
        except sqlite3.DatabaseError as exc:
            raise BundleError(self.path, f"not a readable reader bundle ({exc})") from exc
        if problem:
            raise BundleError(self.path, f"not a valid reader bundle: {problem}")

    def check_contents(self) -> None:
        """Raise BundleError unless what the digest cannot vouch for holds: every row makes sense
        and SQLite finds the file whole (``check_rows``, ``check_integrity``)."""
        self.check_rows()
        self.check_integrity()

    def check_integrity(self) -> None:
        """Raise BundleError unless SQLite finds the file whole, each of its indexes holding just
        its table's rows: the digest (and a pack's signature) covers the rows, not the indexes
        they are looked up through, and a forged index could show one section under another's id."""
        try:
            problems = [str(row[0]) for row in self._conn.execute("PRAGMA integrity_check")]
        except sqlite3.DatabaseError as exc:
            raise BundleError(self.path, f"index or file damaged ({exc})") from exc
        if problems != ["ok"]:
            raise BundleError(self.path, f"SQLite integrity check failed: {problems[0]}")

    def full_check(self) -> str:
        """Verify SQLite's integrity, schema, digest, every row, and the search indexes against
        the text; return a summary line."""
        self._check_schema()
        self.verify_digest()
        self.check_contents()
        try:
            problem = index_problem(self._conn)
        except sqlite3.DatabaseError as exc:
            raise BundleError(self.path, f"index or file damaged ({exc})") from exc
        if problem:
            raise BundleError(self.path, f"index damaged: {problem}")
        count = self.section_count()
        return f"{self.path}: ok, schema {self.schema_version}, {count} sections, {self.digest}"

    def stylesheet(self) -> str:
        """Return the stylesheet the bundle was built with, with nothing in it that loads a resource."""
        return clean_stylesheet(self.meta.get("stylesheet", ""))

    def section_count(self) -> int:
        """Return the number of sections in the bundle."""
        return int(self._conn.execute("SELECT count(*) FROM sections").fetchone()[0])

    def articles(self) -> list[ArticleInfo]:
        """Return the articles of the bundle in order."""
        corrections: dict[str, list[Correction]] = {}
        query = f"SELECT {CORRECTION_COLUMNS} FROM corrections ORDER BY article_id, ord"
        for article_id, _order, original, corrected, reason in self._conn.execute(query):
            corrections.setdefault(article_id, []).append(Correction(original, corrected, reason))
        rows = self._conn.execute(f"SELECT {ARTICLE_COLUMNS} FROM articles ORDER BY ord")
        return [
            ArticleInfo(
                id=row[1],
                title=row[2],
                source=row[3],
                language=row[4],
                edition=row[5],
                corrections=tuple(corrections.get(row[1], ())),
                public_source=row[6],
                license=row[7],
            )
            for row in rows
        ]

    def article(self, article_id: str) -> ArticleInfo:
        """Return one article's metadata."""
        for info in self.articles():
            if info.id == article_id:
                return info
        raise SectionNotFoundError(article_id)

    def sections(self) -> list[Section]:
        """Return every section of the bundle in reading order."""
        rows = self._conn.execute(f"SELECT {SECTION_COLUMNS} FROM sections ORDER BY ord")
        return [self._section(row) for row in rows]

    def headings(self) -> list[Heading]:
        """Return every section's heading (no HTML or text) in reading order."""
        rows = self._conn.execute("SELECT id, article_id, parent_id, level, ord, title FROM sections ORDER BY ord")
        return [
            Heading(str(id_), str(article), None if parent is None else str(parent), int(level), int(order), str(title))
            for id_, article, parent, level, order, title in rows
        ]

    def article_sections(self, article_id: str) -> list[Section]:
        """Return one article's sections in reading order (none for an unknown article)."""
        rows = self._conn.execute(
            f"SELECT {SECTION_COLUMNS} FROM sections WHERE article_id = ? ORDER BY ord", (article_id,)
        )
        return [self._section(row) for row in rows]

    def resolve_section(self, section_id: str) -> str:
        """Return the full id (``ARTICLE/SECTION``) a section id names: itself, or the one section
        whose part after the slash it is (an old plain id). Raise SectionNotFoundError, or
        AmbiguousSectionError (reader.core.model) naming the candidates."""
        exact = self._conn.execute("SELECT 1 FROM sections WHERE id = ?", (section_id,)).fetchone() is not None
        candidates: list[str] = []
        if not exact and "/" not in section_id:
            query = "SELECT id FROM sections WHERE substr(id, length(article_id) + 2) = ? ORDER BY ord"
            candidates = [str(row[0]) for row in self._conn.execute(query, (section_id,))]
        return pick_section(section_id, exact, candidates)

    def section(self, section_id: str) -> Section:
        """Return one section by its full id or an old plain id (see ``resolve_section``); raise
        SectionNotFoundError for an unknown id."""
        full_id = self.resolve_section(section_id)
        row = self._conn.execute(f"SELECT {SECTION_COLUMNS} FROM sections WHERE id = ?", (full_id,)).fetchone()
        if row is None:
            raise SectionNotFoundError(section_id)
        return self._section(row)

    def subtree(self, section_id: str) -> list[Section]:
        """Return a section followed by all its sub-sections, in reading order."""
        first = self.section(section_id)
        rows = self._conn.execute(
            f"SELECT {SECTION_COLUMNS} FROM sections WHERE ord > ? AND article_id = ? ORDER BY ord",
            (first.order, first.article_id),
        )
        result = [first]
        for section in map(self._section, rows):
            if section.level <= first.level:
                break
            result.append(section)
        return result

    def outline(self) -> list[OutlineNode]:
        """Return the sections as a forest of nodes, nested as in the articles."""
        return build_outline(self.sections())

    def _section(self, row: Sequence[object]) -> Section:
        order, section_id, article_id, parent_id, level, title, html, text = row
        cleaned = self._html.get(str(section_id))
        return Section(
            id=str(section_id),
            article_id=str(article_id),
            parent_id=None if parent_id is None else str(parent_id),
            level=int(str(level)),
            order=int(str(order)),
            title=str(title),
            html=clean_html(str(html)) if cleaned is None else cleaned,
            text=str(text),
        )

    def info(self) -> BundleInfo:
        """Return what ``reader info`` tells of the bundle."""
        return BundleInfo(
            path=self.path,
            articles=tuple(self.articles()),
            section_count=self.section_count(),
            built_at=self.meta.get("built_at", ""),
            digest=self.digest,
            schema_version=self.schema_version,
        )
