"""An update of a content pack that waits beside the installed edition until it can replace it.

Adding a pack copies it into the library folder, verifies the copy, then renames it over
``ID.sqlite``. On Windows that rename fails (PermissionError) while any reader, this one included,
has the installed edition open: SQLite opens files without FILE_SHARE_DELETE. The verified copy
then stays as ``.ID.sqlite.pending`` (a dot name: never read as a bundle, never offered as a pack)
and the installed edition is read as before; the next start (``reader.core.library`` opening the
folder) verifies the copy again and finishes the rename. The library is never half changed: at
every moment it holds the old edition or the new one, whole.

What is added, replaced and removed goes to ``library.log`` in the user's log folder.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
from pathlib import Path

from reader.core.errors import BundleError
from reader.core.folders import BUNDLE_SUFFIX, Notice, bundles_in
from reader.core.folders import pending_files as pending_files
from reader.core.folders import pending_path as pending_path
from reader.core.locations import log_dir
from reader.core.packs.manifest import read_meta
from reader.core.safe_text import visible

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

LOG_NAME = "library.log"


def replace_installed(pending: Path, installed: Path) -> bool:
    """Rename the verified copy over the installed edition, then remove any other file of the same
    pack id; False (the copy waits) when the installed file is open (Windows). Raise OSError for
    any other failure."""
    try:
        os.replace(pending, installed)
    except PermissionError:
        return False
    pack_id = installed.name.removesuffix(BUNDLE_SUFFIX)
    for other in bundles_in(installed.parent)[0]:
        if other.name != installed.name and (read_meta(other) or {}).get("pack_id") == pack_id:
            with contextlib.suppress(OSError):
                other.unlink()
    return True


def finish_pending(folder: Path) -> list[Notice]:
    """Finish the updates that wait in a library folder (each verified again first); one that no
    longer verifies is dropped with a notice, one whose installed file is still open waits on."""
    found = pending_files(folder)
    if not found:
        return []
    from reader.core.packs.trust import trusted_keys  # PyNaCl: only when an update waits
    from reader.core.packs.verify import open_pack

    keys = trusted_keys()[0]  # a key file that cannot be read is said when the library opens
    notices: list[Notice] = []
    for pending, installed in found:
        try:
            bundle, check = open_pack(pending, keys)
            bundle.close()
            if check.pack is None or f"{check.pack.id}{BUNDLE_SUFFIX}" != installed.name:
                raise BundleError(pending, f"it is not an edition of {installed.name}")
        except BundleError as exc:
            with contextlib.suppress(OSError):
                pending.unlink()
            notices.append(
                Notice(pending, f"an update that waited was dropped ({exc.message}): {installed.name} stays")
            )
            record(f"dropped the update waiting in {pending}: {exc.message}")
            continue
        try:
            done = replace_installed(pending, installed)
        except OSError as exc:
            log.warning("library: cannot finish the update of %s yet: %s", installed, exc)
            continue
        if done:
            record(f"finished the update of pack {check.pack.id!r} to version {check.pack.version}: {installed}")
        else:
            log.info("library: %s is open in a reader: its update waits for the next start", installed)
    return notices


def record(line: str) -> None:
    """Write what changed in the library to the log and to ``library.log`` (best effort)."""
    log.info("library: %s", line)
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    with contextlib.suppress(OSError):
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        with (folder / LOG_NAME).open("a", encoding="utf-8") as stream:
            stream.write(visible(f"{stamp} {line}") + "\n")
