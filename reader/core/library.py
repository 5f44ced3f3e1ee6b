"""The library: every bundle the reader can see, and the articles in them.

Which folders: the content shipped with the program (``reader.core.cache.default_bundle``), the
machine-wide library folder and the user's library folder (``reader.core.locations``); which
bundles: each ``*.sqlite`` regular file in those folders (a link only when it stays inside its
folder), at most ``MAX_BUNDLES_PER_FOLDER`` of a folder, by name. Or, when bundles are named
(``--bundle``), only those, and a named bundle that cannot be read is an error as it always was.

A found bundle that cannot be opened or fails its check is left out with a notice (one log line,
and a ``Notice`` the caller shows); the other bundles stay. A folder that cannot be read is a
notice too.

A bundle of the user's or the machine-wide folder is read only as a content pack signed by a
trusted publisher (reader.core.packs), verified again at every open: one changed since it was
added (its digest, or its signature over the digest, no longer matches), unsigned, or signed by a
key no longer trusted is left out with a notice ("changed since it was added", "not signed by a
trusted publisher: ..."). The shipped content is trusted by where it is (the program's read-only
folder), and a bundle named on the command line by whoever named it.

Which articles: two bundles holding the same article id show it once, from the bundle nearest the
user: the user's folder wins over the machine-wide folder, which wins over the shipped content;
in one folder, the first file by name; among named bundles, the first named. Editions are free
text ("2026-11-26, first edition") and cannot be compared, while the folder says who put the
bundle there: a clinic's editor can replace a shipped article for every user of a PC, and a user
for themself. The article left out is named in a notice. The shipped content is itself a pack
(``resources/articles/pack.yaml``) in a frozen app: a library folder's pack of its id and a version
not above the shipped one (an update the program's upgrade overtook) is left out with a notice.

Updates that wait beside the pack they replace (reader.core.packs.pending) are finished as the
folders are read; ``Library.reload`` reads the folders again in place (the window after File › Add
content…).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, NamedTuple

from reader.core import locations
from reader.core.bundle import Bundle
from reader.core.errors import BundleError, ReaderError, SectionNotFoundError, SourceError
from reader.core.folders import BUNDLE_SUFFIX as BUNDLE_SUFFIX
from reader.core.folders import Notice as Notice
from reader.core.folders import bundles_in as bundles_in
from reader.core.folders import pending_files
from reader.core.model import AmbiguousSectionError, ArticleInfo, Heading, OutlineNode, Section, build_outline
from reader.core.verified import FILE_NAME as VERIFIED_RECORD
from reader.core.verified import VerifiedBundles

if TYPE_CHECKING:
    from reader.core.packs.keys import PublicKey
    from reader.core.packs.manifest import PackInfo
    from reader.core.search.merge import LibrarySearcher

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())  # to the window's log file; never Python's last-resort stderr line

# Where a bundle was found, by precedence (the lower wins an article both hold).
USER, MACHINE, SHIPPED, NAMED = "user", "machine", "shipped", "named"
_PRECEDENCE = {USER: 0, MACHINE: 1, SHIPPED: 2, NAMED: 0}
_READING_ORDER = {SHIPPED: 0, MACHINE: 1, USER: 2, NAMED: 0}


class LibraryError(ReaderError):
    """The library has nothing to read, or a section id is not one section of it."""


class Place(NamedTuple):
    """A bundle file of the library and where it was found (``user``, ``machine``, ``shipped``, ``named``)."""

    path: Path
    origin: str


class LibraryEntry(NamedTuple):
    """A bundle of an open library as ``reader info`` lists it: file, origin, build, the articles
    shown from it, and, for a content pack, the pack (id, title, publisher, version) and the key
    that signed it ('' when none did; a pack of a library folder was verified as it opened)."""

    path: Path
    origin: str
    digest: str
    built_at: str
    schema_version: int
    articles: tuple[str, ...]
    pack: PackInfo | None = None
    key_id: str = ""

    def to_json(self) -> dict[str, object]:
        """The entry as JSON, in ``reader info --json``'s ``library`` list."""
        pack = self.pack._asdict() if self.pack else None
        return {**self._asdict(), "path": str(self.path), "articles": list(self.articles), "pack": pack}


def library_folders() -> list[tuple[str, Path]]:
    """The library folders, by precedence: the user's, then the machine-wide one (if any)."""
    folders = [(USER, locations.user_library_dir())]
    system = locations.system_library_dir()
    if system is not None:
        folders.append((MACHINE, system))
    return folders


def library_places(named: Sequence[Path] | None = None) -> tuple[list[Place], list[Notice]]:
    """The bundle files of the library in reading order, and notices of what was left out: the
    named bundles as given, else the shipped content, the machine-wide folder's and the user's."""
    if named:
        return _unique([Place(Path(path), NAMED) for path in named]), []
    places: list[Place] = []
    notices: list[Notice] = []
    try:
        from reader.core.cache import default_bundle

        places.append(Place(default_bundle(), SHIPPED))
    except (SourceError, BundleError, OSError) as exc:  # the shipped sources cannot be built
        notices.append(Notice(locations.articles_dir(), f"the shipped content cannot be read: {_reason(exc)}"))
    for origin, folder in library_folders():
        if pending_files(folder):  # an update added while a reader held the pack open
            from reader.core.packs.pending import finish_pending

            notices += finish_pending(folder)
        paths, left_out = bundles_in(folder)
        places += [Place(path, origin) for path in paths]
        notices += left_out
    places.sort(key=lambda place: _READING_ORDER[place.origin])
    return _unique(places), notices


def _unique(places: list[Place]) -> list[Place]:
    """The places with each file once (a folder named twice, a bundle given twice)."""
    seen: set[str] = set()
    kept: list[Place] = []
    for place in places:
        try:
            key = os.path.realpath(place.path)
        except (OSError, ValueError):
            key = str(place.path)
        if key not in seen:
            seen.add(key)
            kept.append(place)
    return kept


def _trusted_keys(notices: list[Notice]) -> Mapping[str, PublicKey]:
    """The trusted publisher keys (loaded only when a library folder holds a bundle: they bring
    PyNaCl), with a notice for each key file that cannot be read."""
    from reader.core.packs.trust import trusted_keys

    keys, problems = trusted_keys()
    notices += [Notice(path, reason) for path, reason in problems]
    return keys


def _open_pack(path: Path, keys: Mapping[str, PublicKey], known: VerifiedBundles) -> Bundle:
    """Open a bundle of a library folder: a content pack signed by a trusted key, unchanged since."""
    from reader.core.packs.verify import open_pack

    return open_pack(path, keys, known)[0]


def _without_overtaken(opened: list[tuple[Bundle, str]], notices: list[Notice]) -> list[tuple[Bundle, str]]:
    """The bundles opened but a library folder's pack of the shipped content's pack id whose version
    is not above the shipped one (an update the program's own upgrade has overtaken: it would hide
    the newer shipped articles), which is closed and left out with a notice."""
    shipped = next((bundle.meta for bundle, origin in opened if origin == SHIPPED), {})
    pack_id, version = shipped.get("pack_id"), shipped.get("pack_version", "")
    if not pack_id or not version.isdigit():
        return opened
    kept = []
    for bundle, origin in opened:
        mine = bundle.meta.get("pack_version", "")
        ours = origin in (USER, MACHINE) and bundle.meta.get("pack_id") == pack_id
        if ours and mine.isdigit() and int(mine) <= int(version):
            bundle.close()
            notices.append(Notice(bundle.path, f"left out: pack {pack_id} version {mine}, the reader ships {version}"))
            continue
        kept.append((bundle, origin))
    return kept


def _reason(exc: Exception) -> str:
    """An error's message without the file name a Notice already gives."""
    if isinstance(exc, BundleError):
        return exc.message
    if isinstance(exc, OSError):
        return str(exc.strerror or exc)
    return str(exc)


class Library:
    """The bundles of a library, opened and verified, and the articles it shows; use as a context
    manager or call ``close()``. ``notices`` lists what was left out."""

    def __init__(self, bundles: Sequence[tuple[Bundle, str]], notices: Sequence[Notice] = ()) -> None:
        self.bundles = [bundle for bundle, _ in bundles]
        self.notices = list(notices)
        self._origins = [origin for _, origin in bundles]
        self._articles: list[list[ArticleInfo]] = []  # per bundle, the articles shown from it
        self._resolve_articles()

    @classmethod
    def open(cls, named: Sequence[Path] | None = None) -> Library:
        """Open the library: the named bundles (any that cannot be read raises BundleError), or every
        bundle found (those that cannot be read become notices). Raise LibraryError when none opens."""
        places, notices = library_places(named)
        known = VerifiedBundles(locations.cache_dir() / VERIFIED_RECORD)
        opened: list[tuple[Bundle, str]] = []
        keys: Mapping[str, PublicKey] | None = None
        try:
            for place in places:
                try:
                    if place.origin in (USER, MACHINE):
                        keys = _trusted_keys(notices) if keys is None else keys
                        opened.append((_open_pack(place.path, keys, known), place.origin))
                    else:
                        opened.append((Bundle.open(place.path, known=known), place.origin))
                except (BundleError, OSError) as exc:
                    if place.origin == NAMED:
                        raise
                    notices.append(Notice(place.path, f"left out: {_reason(exc)}"))
        except BaseException:
            for bundle, _ in opened:
                bundle.close()
            raise
        known.save()
        opened = _without_overtaken(opened, notices)
        for notice in notices:
            log.warning("library: %s", notice)
        if not opened:
            first = f" ({notices[0]})" if notices else ""
            raise LibraryError(f"no bundle to read in the library{first}")
        return cls(opened, notices)

    @property
    def reads_folders(self) -> bool:
        """Whether the library is what its folders hold (not bundles named with ``--bundle``): a
        pack added to the user's folder is then shown after ``reload``."""
        return NAMED not in self._origins

    def reload(self) -> None:
        """Open the library again in place (the same named bundles, or what the folders hold now:
        a pack added or updated since), then close the bundles held before. When it cannot be
        opened (ReaderError), raise and keep this one as it was."""
        named = [bundle.path for bundle, origin in zip(self.bundles, self._origins, strict=True) if origin == NAMED]
        fresh = Library.open(named or None)
        old = self.bundles
        self.bundles, self.notices, self._origins, self._articles = (
            fresh.bundles,
            fresh.notices,
            fresh._origins,
            fresh._articles,
        )
        for bundle in old:
            bundle.close()

    def close(self) -> None:
        """Close every bundle."""
        for bundle in self.bundles:
            bundle.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _resolve_articles(self) -> None:
        """Decide which bundle shows each article id (see the module's note), noting those left out."""
        order = sorted(range(len(self.bundles)), key=lambda i: (_PRECEDENCE[self._origins[i]], i))
        shown_in: dict[str, Path] = {}
        shown: dict[int, list[ArticleInfo]] = {}
        for i in order:
            bundle = self.bundles[i]
            shown[i] = []
            for article in bundle.articles():
                if article.id in shown_in:
                    notice = Notice(
                        bundle.path,
                        f"article {article.id!r} left out: also in {shown_in[article.id]}, shown from there",
                    )
                    self.notices.append(notice)
                    log.warning("library: %s", notice)
                    continue
                shown_in[article.id] = bundle.path
                shown[i].append(article)
        self._articles = [shown[i] for i in range(len(self.bundles))]

    def entries(self) -> list[LibraryEntry]:
        """The library's bundles, in reading order, with the articles shown from each (and the
        pack each is, if it is one)."""
        from reader.core.packs.manifest import META_KEY_ID, pack_from_meta

        entries = []
        for bundle, origin, articles in zip(self.bundles, self._origins, self._articles, strict=True):
            try:
                pack = pack_from_meta(bundle.path, bundle.meta)
            except BundleError:  # a shipped or named bundle with pack rows that are not a pack's
                pack = None
            entries.append(
                LibraryEntry(
                    bundle.path,
                    origin,
                    bundle.digest,
                    bundle.meta.get("built_at", ""),
                    bundle.schema_version,
                    tuple(article.id for article in articles),
                    pack,
                    bundle.meta.get(META_KEY_ID, "") if pack else "",
                )
            )
        return entries

    def articles(self) -> list[ArticleInfo]:
        """Every article the library shows, in reading order."""
        return [article for articles in self._articles for article in articles]

    def articles_of(self, bundle: Bundle) -> list[ArticleInfo]:
        """The articles the library shows from one of its bundles."""
        return self._articles[self.bundles.index(bundle)]

    def sections(self) -> list[tuple[Bundle, Section]]:
        """Every section the library shows, in reading order, each with its bundle."""
        found: list[tuple[Bundle, Section]] = []
        for bundle, articles in zip(self.bundles, self._articles, strict=True):
            ids = {article.id for article in articles}
            found += [(bundle, section) for section in bundle.sections() if section.article_id in ids]
        return found

    def headings(self) -> list[tuple[Bundle, ArticleInfo, list[Heading]]]:
        """Every article the library shows with its bundle and its sections' headings (no text),
        in reading order: what a window over the whole library reads at start."""
        found: list[tuple[Bundle, ArticleInfo, list[Heading]]] = []
        for bundle, articles in zip(self.bundles, self._articles, strict=True):
            by_article: dict[str, list[Heading]] = {}
            for heading in bundle.headings():
                by_article.setdefault(heading.article_id, []).append(heading)
            found += [(bundle, article, by_article.get(article.id, [])) for article in articles]
        return found

    def section_count(self) -> int:
        """How many sections the library shows."""
        return len(self.sections())

    def outline(self) -> list[OutlineNode]:
        """The sections the library shows as one forest, nested as in their articles."""
        return build_outline(section for _, section in self.sections())

    def parts(self) -> list[tuple[Bundle, ArticleInfo, list[Section]]]:
        """Every article the library shows with its bundle and sections, in reading order."""
        by_article: dict[tuple[int, str], list[Section]] = {}
        for bundle, section in self.sections():
            by_article.setdefault((id(bundle), section.article_id), []).append(section)
        return [
            (bundle, article, by_article.get((id(bundle), article.id), []))
            for bundle, articles in zip(self.bundles, self._articles, strict=True)
            for article in articles
        ]

    def find_section(self, section_id: str) -> Bundle:
        """The bundle that shows a section; raise SectionNotFoundError when none does, LibraryError
        when it names sections of several articles (give the ARTICLE/SECTION id)."""
        found: list[tuple[Bundle, str]] = []
        for bundle, articles in zip(self.bundles, self._articles, strict=True):
            try:
                section = bundle.section(section_id)
            except AmbiguousSectionError:
                raise  # its message names the candidates
            except SectionNotFoundError:
                continue
            if any(article.id == section.article_id for article in articles):
                found.append((bundle, section.article_id))
        if not found:
            raise SectionNotFoundError(section_id)
        if len(found) > 1:
            names = ", ".join(article_id for _, article_id in found)
            raise LibraryError(f"section id {section_id!r} is in several articles ({names}): see 'reader outline'")
        return found[0][0]

    def searcher(self) -> LibrarySearcher:
        """A searcher over every article the library shows, ranked as one list."""
        from reader.core.search import Searcher
        from reader.core.search.merge import LibrarySearcher, Shelf

        shelves = []
        for bundle, articles in zip(self.bundles, self._articles, strict=True):
            if articles:
                complete = len(articles) == len(bundle.articles())
                titles = {article.id: article.title for article in articles}
                shelves.append(Shelf(Searcher(bundle), titles, complete))
        return LibrarySearcher(shelves)
