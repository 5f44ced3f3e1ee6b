"""The publisher keys a computer trusts: the user's list and the machine-wide list.

Each list is a folder of ``.pub`` files, one key a file (``KEYID.pub`` when ``reader trust add``
wrote it; an administrator may also drop a publisher's ``.pub`` there by hand). A key in either
list is trusted. The user's list is in the user's configuration folder
(``~/.config/reader/trusted-keys`` on Linux); the machine-wide one is
``/etc/reader/trusted-keys`` on Linux, ``%ProgramData%\\reader\\trusted-keys`` on Windows, and
only an administrator can change it. ``READER_TRUST`` and ``READER_SYSTEM_TRUST`` name other
folders (tests; an empty ``READER_SYSTEM_TRUST``: no machine-wide list).
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import NamedTuple

import platformdirs

from reader import APP_NAME
from reader.core.atomic import atomic_path
from reader.core.errors import ReaderError
from reader.core.locations import config_dir
from reader.core.packs.keys import KEY_ID_DIGITS, PUBLIC_SUFFIX, KeyFileError, PublicKey, read_public_key
from reader.core.safe_text import visible

TRUST_ENV = "READER_TRUST"
SYSTEM_TRUST_ENV = "READER_SYSTEM_TRUST"
USER, MACHINE = "user", "machine"
MAX_KEYS = 1000
"""The most key files read from one list (a folder of a million files cannot stall a start)."""
_KEY_ID = re.compile(f"[0-9a-f]{{{KEY_ID_DIGITS}}}")
Problem = tuple[Path, str]
"""A file or folder of a list that cannot be read, and why."""
ADMIN_RIGHTS = "the machine-wide list needs administrator rights: run it as root (sudo) or as an administrator"


class TrustError(ReaderError):
    """A trust list cannot be changed as asked (one line, naming the folder or key)."""


class TrustedKey(NamedTuple):
    """A trusted publisher key, the list it is in (``user`` or ``machine``) and its file."""

    key: PublicKey
    scope: str
    path: Path

    @property
    def key_id(self) -> str:
        """The key's short id."""
        return self.key.key_id

    def to_json(self) -> dict[str, str]:
        """The key as ``reader trust list --json`` prints it."""
        return {"key_id": self.key_id, "scope": self.scope, "path": str(self.path), "public_key": self.key.line()}


def user_trust_dir() -> Path:
    """The user's list: ``~/.config/reader/trusted-keys`` on Linux (``$READER_TRUST`` when set)."""
    named = os.environ.get(TRUST_ENV)
    return Path(named) if named else config_dir() / "trusted-keys"


def system_trust_dir() -> Path | None:
    """The machine-wide list (``$READER_SYSTEM_TRUST`` when set; None when that is empty)."""
    named = os.environ.get(SYSTEM_TRUST_ENV)
    if named is not None:
        return Path(named) if named else None
    if sys.platform in ("win32", "darwin"):
        return platformdirs.site_config_path(APP_NAME, appauthor=False) / "trusted-keys"
    return Path("/etc") / APP_NAME / "trusted-keys"


def trust_dir(system: bool) -> Path:
    """The folder of the user's list, or of the machine-wide one; TrustError when there is none."""
    if not system:
        return user_trust_dir()
    folder = system_trust_dir()
    if folder is None:
        raise TrustError(f"no machine-wide list of trusted keys (${SYSTEM_TRUST_ENV} is empty)")
    return folder


def _scopes() -> list[tuple[str, Path]]:
    folders = [(USER, user_trust_dir())]
    system = system_trust_dir()
    if system is not None:
        folders.append((MACHINE, system))
    return folders


def _keys_in(scope: str, folder: Path) -> tuple[list[TrustedKey], list[Problem]]:
    """The keys of one list, and each file or folder that cannot be read, with why."""
    keys: list[TrustedKey] = []
    problems: list[Problem] = []
    try:
        names = sorted(entry.name for _, entry in zip(range(MAX_KEYS), os.scandir(folder), strict=False))
    except FileNotFoundError:
        return [], []
    except OSError as exc:
        return [], [(folder, f"cannot read the list of trusted keys: {exc.strerror or exc}")]
    for name in names:
        if name.endswith(PUBLIC_SUFFIX) and not name.startswith("."):
            try:
                keys.append(TrustedKey(read_public_key(folder / name), scope, folder / name))
            except KeyFileError as exc:
                problems.append((exc.path, f"{exc.message}: not trusted"))
    return keys, problems


def trusted_keys() -> tuple[dict[str, PublicKey], list[Problem]]:
    """Every trusted key by key id, and each key file that cannot be read, with why."""
    found, problems = list_trusted()
    return {entry.key_id: entry.key for entry in found}, problems


def list_trusted() -> tuple[list[TrustedKey], list[Problem]]:
    """The keys of the user's list, then the machine-wide one's, and the files left out, with why."""
    found: list[TrustedKey] = []
    problems: list[Problem] = []
    for scope, folder in _scopes():
        keys, lines = _keys_in(scope, folder)
        found += keys
        problems += lines
    return found, problems


def _write_denied(folder: Path, system: bool, exc: OSError) -> TrustError:
    reason = ADMIN_RIGHTS if system and isinstance(exc, PermissionError) else str(exc.strerror or exc)
    return TrustError(visible(f"{folder}: cannot change the list of trusted keys: {reason}"))


def add_trusted(public_file: Path, system: bool = False) -> tuple[TrustedKey, bool]:
    """Trust the key of a ``.pub`` file in the user's (or machine-wide) list; return it and whether
    it was new there. Raise KeyFileError for a file that is not a public key, TrustError when the
    list cannot be written."""
    key = read_public_key(public_file)
    folder = trust_dir(system)
    scope = MACHINE if system else USER
    keys, _ = _keys_in(scope, folder)
    for entry in keys:
        if entry.key_id == key.key_id:
            return entry, False
    out = folder / f"{key.key_id}{PUBLIC_SUFFIX}"
    try:
        with atomic_path(out) as tmp:
            tmp.write_text(key.line() + "\n", encoding="ascii")
    except OSError as exc:
        raise _write_denied(folder, system, exc) from exc
    return TrustedKey(key, scope, out), True


def remove_trusted(key_id: str, system: bool = False) -> list[Path]:
    """Stop trusting a key (by id) in the user's (or machine-wide) list; return the files removed.
    Raise TrustError when the key is not in that list or the list cannot be changed."""
    wanted = key_id.strip().lower()
    if _KEY_ID.fullmatch(wanted) is None:
        raise TrustError(visible(f"{key_id!r} is not a key id ({KEY_ID_DIGITS} hex digits; see 'reader trust list')"))
    folder = trust_dir(system)
    scope = MACHINE if system else USER
    keys, _ = _keys_in(scope, folder)
    doomed = [entry.path for entry in keys if entry.key_id == wanted]
    if not doomed:
        other = user_trust_dir() if system else system_trust_dir()
        there = other is not None and any(e.key_id == wanted for e in _keys_in(scope, other)[0])
        hint = (
            " (it is in your own list: leave out --system)"
            if system
            else " (it is in the machine-wide list: add --system)"
        )
        raise TrustError(f"key {wanted} is not in the {scope} list of trusted keys{hint if there else ''}")
    try:
        for path in doomed:
            path.unlink()
    except OSError as exc:
        raise _write_denied(folder, system, exc) from exc
    return doomed
