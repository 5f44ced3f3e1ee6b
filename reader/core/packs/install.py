"""Adding, listing and removing content packs in a library folder (``reader library``, File › Add content).

A pack is added only when it is a bundle, undamaged, signed by a trusted key, not claimed by another
key, and newer than the copy installed (``allow_downgrade`` for an older or equal one). Anything
else is refused with one line naming the file and the reason, and the library is left as it was.
The file is copied to a temporary name in the library folder, the copy verified, then renamed over
``ID.sqlite``: a copy cut short (a USB stick pulled out) leaves the library exactly as before, and
the installed edition stays until the new one is verified. Where the installed edition cannot be
replaced because a reader has it open (Windows), the verified copy waits beside it and the next
start finishes the rename (reader.core.packs.pending). The content shipped with the reader, when it
is a pack, counts as installed: a pack of its id must be newer, and signed by the same key when it
is signed. What is added, replaced and removed goes to ``library.log`` in the user's log folder.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

from reader.core.atomic import atomic_path
from reader.core.bundle import Bundle
from reader.core.errors import BundleError, ReaderError
from reader.core.library import BUNDLE_SUFFIX, SHIPPED, bundles_in, library_folders
from reader.core.locations import articles_dir, system_library_dir, user_library_dir
from reader.core.packs.keys import PublicKey
from reader.core.packs.manifest import META_KEY_ID, PackInfo, pack_from_meta, read_meta
from reader.core.packs.pending import pending_files, pending_path, record, replace_installed
from reader.core.packs.verify import BAD_SIGNATURE, VERIFIED, SignatureCheck, check_signature, open_pack
from reader.core.safe_text import visible

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

SQLITE_MAGIC = b"SQLite format 3\x00"
CHUNK_BYTES = 1024 * 1024
ADMIN_RIGHTS = "the machine-wide library needs administrator rights: run it as root (sudo) or as an administrator"

# A pack's status beside the library, as the Add content dialog lists it.
NEW, UPDATE, INSTALLED, OLDER, OTHER_KEY = "new", "update", "installed", "older", "other-key"
UNTRUSTED, UNSIGNED, DAMAGED, NOT_A_BUNDLE = "untrusted", "unsigned", "damaged", "not-a-bundle"
ADDABLE = (NEW, UPDATE)
FORCEABLE = (INSTALLED, OLDER)
"""Statuses ``allow_downgrade`` adds anyway."""

Progress = Callable[[int, int], None]
"""Told the bytes copied and the file's size as a copy goes; raising stops the copy."""
Copier = Callable[[Path, Path, Progress | None], None]


class PackRefused(ReaderError):
    """A pack is not added (or not removed); one line naming the file and the reason."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(visible(f"{path}: {reason}"))


class InstalledPack(NamedTuple):
    """A bundle in a library folder: its pack (None when not one), signing key id, origin
    (``user``/``machine``), why it does not verify ('' when it does) and its article ids."""

    path: Path
    origin: str
    pack: PackInfo | None
    key_id: str
    problem: str
    articles: tuple[str, ...]

    @property
    def verified(self) -> bool:
        """Whether the pack verifies (signed by a trusted key, unchanged since)."""
        return not self.problem

    def to_json(self) -> dict[str, object]:
        """The pack as ``reader library list --json`` prints it."""
        pack = self.pack
        return {
            "id": pack.id if pack else None,
            "title": pack.title if pack else None,
            "publisher": pack.publisher if pack else None,
            "version": pack.version if pack else None,
            "verified": self.verified,
            "path": str(self.path),
            "articles": list(self.articles),
            "key_id": self.key_id or None,
            "origin": self.origin,
            "problem": self.problem or None,
        }


class Candidate(NamedTuple):
    """A pack file offered to the library: its status (``NEW``, ``UPDATE``, ... above), the reason
    it cannot be added ('' when it can), and what it and the library hold."""

    path: Path
    status: str
    reason: str
    pack: PackInfo | None = None
    key_id: str = ""
    size: int = 0
    digest: str = ""
    installed_version: int | None = None
    waiting: bool = False
    """Added, but waiting beside the installed edition, which a reader has open, for the next start."""

    @property
    def addable(self) -> bool:
        """Whether the pack is added without ``allow_downgrade``."""
        return self.status in ADDABLE

    def label(self) -> str:
        """The status in a few words: 'new', 'update from v1 to v2', 'already installed', ..."""
        version = self.pack.version if self.pack else 0
        return {
            NEW: "new",
            UPDATE: f"update from v{self.installed_version} to v{version}",
            INSTALLED: "already installed",
            OLDER: f"older than the installed v{self.installed_version}",
            OTHER_KEY: "same pack id, another publisher key",
            UNTRUSTED: "untrusted publisher",
            UNSIGNED: "not signed",
            DAMAGED: "damaged",
            NOT_A_BUNDLE: "not a content pack",
        }[self.status]


def target_folder(system: bool) -> Path:
    """The user's library folder, or the machine-wide one; PackRefused when there is none."""
    if not system:
        return user_library_dir()
    folder = system_library_dir()
    if folder is None:
        raise PackRefused(Path("READER_SYSTEM_LIBRARY"), "empty: there is no machine-wide library folder")
    return folder


def _pack_id_of(path: Path) -> str | None:
    meta = read_meta(path)
    return None if meta is None else meta.get("pack_id")


def installed_packs(keys: Mapping[str, PublicKey], pack_id: str | None = None) -> list[InstalledPack]:
    """Every bundle of the user's and the machine-wide library folders, and every update waiting
    there for the next start (only those whose meta names ``pack_id``, when given), each verified
    as a start verifies it."""
    found: list[InstalledPack] = []
    for origin, folder in library_folders():
        waiting = [pending for pending, _ in pending_files(folder)]
        for path in [*bundles_in(folder)[0], *waiting]:
            if pack_id is None or _pack_id_of(path) == pack_id:
                found.append(_installed(path, origin, keys))
    return found


def known_packs(keys: Mapping[str, PublicKey], pack_id: str | None = None) -> list[InstalledPack]:
    """The installed packs (``installed_packs``) and the content shipped with the reader, when it
    is a pack: what a pack offered is placed beside."""
    shipped = shipped_pack()
    same = shipped is not None and shipped.pack is not None and pack_id in (None, shipped.pack.id)
    return installed_packs(keys, pack_id) + ([shipped] if shipped is not None and same else [])


def shipped_pack() -> InstalledPack | None:
    """The content shipped with the reader as a pack (trusted by where it is, whichever key signed
    it): the frozen app's bundle's pack rows, else the shipped sources' ``pack.yaml`` (built into
    the cache unsealed); None when it is not a pack."""
    from reader.core.locations import shipped_bundle

    path = shipped_bundle()
    try:
        if path is not None:
            meta = read_meta(path) or {}
            pack = pack_from_meta(path, meta)
        else:
            from reader.core.packs.pack_file import PACK_FILE, read_pack_file  # YAML: only in a source install

            path, meta = articles_dir() / PACK_FILE, {}
            pack = read_pack_file(articles_dir())
    except ReaderError:
        return None
    return None if pack is None else InstalledPack(path, SHIPPED, pack, meta.get(META_KEY_ID, ""), "", ())


def _installed(path: Path, origin: str, keys: Mapping[str, PublicKey]) -> InstalledPack:
    meta = read_meta(path) or {}
    try:
        pack = pack_from_meta(path, meta)
    except BundleError:
        pack = None
    key_id = meta.get(META_KEY_ID, "")
    try:
        bundle, _ = open_pack(path, keys)
    except BundleError as exc:
        return InstalledPack(path, origin, pack, key_id, exc.message, ())
    with bundle:
        return InstalledPack(path, origin, pack, key_id, "", tuple(a.id for a in bundle.articles()))


def _unreadable(path: Path, exc: BundleError) -> Candidate:
    """A file that does not open as a bundle: not one at all, or a damaged one."""
    try:
        with path.open("rb") as stream:
            head = stream.read(len(SQLITE_MAGIC))
    except OSError as error:
        return Candidate(path, NOT_A_BUNDLE, f"cannot be read: {error.strerror or error}")
    if head != SQLITE_MAGIC or (read_meta(path) is None and "no such table" in exc.message):
        return Candidate(path, NOT_A_BUNDLE, "not a reader content pack (not a bundle file)")
    return Candidate(path, DAMAGED, f"damaged or cut short: {exc.message}")


def read_candidate(path: Path, keys: Mapping[str, PublicKey]) -> Candidate:
    """What a pack file is by itself: ``NEW`` when it is a verified pack, else why not."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            return Candidate(path, NOT_A_BUNDLE, "not a regular file")
    except OSError as exc:
        return Candidate(path, NOT_A_BUNDLE, f"cannot be read: {exc.strerror or exc}")
    try:
        bundle = Bundle.open(path, verify=False)
    except BundleError as exc:
        return _unreadable(path, exc)
    with bundle:
        try:
            bundle.verify_digest()
        except BundleError:
            return Candidate(path, DAMAGED, "damaged or changed: its content does not match its digest", size=size)
        try:
            check = check_signature(path, bundle.meta, bundle.digest, keys)
            bundle.check_contents()
        except BundleError as exc:
            return Candidate(path, DAMAGED, exc.message, size=size)
    return _from_check(path, check, size, bundle.digest)


def _from_check(path: Path, check: SignatureCheck, size: int, digest: str) -> Candidate:
    status = {VERIFIED: NEW, BAD_SIGNATURE: DAMAGED}.get(check.outcome)
    if status is None:
        status = UNTRUSTED if check.key_id else UNSIGNED
    reason = check.reason()
    if status == UNTRUSTED:
        reason += "; to trust its publisher, an administrator runs 'reader trust add --system PUBLISHER.pub'"
    return Candidate(path, status, reason, check.pack, check.key_id, size, digest)


def place_candidate(candidate: Candidate, installed: Sequence[InstalledPack]) -> Candidate:
    """A verified candidate's status beside the library's verified packs of the same id."""
    pack = candidate.pack
    if candidate.status != NEW or pack is None:
        return candidate
    same = [entry for entry in installed if entry.verified and entry.pack and entry.pack.id == pack.id]
    if not same:
        return candidate
    other = next((entry for entry in same if entry.key_id and entry.key_id != candidate.key_id), None)
    if other is not None and other.origin == SHIPPED:
        reason = (
            f"pack {pack.id!r} is the content shipped with the reader, signed by key {other.key_id}; this one"
            f" is signed by key {candidate.key_id}: only its publisher's key can update it"
        )
        return candidate._replace(status=OTHER_KEY, reason=reason)
    if other is not None:
        reason = (
            f"pack {pack.id!r} is installed signed by key {other.key_id} ({other.path}), this one by key"
            f" {candidate.key_id}: remove the installed pack first if its publisher changed keys"
        )
        return candidate._replace(status=OTHER_KEY, reason=reason)
    newest_entry = max(
        (entry for entry in same if entry.pack), key=lambda entry: entry.pack.version if entry.pack else 0
    )
    newest = newest_entry.pack.version if newest_entry.pack else 0
    where = " (the content shipped with the reader)" if newest_entry.origin == SHIPPED else ""
    if pack.version > newest:
        return candidate._replace(status=UPDATE, installed_version=newest)
    if pack.version == newest:
        reason = (
            f"pack {pack.id!r} version {pack.version} is already installed{where} (--allow-downgrade adds it again)"
        )
        return candidate._replace(status=INSTALLED, reason=reason, installed_version=newest)
    reason = (
        f"pack {pack.id!r} version {pack.version} is older than the installed version {newest}{where}"
        " (--allow-downgrade)"
    )
    return candidate._replace(status=OLDER, reason=reason, installed_version=newest)


def inspect_pack(path: Path, keys: Mapping[str, PublicKey], installed: Sequence[InstalledPack]) -> Candidate:
    """A pack file's status beside the library (``installed``: see ``installed_packs``)."""
    return place_candidate(read_candidate(path, keys), installed)


def copy_file(source: Path, target: Path, progress: Progress | None = None) -> None:
    """Copy ``source`` over ``target`` in 1 MiB pieces, telling ``progress``; flushed to the disk."""
    total = source.stat().st_size
    done = 0
    with source.open("rb") as reader, target.open("wb") as writer:
        while chunk := reader.read(CHUNK_BYTES):
            writer.write(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
        writer.flush()
        os.fsync(writer.fileno())


def add_pack(
    path: Path,
    keys: Mapping[str, PublicKey],
    system: bool = False,
    allow_downgrade: bool = False,
    copy: Copier = copy_file,
    progress: Progress | None = None,
) -> Candidate:
    """Add a pack file to the user's (or machine-wide) library folder; return what was added.
    Raise PackRefused, leaving the library as it was, for each reason the module names."""
    folder = target_folder(system)
    candidate = read_candidate(path, keys)
    if candidate.pack is not None and candidate.status == NEW:
        candidate = place_candidate(candidate, known_packs(keys, candidate.pack.id))
    pack = candidate.pack
    if pack is None or not (candidate.addable or (allow_downgrade and candidate.status in FORCEABLE)):
        raise PackRefused(path, candidate.reason)
    out = folder / f"{pack.id}{BUNDLE_SUFFIX}"
    if (out.exists() or out.is_symlink()) and _pack_id_of(out) != pack.id:
        raise PackRefused(path, f"{out} is already there and is not pack {pack.id!r}: move it away first")
    waiting = pending_path(out)
    try:
        with atomic_path(waiting) as tmp:  # the verified copy, whole, under a name no start reads
            copy(path, tmp, progress)
            _check_copy(path, tmp, candidate, keys)
    except OSError as exc:
        reason = ADMIN_RIGHTS if system and isinstance(exc, PermissionError) else ""
        reason = reason or f"copy cut short ({exc.strerror or exc}): the library is as it was"
        raise PackRefused(path, reason) from exc
    try:
        replaced = replace_installed(waiting, out)
    except OSError as exc:
        waiting.unlink(missing_ok=True)
        raise PackRefused(path, f"cannot replace {out} ({exc.strerror or exc}): the library is as it was") from exc
    forced = " (--allow-downgrade)" if candidate.status in FORCEABLE else ""
    where = f"into {out}" if replaced else f"to {waiting}, to replace {out} at the next start (it is open)"
    record(f"added pack {pack.id!r} version {pack.version}{forced} from {path} {where}, key {candidate.key_id}")
    return candidate._replace(waiting=not replaced)


def _check_copy(source: Path, copy: Path, candidate: Candidate, keys: Mapping[str, PublicKey]) -> None:
    """Verify the copy in the library folder is the pack that was checked; PackRefused if not."""
    try:
        bundle, check = open_pack(copy, keys)
    except BundleError as exc:
        raise PackRefused(source, f"the copy does not verify ({exc.message}): the library is as it was") from exc
    with bundle:
        if (check.pack, check.key_id, bundle.digest) != (candidate.pack, candidate.key_id, candidate.digest):
            raise PackRefused(source, "the file changed while it was copied: the library is as it was")


def remove_pack(pack_id: str, system: bool = False) -> list[Path]:
    """Remove a pack (every file of that pack id) from the user's (or machine-wide) library folder;
    return the files removed. Raise PackRefused when there is none or it cannot be removed."""
    folder = target_folder(system)
    waiting = [pending for pending, _ in pending_files(folder)]  # an update not finished goes too
    doomed = [path for path in [*bundles_in(folder)[0], *waiting] if _pack_id_of(path) == pack_id]
    named = folder / f"{pack_id}{BUNDLE_SUFFIX}"
    if not doomed and "/" not in pack_id and "\\" not in pack_id and named.is_file():
        doomed = [named]  # a damaged file whose rows cannot be read any more
    if not doomed:
        where = "machine-wide" if system else "user's"
        raise PackRefused(folder, f"no pack {pack_id!r} in the {where} library (see 'reader library list')")
    doomed.sort(key=lambda path: not path.name.startswith("."))  # a waiting update first: it must not outlive the pack
    try:
        for path in doomed:
            path.unlink()
    except OSError as exc:
        reason = ADMIN_RIGHTS if system and isinstance(exc, PermissionError) else ""
        open_here = "; it may be open in the reader: close the reader, then remove it again" if not reason else ""
        raise PackRefused(path, reason or f"cannot remove: {exc.strerror or exc}{open_here}") from exc
    for path in doomed:
        record(f"removed pack {pack_id!r}: {path}")
    return doomed
