"""The bundle the reader opens when none is named: the frozen app's prebuilt one, or the shipped
sources built into the user's cache folder, once per distinct content."""

from __future__ import annotations

from pathlib import Path

from reader.core import locations
from reader.core.sources import sources_digest


def cached_bundle_path(source_dir: Path, stylesheet: Path, synonyms: Path) -> Path:
    """The cache file for a bundle built from these inputs (named by their hash)."""
    return locations.cache_dir() / f"content-{sources_digest(source_dir, stylesheet, synonyms)[:16]}.sqlite"


def default_bundle() -> Path:
    """Return the bundle to open when none is named, building it first if the cache has none.

    A frozen app ships a prebuilt bundle. Otherwise the shipped sources are built into the
    user's cache folder, once per distinct content, and rebuilt whenever they change.
    """
    shipped = locations.shipped_bundle()
    if shipped is not None:
        return shipped
    source, stylesheet, synonyms = locations.articles_dir(), locations.stylesheet_path(), locations.synonyms_path()
    path = cached_bundle_path(source, stylesheet, synonyms)
    if not path.is_file():
        from reader.core.builder import build_bundle  # markdown-it and YAML (110-150 ms) load only to build

        build_bundle(source, path, stylesheet, synonyms)
        for stale in path.parent.glob("content-*.sqlite"):
            if stale != path:
                stale.unlink(missing_ok=True)
    return path
