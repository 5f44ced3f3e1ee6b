"""The Windows installer, built on this Linux machine and smoke-tested under Wine.

Slow (about five minutes) and needs Debian's wine64, nsis, gcc-mingw-w64-x86-64, osslsigncode
and openssl; skipped where they are missing (`.ci/run` installs them). What it proves: the build
script makes a signed setup within the size goals; a silent install puts the reader in Program
Files with a Start-menu shortcut and an Apps & Features entry; the installed reader.exe answers
--version and passes self-check (exit codes come through Wine); a silent uninstall removes the
files, the shortcut and the registry key.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader import __version__

REPO = Path(__file__).resolve().parent.parent
TOOLS = ("wine", "makensis", "x86_64-w64-mingw32-gcc", "osslsigncode", "openssl")
MiB = 2**20
UNINSTALL_KEY = r"HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\Reader"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(1500),
    pytest.mark.skipif(
        not sys.platform.startswith("linux") or any(shutil.which(tool) is None for tool in TOOLS),
        reason=f"needs {', '.join(TOOLS)} (apt-get install wine wine64 nsis gcc-mingw-w64-x86-64 osslsigncode)",
    ),
]


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path, dict[str, str]]]:
    work = tmp_path_factory.mktemp("windows")
    key, cert = work / "key.pem", work / "cert.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=reader test",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    pfx = work / "test.p12"
    subprocess.run(
        [
            "openssl",
            "pkcs12",
            "-export",
            "-inkey",
            str(key),
            "-in",
            str(cert),
            "-out",
            str(pfx),
            "-passout",
            "pass:throwaway",
        ],
        check=True,
        capture_output=True,
    )
    env = {
        **os.environ,
        "WORK": str(work / "build"),
        "PYTHON": sys.executable,
        "READER_SIGN_PFX": str(pfx),
        "READER_SIGN_PASSWORD": "throwaway",
    }
    result = subprocess.run(
        ["bash", str(REPO / "packaging/windows/build.sh")], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    setup = REPO / "dist" / f"reader-{__version__}-windows-x64-setup.exe"
    wine_env = {
        **os.environ,
        "WINEPREFIX": str(work / "build" / "prefix"),
        "WINEDEBUG": "-all",
        "WINEDLLOVERRIDES": "winemenubuilder.exe=d;mscoree=d;mshtml=d",
    }
    yield setup, cert, wine_env
    subprocess.run(["wineserver", "-k"], env=wine_env, check=False)


def wine(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """Run a Windows program under Wine, output piped (Windows Python needs it), exit code kept."""
    return subprocess.run(
        ["wine", *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=600, check=False
    )


def test_setup_is_signed_and_small(build: tuple[Path, Path, dict[str, str]]) -> None:
    setup, cert, _env = build
    assert setup.stat().st_size <= 30 * MiB
    verified = subprocess.run(
        ["osslsigncode", "verify", "-in", str(setup), "-CAfile", str(cert)], capture_output=True, text=True, check=False
    )
    assert verified.returncode == 0, verified.stdout + verified.stderr


def test_silent_install_run_and_uninstall(build: tuple[Path, Path, dict[str, str]]) -> None:
    setup, cert, env = build
    prefix = Path(env["WINEPREFIX"])
    folder = prefix / "drive_c" / "Program Files" / "Reader"
    shortcut = prefix / "drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/Reader/Reader.lnk"

    assert wine(env, str(setup), "/S").returncode == 0
    subprocess.run(["wineserver", "-w"], env=env, check=False)
    assert (folder / "reader.exe").is_file()
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    assert size <= 100 * MiB
    assert shortcut.is_file()
    key = wine(env, "reg", "query", UNINSTALL_KEY)
    assert key.returncode == 0
    assert '"C:\\Program Files\\Reader\\uninstall.exe" /S' in key.stdout

    exe = r"C:\Program Files\Reader\reader.exe"
    version = wine(env, exe, "--version")
    assert version.returncode == 0
    assert f"reader {__version__}" in version.stdout
    check = wine(env, exe, "self-check")
    assert check.returncode == 0, check.stdout
    assert "self-check ok:" in check.stdout
    failing = wine(env, exe, "outline", "--bundle", r"C:\no\such.sqlite")
    assert failing.returncode == 2
    signed = subprocess.run(
        ["osslsigncode", "verify", "-in", str(folder / "reader.exe"), "-CAfile", str(cert)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert signed.returncode == 0, signed.stdout

    assert wine(env, r"C:\Program Files\Reader\uninstall.exe", "/S").returncode == 0
    subprocess.run(["wineserver", "-w"], env=env, check=False)
    assert not folder.exists()
    assert not shortcut.exists()
    assert wine(env, "reg", "query", UNINSTALL_KEY).returncode != 0
