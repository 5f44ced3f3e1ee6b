"""Where the reader's files are: resources (in a checkout, an installed wheel or a frozen app) and
the user's folders for settings, cache, logs and the library."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from reader import APP_NAME

BUNDLE_NAME = "content.sqlite"
_CORE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """Return the folder of resources: the frozen app's, the installed package's or the checkout's."""
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = [Path(frozen) / "resources"] if frozen else []
    candidates += [_CORE.parent / "resources", _CORE.parent.parent / "resources"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def translations_dir() -> Path:
    """Return the folder of the interface's compiled translations (``reader_<lang>.qm``): the
    frozen app's ``reader/i18n``, else the package's own ``i18n`` folder (checkout and wheel)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen and (Path(frozen) / "reader" / "i18n").is_dir():
        return Path(frozen) / "reader" / "i18n"
    return _CORE.parent / "i18n"


def articles_dir() -> Path:
    """Return the folder of the shipped article sources."""
    return resources_dir() / "articles"


def stylesheet_path() -> Path:
    """Return the stylesheet that goes into every bundle."""
    return resources_dir() / "style" / "reader.css"


def synonyms_path(source_dir: Path | None = None) -> Path:
    """Return the synonyms file: the source folder's own ``synonyms.txt``, else the shipped one."""
    if source_dir is not None and (source_dir / "synonyms.txt").is_file():
        return source_dir / "synonyms.txt"
    return resources_dir() / "synonyms.txt"


def shipped_bundle() -> Path | None:
    """Return the prebuilt bundle a frozen app ships, or None where there is none."""
    path = resources_dir() / "bundle" / BUNDLE_NAME
    return path if path.is_file() else None


# The user's folders, from one library on every system: on Linux the XDG folders
# (~/.config/reader, ~/.cache/reader, ~/.local/state/reader/log), on Windows under %LOCALAPPDATA%.


def config_dir() -> Path:
    """Return the user's folder for the reader's settings and reading state."""
    return platformdirs.user_config_path(APP_NAME, appauthor=False)


def cache_dir() -> Path:
    """Return the user's cache folder for bundles built from sources."""
    return platformdirs.user_cache_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    """Return the user's folder for the reader's log files."""
    return platformdirs.user_log_path(APP_NAME, appauthor=False)


# The library: every bundle the reader can see, beside the shipped content. Paths only; which
# bundles are in them, and which of them open, is reader.core.library's.

USER_LIBRARY_ENV = "READER_LIBRARY"
"""Names the user's library folder instead of the usual one (tests, a portable copy)."""
SYSTEM_LIBRARY_ENV = "READER_SYSTEM_LIBRARY"
"""Names the machine-wide library folder instead of the usual one (tests; '' for none)."""


def user_library_dir() -> Path:
    """Return the user's library folder: ``~/.local/share/reader/library`` on Linux,
    ``%LOCALAPPDATA%\\reader\\library`` on Windows (``$READER_LIBRARY`` when set)."""
    named = os.environ.get(USER_LIBRARY_ENV)
    if named:
        return Path(named)
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "library"


def system_library_dir() -> Path | None:
    """Return the machine-wide library folder for shared PCs: ``/var/lib/reader/library`` on Linux,
    ``%ProgramData%\\reader\\library`` on Windows (``$READER_SYSTEM_LIBRARY`` when set; None when
    that is empty)."""
    named = os.environ.get(SYSTEM_LIBRARY_ENV)
    if named is not None:
        return Path(named) if named else None
    if sys.platform == "win32" or sys.platform == "darwin":
        return platformdirs.site_data_path(APP_NAME, appauthor=False) / "library"
    return Path("/var/lib") / APP_NAME / "library"
