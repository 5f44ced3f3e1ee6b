"""Where the reader's files are: resources (in a checkout, an installed wheel or a frozen app) and
the user's folders for settings, cache and logs."""

from __future__ import annotations

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
