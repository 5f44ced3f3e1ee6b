"""Where the reader's files are: resources in a checkout, an installed wheel or a frozen app."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from reader import APP_NAME
from reader.core.sha import sha256
from reader.core.sources import list_sources, read_regular_bytes

BUNDLE_NAME = "content.sqlite"
_CORE = Path(__file__).resolve().parent
BUILD_CODE = ("builder.py", "front_matter.py", "safe_text.py", "bundle.py", "bundle_writer.py", "text.py")
"""The modules whose code shapes a bundle: a change to one of them rebuilds the cached bundle."""


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


def cache_dir() -> Path:
    """Return the user's cache folder for bundles built from sources."""
    return platformdirs.user_cache_path(APP_NAME, appauthor=False)


def sources_digest(source_dir: Path, stylesheet: Path, synonyms: Path) -> str:
    """Return a hash of everything a bundle is built from: sources, stylesheet, synonyms, builder code."""
    digest = sha256()
    code = [_CORE / name for name in BUILD_CODE]
    inputs = [*list_sources(source_dir)[0], stylesheet, synonyms, *code]
    for path in inputs:
        digest.update(os.fsencode(path.name) + b"\0")
        try:
            digest.update(read_regular_bytes(path))
        except OSError:
            digest.update(b"<missing>")
        digest.update(b"\0")
    return digest.hexdigest()


def cached_bundle_path(source_dir: Path, stylesheet: Path, synonyms: Path) -> Path:
    """The cache file for a bundle built from these inputs (named by their hash)."""
    return cache_dir() / f"content-{sources_digest(source_dir, stylesheet, synonyms)[:16]}.sqlite"


def default_bundle() -> Path:
    """Return the bundle to open when none is named.

    A frozen app ships a prebuilt bundle. Otherwise the shipped sources are built into the
    user's cache folder, once per distinct content, and rebuilt whenever they change.
    """
    shipped = shipped_bundle()
    if shipped is not None:
        return shipped
    source, stylesheet, synonyms = articles_dir(), stylesheet_path(), synonyms_path()
    path = cached_bundle_path(source, stylesheet, synonyms)
    if not path.is_file():
        from reader.core.builder import build_bundle

        build_bundle(source, path, stylesheet, synonyms)
        for stale in path.parent.glob("content-*.sqlite"):
            if stale != path:
                stale.unlink(missing_ok=True)
    return path
