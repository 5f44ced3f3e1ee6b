"""Where the reader's resources are: found from a checkout."""

from __future__ import annotations

from reader.core import locations


def test_resources_found_from_the_checkout() -> None:
    assert (locations.articles_dir() / "ketamine-effects.md").is_file()
    assert locations.stylesheet_path().is_file()
