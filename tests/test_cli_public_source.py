"""``reader info`` tells the public source (what handouts print) beside the editors' record."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import main

PUBLIC = "Web article; original publisher and author not recorded"


def test_info_json_has_the_public_source(shipped_bundle: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", "--json", "--bundle", str(shipped_bundle)]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["public_source"] == PUBLIC
    assert "ketamine-effects.txt" in info["source"]


def test_info_text_has_the_public_source(shipped_bundle: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", "--bundle", str(shipped_bundle)]) == 0
    assert f"public_source:  {PUBLIC}\n" in capsys.readouterr().out
