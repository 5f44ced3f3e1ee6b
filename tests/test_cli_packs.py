"""The content-pack commands: keygen, build --sign, trust, library (issue 14)."""

from __future__ import annotations

import json
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.packs.keys import read_public_key, read_secret_key
from tests.conftest import REPO
from tests.core.packs_support import SNAKE, hold_open, snapshot, write_article

PACK_YAML = "id: snake-pack\ntitle: Snake bites\npublisher: Clinic Health Press\nversion: {version}\n"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Private library folders and trust lists; returns the test's folder."""
    monkeypatch.setenv("READER_LIBRARY", str(tmp_path / "library"))
    monkeypatch.setenv("READER_SYSTEM_LIBRARY", str(tmp_path / "machine-library"))
    monkeypatch.setenv("READER_TRUST", str(tmp_path / "trust"))
    monkeypatch.setenv("READER_SYSTEM_TRUST", str(tmp_path / "machine-trust"))
    monkeypatch.delenv("READER_SIGN_KEY", raising=False)
    return tmp_path


def _source(folder: Path, version: int | None = 1) -> Path:
    write_article(folder, *SNAKE)
    if version is not None:
        (folder / "pack.yaml").write_text(PACK_YAML.format(version=version), encoding="utf-8")
    return folder


def _keygen(places: Path, capsys: pytest.CaptureFixture[str], name: str = "publisher") -> Path:
    code, _, _ = run(["keygen", "--out", str(places / name)], capsys)
    assert code == 0
    return places / name


def test_keygen_prints_the_key_id_never_the_secret(places: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["keygen", "--out", str(places / "clinic")], capsys)
    assert (code, err) == (0, "")
    secret = read_secret_key(places / "clinic.key")
    assert secret.seed.hex() not in out
    assert f"key id: {secret.public.key_id}" in out
    assert stat.S_IMODE((places / "clinic.key").stat().st_mode) == 0o600
    assert read_public_key(places / "clinic.pub") == secret.public
    code, out, err = run(["keygen", "--out", str(places / "clinic")], capsys)
    assert (code, out) == (2, "")
    assert (
        err == f"reader: error: {places / 'clinic.pub'}: already exists: a key is never written over"
        " (choose another --out)\n"
    )
    code, _, err = run(["keygen", "--out", str(places)], capsys)
    assert code == 2
    assert "give a file name prefix" in err


def test_build_signs_with_sign_or_reader_sign_key(
    places: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    prefix = _keygen(places, capsys)
    key_id = read_secret_key(prefix.with_suffix(".key")).public.key_id
    source = _source(places / "src")
    code, out, err = run(
        ["build", "--source", str(source), "--out", str(places / "a.sqlite"), "--sign", f"{prefix}.key"], capsys
    )
    assert (code, err) == (0, "")
    assert out.rstrip().endswith(f"; pack snake-pack version 1, signed by key {key_id}")
    monkeypatch.setenv("READER_SIGN_KEY", f"{prefix}.key")
    code, out, _ = run(["build", "--source", str(source), "--out", str(places / "b.sqlite")], capsys)
    assert code == 0
    assert f"signed by key {key_id}" in out
    monkeypatch.delenv("READER_SIGN_KEY")
    code, out, _ = run(["build", "--source", str(source), "--out", str(places / "c.sqlite")], capsys)
    assert code == 0
    assert out.rstrip().endswith("; pack snake-pack version 1, unsigned: 'reader library add' refuses it")


def test_build_sign_needs_a_pack_yaml_and_a_secret_key(places: Path, capsys: pytest.CaptureFixture[str]) -> None:
    prefix = _keygen(places, capsys)
    plain = _source(places / "plain", version=None)
    out = places / "out.sqlite"
    code, _, err = run(["build", "--source", str(plain), "--out", str(out), "--sign", f"{prefix}.key"], capsys)
    assert code == 2
    assert (
        err == f"reader: error: {plain / 'pack.yaml'}: not found: a signed content pack needs id, title,"
        " publisher, version\n"
    )
    source = _source(places / "src")
    code, _, err = run(["build", "--source", str(source), "--out", str(out), "--sign", f"{prefix}.pub"], capsys)
    assert code == 2
    assert "is a public key: signing needs the secret .key file" in err
    (source / "pack.yaml").write_text("id: x\nversion: two\n", encoding="utf-8")
    code, _, err = run(["build", "--source", str(source), "--out", str(out), "--sign", f"{prefix}.key"], capsys)
    assert code == 1
    assert (
        err == f"reader: error: {source / 'pack.yaml'}:2: 'version' 'two' is not a whole number from 1 to 999999999,"
        " one more with each edition\n"
    )
    assert not out.exists()


def test_build_refuses_a_signing_key_inside_the_checkout(places: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _source(places / "src")
    key = REPO / "build" / "never-here.key"
    code, _, err = run(
        ["build", "--source", str(source), "--out", str(places / "x.sqlite"), "--sign", str(key)], capsys
    )
    assert code == 2
    assert "a signing key inside the reader's checkout" in err
    assert not key.exists()


def test_no_key_file_is_kept_in_the_repository() -> None:
    tracked = subprocess.run(["git", "ls-files", "*.key", "**/*.key"], cwd=REPO, capture_output=True, text=True)
    assert tracked.returncode == 0
    assert tracked.stdout == ""


def test_trust_and_library_from_the_command_line(places: Path, capsys: pytest.CaptureFixture[str]) -> None:
    prefix = _keygen(places, capsys)
    key_id = read_public_key(prefix.with_suffix(".pub")).key_id
    for version in (1, 2):
        source = _source(places / f"src{version}", version)
        built = places / "usb" / f"snake-v{version}.sqlite"
        built.parent.mkdir(exist_ok=True)
        assert run(["build", "--source", str(source), "--out", str(built), "--sign", f"{prefix}.key"], capsys)[0] == 0
    v1, v2 = places / "usb" / "snake-v1.sqlite", places / "usb" / "snake-v2.sqlite"

    code, out, err = run(["library", "add", str(v1)], capsys)
    assert (code, out) == (1, "")
    assert err == (
        f"reader: refused: {v1}: signed by key {key_id}, which this computer does not trust; to trust its"
        " publisher, an administrator runs 'reader trust add --system PUBLISHER.pub'\n"
    )
    assert snapshot(places / "library") is None

    code, out, _ = run(["trust", "add", f"{prefix}.pub"], capsys)
    assert (code, out) == (0, f"trusted key {key_id} (your list: {places / 'trust' / key_id}.pub)\n")
    code, out, _ = run(["trust", "list", "--json"], capsys)
    assert [(k["key_id"], k["scope"]) for k in json.loads(out)] == [(key_id, "user")]

    assert run(["library", "add", str(v1)], capsys)[:2] == (
        0,
        "added snake-pack v1 (new): Snake bites, from Clinic Health Press\n",
    )
    code, out, _ = run(["library", "add", str(v2)], capsys)
    assert (code, out) == (0, "added snake-pack v2 (update from v1 to v2): Snake bites, from Clinic Health Press\n")
    code, out, err = run(["library", "add", str(v1)], capsys)
    assert code == 1
    assert (
        err == f"reader: refused: {v1}: pack 'snake-pack' version 1 is older than the installed version 2"
        " (--allow-downgrade)\n"
    )
    code, out, err = run(["library", "add", "--allow-downgrade", str(v1)], capsys)
    assert code == 0
    assert err == f"reader: notice: {v1}: installed v2 replaced by v1 (--allow-downgrade)\n"

    code, out, _ = run(["library", "list", "--json"], capsys)
    (entry,) = json.loads(out)
    assert {k: entry[k] for k in ("id", "title", "publisher", "version", "verified", "articles")} == {
        "id": "snake-pack",
        "title": "Snake bites",
        "publisher": "Clinic Health Press",
        "version": 1,
        "verified": True,
        "articles": ["snake-bite"],
    }
    assert entry["path"] == str(places / "library" / "snake-pack.sqlite")
    code, out, _ = run(["outline", "--json"], capsys)  # a start, the file no longer held: it finishes
    assert "Snake Bite" in [node["title"] for node in json.loads(out)]
    code, out, _ = run(["info"], capsys)
    assert f", pack snake-pack v1 from Clinic Health Press, key {key_id}): snake-bite" in out

    code, out, _ = run(["trust", "remove", key_id], capsys)
    assert code == 0
    code, out, _ = run(["library", "list"], capsys)
    assert f"NOT READ: not signed by a trusted publisher: signed by key {key_id}" in out
    code, out, err = run(["outline"], capsys)
    assert f"{places / 'library' / 'snake-pack.sqlite'}: left out: not signed by a trusted publisher" in err

    assert run(["library", "remove", "snake-pack"], capsys)[:2] == (
        0,
        f"removed {places / 'library' / 'snake-pack.sqlite'}\n",
    )
    code, out, err = run(["library", "remove", "snake-pack"], capsys)
    assert code == 2
    assert err.startswith("reader: error: ")
    assert "no pack 'snake-pack' in the user's library" in err


def test_trust_without_a_machine_list_and_bad_key_ids_are_one_line(
    places: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    prefix = _keygen(places, capsys)
    monkeypatch.setenv("READER_SYSTEM_TRUST", "")
    code, _, err = run(["trust", "add", "--system", f"{prefix}.pub"], capsys)
    assert (code, err) == (2, "reader: error: no machine-wide list of trusted keys ($READER_SYSTEM_TRUST is empty)\n")
    code, _, err = run(["trust", "remove", "zz\x1b[2J"], capsys)
    assert code == 2
    assert "\x1b" not in err
    assert err.count("\n") == 1
    code, _, err = run(["trust", "add", f"{prefix}.key"], capsys)
    assert code == 2
    assert "is a secret key" in err
    assert read_secret_key(prefix.with_suffix(".key")).seed.hex() not in err
    code, out, _ = run(["trust", "list"], capsys)
    assert (code, out) == (0, "no trusted keys: 'reader trust add PUBLISHER.pub' trusts one\n")


def test_the_window_s_start_loads_neither_the_pack_commands_nor_pynacl() -> None:
    code = "import sys, reader.cli; print(sorted(m for m in ('nacl', 'reader.cli.packs') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert done.stdout == "[]\n"


def test_library_add_of_a_pack_a_reader_holds_open_waits_for_the_next_start(
    places: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows cannot rename over a file a reader has open: the verified copy waits beside it, the
    library as it was; the next start reads the new version (real Windows not tried: stood in for
    by an os.replace that fails as it does there)."""
    prefix = _keygen(places, capsys)
    assert run(["trust", "add", f"{prefix}.pub"], capsys)[0] == 0
    packs = []
    for version in (1, 2):
        built = places / "usb" / f"snake-v{version}.sqlite"
        built.parent.mkdir(exist_ok=True)
        source = _source(places / f"src{version}", version)
        assert run(["build", "--source", str(source), "--out", str(built), "--sign", f"{prefix}.key"], capsys)[0] == 0
        packs.append(built)
    assert run(["library", "add", str(packs[0])], capsys)[0] == 0
    installed = places / "library" / "snake-pack.sqlite"
    before = installed.read_bytes()
    with monkeypatch.context() as windows:
        hold_open(windows, installed)
        code, out, err = run(["library", "add", str(packs[1])], capsys)
        assert (code, out) == (0, "added snake-pack v2 (update from v1 to v2): Snake bites, from Clinic Health Press\n")
        assert err == (
            f"reader: notice: {installed}: it is open in a reader, so v2 waits beside it, verified: close every"
            " reader window; the reader's next start replaces the installed edition with it\n"
        )
        assert installed.read_bytes() == before
        assert sorted(snapshot(places / "library") or {}) == [".snake-pack.sqlite.pending", "snake-pack.sqlite"]
        code, out, _ = run(["library", "list"], capsys)
        assert "snake-pack v2  Snake bites (Clinic Health Press)  [user] verified, waiting to replace" in out
    code, out, _ = run(["library", "list", "--json"], capsys)  # the waiting copy is listed until a start
    assert [(entry["version"], Path(entry["path"]).name) for entry in json.loads(out)] == [
        (1, "snake-pack.sqlite"),
        (2, ".snake-pack.sqlite.pending"),
    ]
    code, out, _ = run(["outline", "--json"], capsys)  # a start, the file no longer held: it finishes
    assert code == 0
    code, out, _ = run(["library", "list", "--json"], capsys)
    assert [(entry["version"], Path(entry["path"]).name) for entry in json.loads(out)] == [(2, "snake-pack.sqlite")]
