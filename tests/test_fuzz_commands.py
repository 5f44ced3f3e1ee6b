"""Every command, run as its own process under a memory and time limit, on forged bundles.

The in-process fuzzing (tests/gui/test_fuzz_bundles.py) finds the crashes; this proves that no
forged bundle can make a command hang or eat the memory of a clinic PC: each run gets 2 GiB of
address space and 60 s, and must end with one line of error or its normal output.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from tests.forge import forge

LIMIT_BYTES = 2 * 1024**3
LIMIT_SECONDS = 60
FORGERIES = {
    "huge-section": "UPDATE sections SET html = html || printf('%.3000000c', 'x') WHERE ord = 3",
    "deep-lists": "UPDATE sections SET html = replace(printf('%.50000c', 'x'), 'x', '<ul><li>') WHERE ord = 3",
    "dev-zero": "UPDATE sections SET html = html || '<img src=\"/dev/zero\">' WHERE ord = 3",
    "no-sections": "DELETE FROM sections",
    "level-text": "UPDATE sections SET level = 'deep' WHERE ord = 3",
    "dropped-stem-data": "DROP TABLE sections_stem_data",
    "escape-title": "UPDATE sections SET title = char(27) || ']0;forged' || char(7) || title WHERE ord = 3",
}
COMMANDS = (
    ["check"],
    ["outline"],
    ["info"],
    ["search", "ketamine"],
    ["export", "--format", "txt", "--out", "-"],
    ["export", "--format", "pdf", "--out", "out.pdf"],
    ["self-check"],
)


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT_BYTES, LIMIT_BYTES))
    resource.setrlimit(resource.RLIMIT_CPU, (LIMIT_SECONDS, LIMIT_SECONDS))


@pytest.mark.slow
@pytest.mark.parametrize("forgery", FORGERIES.values(), ids=FORGERIES.keys())
def test_commands_on_forged_bundles_end_cleanly_within_limits(forgery: str, bundle_copy: Path, tmp_path: Path) -> None:
    forge(bundle_copy, forgery)
    for command in COMMANDS:
        result = subprocess.run(
            [sys.executable, "-m", "reader", *command, "--bundle", str(bundle_copy)],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=LIMIT_SECONDS * 2,
            preexec_fn=_limits,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        assert result.returncode in (0, 1, 2), (command, result.returncode, result.stderr[-2000:])
        assert "Traceback" not in result.stderr, (command, result.stderr[-2000:])
        assert "\x1b" not in result.stdout + result.stderr, command
        if result.returncode:
            assert result.stderr.count("\n") == 1, (command, result.stderr)


PACK_FORGERIES = {
    **{name: sql.replace("ord = 3", "ord = 2") for name, sql in FORGERIES.items()},  # a pack of two sections
    "version-text": "UPDATE meta SET value = '9' || printf('%.100000c', '9') WHERE key = 'pack_version'",
    "title-escape": "UPDATE meta SET value = char(27) || '[2J' WHERE key = 'pack_title'",
    "signature-junk": "UPDATE meta SET value = 'ed25519:' || printf('%.1000000c', 'A') WHERE key = 'signature'",
    "key-id-path": "UPDATE meta SET value = '../../etc/passwd' WHERE key = 'pack_key_id'",
}


@pytest.mark.slow
@pytest.mark.parametrize("forgery", PACK_FORGERIES.values(), ids=PACK_FORGERIES.keys())
def test_library_add_refuses_forged_packs_cleanly_within_limits(
    forgery: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.core.packs.keys import SecretKey
    from tests.core.packs_support import build_pack, trust

    monkeypatch.setenv("READER_LIBRARY", str(tmp_path / "library"))
    monkeypatch.setenv("READER_TRUST", str(tmp_path / "trust"))
    monkeypatch.setenv("READER_SYSTEM_TRUST", "")
    publisher = SecretKey.generate()
    trust(publisher, tmp_path / "keys")
    pack = build_pack(tmp_path / "usb" / "pack.sqlite", publisher)
    forge(pack, forgery)
    result = subprocess.run(
        [sys.executable, "-m", "reader", "library", "add", str(pack)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=LIMIT_SECONDS * 2,
        preexec_fn=_limits,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert (result.returncode, result.stdout) == (1, ""), result.stderr[-2000:]
    assert result.stderr.startswith(f"reader: refused: {pack}: ")
    assert result.stderr.count("\n") == 1
    assert "\x1b" not in result.stderr
    assert not (tmp_path / "library").exists()
