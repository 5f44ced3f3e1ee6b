"""Where the reader's resources are (found from a checkout), and its library folders."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from reader.core import locations


def test_resources_found_from_the_checkout() -> None:
    assert (locations.articles_dir() / "ketamine-effects.md").is_file()
    assert locations.stylesheet_path().is_file()


def test_the_user_s_library_is_in_the_user_s_data_folder(
    private_user_folders: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(locations.USER_LIBRARY_ENV, raising=False)
    if sys.platform.startswith("linux"):
        assert locations.user_library_dir() == private_user_folders / "xdg_data_home" / "reader" / "library"
    monkeypatch.setenv(locations.USER_LIBRARY_ENV, "/somewhere/else")
    assert locations.user_library_dir() == Path("/somewhere/else")


def test_the_machine_wide_library_can_be_moved_or_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(locations.SYSTEM_LIBRARY_ENV, raising=False)
    if sys.platform.startswith("linux"):
        assert locations.system_library_dir() == Path("/var/lib/reader/library")
    monkeypatch.setenv(locations.SYSTEM_LIBRARY_ENV, "/srv/clinic")
    assert locations.system_library_dir() == Path("/srv/clinic")
    monkeypatch.setenv(locations.SYSTEM_LIBRARY_ENV, "")
    assert locations.system_library_dir() is None


def test_translations_are_in_the_package_or_the_frozen_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert (locations.translations_dir() / "reader_fr.ts").is_file()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert locations.translations_dir().parent.name == "reader"  # a frozen app without them: the package's
    (tmp_path / "reader" / "i18n").mkdir(parents=True)
    assert locations.translations_dir() == tmp_path / "reader" / "i18n"
