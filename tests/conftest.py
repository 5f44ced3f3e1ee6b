"""Shared fixtures: an offscreen Qt platform, private user folders and a built shipped bundle."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests read the window's English words: a developer's own language (LANGUAGE=fr) must not
# start the windows that follow the system's in French. Tests of languages ask for theirs.
os.environ["LANGUAGE"] = "en"

from reader.core.builder import build_bundle  # noqa: E402
from reader.core.locations import articles_dir, stylesheet_path, synonyms_path  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
ORIGINAL_TEXT = REPO / "tests" / "data" / "ketamine-effects.txt"


@pytest.fixture(autouse=True)
def private_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the user's cache, config, data and library folders at a temporary place for every test."""
    home = tmp_path_factory.mktemp("home")
    for name in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    # The library folders too: a real /var/lib/reader/library or ~/.local/share/reader/library
    # must not leak into a test that reads the whole library.
    monkeypatch.setenv("READER_LIBRARY", str(home / "library"))
    monkeypatch.setenv("READER_SYSTEM_LIBRARY", "")
    # And the trusted publisher keys: the machine's own list must not decide a test's packs.
    monkeypatch.setenv("READER_TRUST", str(home / "trust"))
    monkeypatch.setenv("READER_SYSTEM_TRUST", "")
    return home


@pytest.fixture(scope="session")
def shipped_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped article built once for the whole session (tests must not change it)."""
    out = tmp_path_factory.mktemp("bundle") / "content.sqlite"
    build_bundle(articles_dir(), out, stylesheet_path(), synonyms_path())
    return out


@pytest.fixture
def bundle_copy(shipped_bundle: Path, tmp_path: Path) -> Path:
    """A private copy of the shipped bundle that a test may damage."""
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(shipped_bundle.read_bytes())
    return copy


SourceWriter = Callable[..., Path]

FRONT = """---
title: "{title}"
source: "Test source"
language: en
edition: "1"
---

"""


@pytest.fixture
def write_source(tmp_path: Path) -> SourceWriter:
    """Write a source file into a fresh folder: ``write_source(body, name=..., title=...)``."""
    folder = tmp_path / "articles"
    folder.mkdir()

    def write(body: str, name: str = "article.md", title: str = "Test Article", front: bool = True) -> Path:
        text = (FRONT.format(title=title) if front else "") + body
        (folder / name).write_text(text, encoding="utf-8")
        return folder

    return write
