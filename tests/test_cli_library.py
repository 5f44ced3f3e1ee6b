"""The command line reads the whole library unless bundles are named (``--bundle``, repeatable)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main
from tests.core.packs_support import SNAKE, trust
from tests.core.test_library import MALARIA, PUBLISHER, make_bundle


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def user_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's library folder holding the snake-bite bundle; no machine-wide folder."""
    folder = tmp_path / "library"
    monkeypatch.setenv("READER_LIBRARY", str(folder))
    monkeypatch.setenv("READER_SYSTEM_LIBRARY", str(tmp_path / "no-machine-library"))
    monkeypatch.setenv("READER_SYSTEM_TRUST", "")
    trust(PUBLISHER, tmp_path / "publisher-keys")
    make_bundle(folder / "snake.sqlite", *SNAKE)
    return folder


def test_a_bundle_dropped_into_the_user_folder_appears_without_bundle(
    user_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["outline", "--json"], capsys)
    assert (code, err) == (0, "")
    assert [node["title"] for node in json.loads(out)][-1] == "Snake Bite"
    code, out, _ = run(["search", "--json", "zorblax"], capsys)
    (hit,) = json.loads(out)["hits"]
    assert (hit["title"], hit["article"], hit["article_id"]) == ("Zorblax venom signs", "Snake Bite", "snake-bite")


def test_search_across_two_bundles_names_each_hit_s_article(
    user_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_bundle(user_folder / "malaria.sqlite", *MALARIA)
    code, out, _ = run(["search", "--json", "zorblax"], capsys)
    assert code == 0
    hits = json.loads(out)["hits"]
    assert {(h["article"], h["article_id"]) for h in hits} == {("Snake Bite", "snake-bite"), ("Malaria", "malaria")}
    assert {"id", "title", "path", "snippet", "score", "article", "article_id"} == set(hits[0])
    code, out, _ = run(["search", "zorblax"], capsys)
    assert "    in: Snake Bite" in out.splitlines()
    assert "    in: Malaria" in out.splitlines()


def test_bundle_is_repeatable_and_limits_the_command(
    user_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    malaria = make_bundle(tmp_path / "elsewhere" / "malaria.sqlite", *MALARIA)
    snake = user_folder / "snake.sqlite"
    code, out, _ = run(["outline", "--json", "--bundle", str(malaria)], capsys)
    assert [node["title"] for node in json.loads(out)] == ["Malaria"]
    code, out, _ = run(["--bundle", str(snake), "outline", "--json", "--bundle", str(malaria)], capsys)
    assert [node["title"] for node in json.loads(out)] == ["Snake Bite", "Malaria"]
    code, out, _ = run(["search", "--json", "--bundle", str(malaria), "--bundle", str(snake), "zorblax"], capsys)
    assert {h["article"] for h in json.loads(out)["hits"]} == {"Snake Bite", "Malaria"}
    code, _, err = run(["outline", "--bundle", str(malaria), "--bundle", str(tmp_path / "missing.sqlite")], capsys)
    assert code == 2
    assert err == f"reader: error: {tmp_path / 'missing.sqlite'}: bundle not found\n"


def test_a_broken_bundle_in_the_library_is_a_notice_and_the_rest_works(
    user_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = user_folder / "broken.sqlite"
    broken.write_bytes((user_folder / "snake.sqlite").read_bytes()[:5000])
    code, out, err = run(["search", "--json", "zorblax"], capsys)
    assert code == 0
    # One notice line (a log handler another test left on the root logger may add its own line).
    notices = [line for line in err.splitlines() if line.startswith("reader: notice: ")]
    assert len(notices) == 1
    assert notices[0].startswith(f"reader: notice: {broken}: left out: ")
    assert [h["article"] for h in json.loads(out)["hits"]] == ["Snake Bite"]
    code, out, err = run(["check"], capsys)
    assert code == 1
    assert err.startswith(f"reader: check failed: {broken}: ")
    assert err.count("\n") == 1
    lines = out.splitlines()
    assert any(line.startswith(f"{user_folder / 'snake.sqlite'}: ok, schema ") for line in lines)
    assert lines[-1] == "library: 3 bundles, 1 failed"


def test_check_names_every_bundle_of_the_library(user_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_bundle(user_folder / "malaria.sqlite", *MALARIA)
    code, out, err = run(["check"], capsys)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 4
    assert [line.split(": ok,")[0] for line in lines[1:3]] == [
        str(user_folder / "malaria.sqlite"),
        str(user_folder / "snake.sqlite"),
    ]
    assert lines[-1] == "library: 3 bundles, all ok"


def test_the_machine_wide_folder_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    machine = tmp_path / "machine"
    monkeypatch.setenv("READER_LIBRARY", str(tmp_path / "no-user-library"))
    monkeypatch.setenv("READER_SYSTEM_LIBRARY", str(machine))
    monkeypatch.setenv("READER_SYSTEM_TRUST", str(tmp_path / "machine-trust"))
    trust(PUBLISHER, tmp_path / "publisher-keys", system=True)  # trusted by the machine, not by the user
    make_bundle(machine / "malaria.sqlite", *MALARIA)
    code, out, _ = run(["info", "--json"], capsys)
    info = json.loads(out)
    assert code == 0
    assert info["articles"] == 2
    assert [(entry["origin"], entry["articles"]) for entry in info["library"]][1] == ("machine", ["malaria"])


def test_export_a_section_of_any_bundle_of_the_library(user_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["outline", "--json"], capsys)
    section_id = json.loads(out)[-1]["children"][0]["id"]
    code, out, _ = run(["export", "--format", "txt", "--out", "-", "--section", section_id], capsys)
    assert code == 0
    assert out.startswith("Snake Bite\n")
    assert "Swelling and zorblax marks" in out
    code, _, err = run(["export", "--format", "pdf", "--out", "all.pdf"], capsys)
    assert code == 2
    assert "a PDF is of one" in err


def test_a_notice_is_said_once_on_standard_error(user_folder: Path) -> None:
    (user_folder / "broken.sqlite").write_bytes(b"not a bundle")
    argv = [sys.executable, "-m", "reader", "search", "zorblax"]
    done = subprocess.run(argv, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0
    reason = "left out: not a readable reader bundle (file is not a database)"
    assert done.stderr.splitlines() == [f"reader: notice: {user_folder / 'broken.sqlite'}: {reason}"]


def test_the_window_is_given_every_bundle_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.gui import app

    given: list[object] = []

    def run_window(bundles: object, section: object, search: object, lang: object) -> int:
        given.append((bundles, section, search, lang))
        return 0

    monkeypatch.setattr(app, "run", run_window)
    code, _, _ = run(["--bundle", "a.sqlite", "--bundle", "b.sqlite", "--section", "x"], capsys)
    assert code == 0
    assert given == [([Path("a.sqlite"), Path("b.sqlite")], "x", None, None)]
    code, _, _ = run([], capsys)
    code, _, _ = run(["--lang", "fr", "--search", "fièvre"], capsys)
    assert given[1:] == [(None, None, None, None), (None, None, "fièvre", "fr")]  # --lang reaches the window
