"""The default bundle: built into the cache from the shipped sources, rebuilt when they change."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reader.core import cache, locations
from reader.core.bundle import Bundle


@pytest.fixture
def resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of the shipped resources, found as if it were the real one."""
    copy = tmp_path / "resources"
    shutil.copytree(locations.resources_dir() / "articles", copy / "articles")
    shutil.copytree(locations.resources_dir() / "style", copy / "style")
    shutil.copy(locations.resources_dir() / "synonyms.txt", copy / "synonyms.txt")
    monkeypatch.setattr(locations, "resources_dir", lambda: copy)
    return copy


def test_default_bundle_is_built_once_and_reused(resources: Path) -> None:
    first = cache.default_bundle()
    assert first.parent == locations.cache_dir()
    stamp = first.stat().st_mtime_ns
    assert cache.default_bundle() == first
    assert first.stat().st_mtime_ns == stamp


def test_default_bundle_is_rebuilt_when_a_source_changes(resources: Path) -> None:
    first = cache.default_bundle()
    source = resources / "articles" / "ketamine-effects.md"
    source.write_text(
        source.read_text(encoding="utf-8").replace("Key Safety Tips", "Key Safety Advice"), encoding="utf-8"
    )
    second = cache.default_bundle()
    assert second != first
    assert not first.exists()
    with Bundle.open(second) as bundle:
        assert bundle.section("key-safety-advice").title == "Key Safety Advice"


def test_shipped_bundle_wins(resources: Path, shipped_bundle: Path) -> None:
    (resources / "bundle").mkdir()
    shutil.copy(shipped_bundle, resources / "bundle" / locations.BUNDLE_NAME)
    assert cache.default_bundle() == resources / "bundle" / locations.BUNDLE_NAME
    assert not locations.cache_dir().exists()
