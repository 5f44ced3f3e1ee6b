"""The Windows installer, built on this Linux machine and smoke-tested under Wine.

The slow tests (about fifteen minutes, thirty on a busy machine) need Debian's wine64, nsis,
gcc-mingw-w64-x86-64, osslsigncode and openssl; skipped where they are missing (`.ci/run`
installs them). What they
prove: the build script makes a signed setup within the size goals; a silent install puts the
reader in Program Files with a Start-menu shortcut and an Apps & Features entry; the installed
reader.exe answers --version and passes self-check (exit codes come through Wine); a silent
uninstall removes the files, the shortcut and the registry key. And it never deletes what it did
not write: the setup refuses a folder holding other files; the uninstaller removes exactly what
the setup wrote (the list packaging/windows_files.py generates from the frozen folder, which
matches it exactly) and leaves anything else, with its folders; a setup over an earlier install
removes the files that install's list names first.

The command line: reader-cli.exe (a console program beside the windowed reader.exe) prints in
the console it was typed in: under Wine a pseudo-terminal is such a console, so its output is
read there, with no pipe; the PATH option lets cmd find it, and uninstalling takes it off PATH
(a PATH too long for NSIS is left alone). Through a pipe, the output is UTF-8.

Upgrades: a newer setup (the same frozen folder wrapped again with the version bumped, by
packaging/windows/make_setup.sh: a second freeze would prove nothing more) over the older one
replaces it in place, or in another folder after removing it, with one Apps & Features entry;
the user's settings, log and library stay, also through an uninstall, unless the uninstaller is
asked to remove them (/REMOVEUSERDATA, the checkbox that is off by default).

tests/test_windows_files.py checks the list generator and the script's deletions without Wine.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest

from reader import __version__
from tests.test_windows_files import listed, tree
from tests.wine import entries_named_reader, local_app_data, registry_value, wine, wine_console, wine_wait

REPO = Path(__file__).resolve().parent.parent
TOOLS = ("wine", "makensis", "x86_64-w64-mingw32-gcc", "osslsigncode", "openssl")
MiB = 2**20
UNINSTALL_KEY = r"HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\Reader"
ENVIRONMENT_KEY = r"HKLM\System\CurrentControlSet\Control\Session Manager\Environment"
# The "newer" version the upgrade tests wrap the same frozen folder as (NSIS wants numbers).
NEWER = ".".join([*__version__.split(".")[:2], str(int(__version__.split(".")[2]) + 1)])

INSTALLER_OWN = {"uninstall.exe", "reader-files.txt"}

# Each slow test may take 40 minutes: the first one also builds (about 10 minutes, 20 on a busy machine).
needs_wine = pytest.mark.skipif(
    not sys.platform.startswith("linux") or any(shutil.which(tool) is None for tool in TOOLS),
    reason=f"needs {', '.join(TOOLS)} (apt-get install wine wine64 nsis gcc-mingw-w64-x86-64 osslsigncode)",
)


class Build(NamedTuple):
    """What the build fixture made: the setup, the signing certificate, Wine's environment, the
    frozen folder with the lists generated from it, and a newer setup of the same folder."""

    setup: Path
    cert: Path
    env: dict[str, str]
    frozen: Path
    lists: Path
    newer: Path


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Build]:
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
    frozen = work / "build" / "dist" / "reader"
    newer = work / f"reader-{NEWER}-windows-x64-setup.exe"
    wrapped = subprocess.run(
        [
            "bash",
            str(REPO / "packaging/windows/make_setup.sh"),
            NEWER,
            str(frozen),
            str(work / "lists-newer"),
            str(newer),
        ],
        env={**os.environ, "PYTHON": sys.executable},
        capture_output=True,
        text=True,
        check=False,
    )
    assert wrapped.returncode == 0, wrapped.stdout[-3000:] + wrapped.stderr[-3000:]
    yield Build(setup, cert, wine_env, frozen, work / "build" / "lists", newer)
    subprocess.run(["wineserver", "-k"], env=wine_env, check=False)


def installed(build: Build) -> set[str]:
    """What the setup writes into its folder: the frozen folder, the list and the uninstaller."""
    return tree(build.frozen) | INSTALLER_OWN


@pytest.mark.slow
@pytest.mark.timeout(2400)
@needs_wine
def test_setup_is_signed_and_small(build: Build) -> None:
    assert build.setup.stat().st_size <= 30 * MiB
    verified = subprocess.run(
        ["osslsigncode", "verify", "-in", str(build.setup), "-CAfile", str(build.cert)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert verified.returncode == 0, verified.stdout + verified.stderr


@pytest.mark.slow
@pytest.mark.timeout(2400)
@needs_wine
def test_generated_list_matches_the_frozen_folder(build: Build) -> None:
    entries = listed(build.lists)
    assert {entry.rstrip("/") for entry in entries} == tree(build.frozen)
    assert len(entries) == len(tree(build.frozen))
    assert all(entry.endswith("/") == (build.frozen / entry).is_dir() for entry in entries)
    assert "reader.exe" in entries
    uninstall = (build.lists / "uninstall_files.nsh").read_text(encoding="utf-8-sig").splitlines()[1:]
    assert len(uninstall) == len(entries)


@pytest.mark.slow
@pytest.mark.timeout(2400)
@needs_wine
def test_silent_install_run_and_uninstall(build: Build) -> None:
    setup, cert, env = build.setup, build.cert, build.env
    prefix = Path(env["WINEPREFIX"])
    folder = prefix / "drive_c" / "Program Files" / "Reader"
    shortcut = prefix / "drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/Reader/Reader.lnk"

    assert wine(env, str(setup), "/S").returncode == 0
    wine_wait(env)
    assert tree(folder) == installed(build)
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
    wine_wait(env)
    assert not folder.exists()
    assert not shortcut.exists()
    assert wine(env, "reg", "query", UNINSTALL_KEY).returncode != 0


@pytest.mark.slow
@pytest.mark.timeout(2400)
@needs_wine
def test_setup_refuses_a_folder_holding_other_files(build: Build) -> None:
    documents = Path(build.env["WINEPREFIX"]) / "drive_c" / "Documents"
    documents.mkdir()
    (documents / "notes.txt").write_text("the nurse's notes\n", encoding="utf-8")

    result = wine(build.env, str(build.setup), "/S", r"/D=C:\Documents")
    wine_wait(build.env)
    assert result.returncode != 0
    assert tree(documents) == {"notes.txt"}
    assert (documents / "notes.txt").read_text(encoding="utf-8") == "the nurse's notes\n"
    assert wine(build.env, "reg", "query", UNINSTALL_KEY).returncode != 0


@pytest.mark.slow
@pytest.mark.timeout(2400)
@needs_wine
def test_uninstall_leaves_what_the_setup_did_not_write(build: Build) -> None:
    apps = Path(build.env["WINEPREFIX"]) / "drive_c" / "Apps"
    folder = apps / "Reader"
    folder.mkdir(parents=True)  # an empty folder is accepted

    assert wine(build.env, str(build.setup), "/S", r"/D=C:\Apps\Reader").returncode == 0
    wine_wait(build.env)
    assert tree(folder) == installed(build)
    (folder / "notes.txt").write_text("mine\n", encoding="utf-8")
    (folder / "_internal" / "mine.txt").write_text("mine too\n", encoding="utf-8")

    assert wine(build.env, r"C:\Apps\Reader\uninstall.exe", "/S").returncode == 0
    wine_wait(build.env)
    assert tree(folder) == {"notes.txt", "_internal", "_internal/mine.txt"}
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "mine\n"
    assert tree(apps) == {"Reader", "Reader/notes.txt", "Reader/_internal", "Reader/_internal/mine.txt"}
    assert wine(build.env, "reg", "query", UNINSTALL_KEY).returncode != 0


@pytest.mark.slow
@pytest.mark.timeout(2400)
@needs_wine
def test_setup_over_an_earlier_install_removes_that_install_s_files(build: Build) -> None:
    folder = Path(build.env["WINEPREFIX"]) / "drive_c" / "Upgrade" / "Reader"
    assert wine(build.env, str(build.setup), "/S", r"/D=C:\Upgrade\Reader").returncode == 0
    wine_wait(build.env)
    # As if the earlier version had shipped a file and a folder that this one no longer ships;
    # entries that point outside the folder are ignored.
    (folder / "old.dll").write_bytes(b"old")
    (folder / "_internal" / "gone").mkdir()
    (folder / "_internal" / "gone" / "old.pyd").write_bytes(b"old")
    outside = folder.parent / "outside.txt"
    outside.write_text("not the reader's\n", encoding="utf-8")
    earlier = [
        "old.dll",
        r"_internal\gone\old.pyd",
        r"..\outside.txt",
        r"C:\Upgrade\outside.txt",
        r"_internal\gone" "\\",
    ]
    with (folder / "reader-files.txt").open("ab") as listing:
        listing.write("".join(f"{entry}\r\n" for entry in earlier).encode("utf-16-le"))
    (folder / "notes.txt").write_text("mine\n", encoding="utf-8")

    assert wine(build.env, str(build.setup), "/S", r"/D=C:\Upgrade\Reader").returncode == 0
    wine_wait(build.env)
    assert tree(folder) == installed(build) | {"notes.txt"}
    assert outside.is_file()
    assert (folder / "reader-files.txt").read_bytes() == (build.lists / "reader-files.txt").read_bytes()

    assert wine(build.env, r"C:\Upgrade\Reader\uninstall.exe", "/S").returncode == 0
    wine_wait(build.env)
    assert tree(folder) == {"notes.txt"}


@pytest.mark.slow
@pytest.mark.timeout(2400)
@needs_wine
def test_console_program_prints_where_it_is_typed_and_path_is_undone(build: Build) -> None:
    path_before = registry_value(build.env, ENVIRONMENT_KEY, "Path")
    assert wine(build.env, str(build.setup), "/S", "/ADDTOPATH").returncode == 0
    wine_wait(build.env)
    assert registry_value(build.env, ENVIRONMENT_KEY, "Path") == f"{path_before};C:\\Program Files\\Reader"
    subprocess.run(["wineserver", "-k"], env=build.env, check=False)  # new processes read the new PATH
    try:
        code, printed = wine_console(build.env, "cmd", "/c", "reader-cli --version")
        assert code == 0
        assert printed == f"reader {__version__}\n"
        code, printed = wine_console(build.env, "cmd", "/c", "reader-cli search hallucinations --limit 1 --json")
        assert code == 0
        hit = json.loads(printed)["hits"][0]
        assert hit["id"] == "ketamine-effects/hallucinations"
        assert " › " in hit["path"]
    finally:
        assert wine(build.env, r"C:\Program Files\Reader\uninstall.exe", "/S").returncode == 0
        wine_wait(build.env)
    assert registry_value(build.env, ENVIRONMENT_KEY, "Path") == path_before


@pytest.mark.slow
@pytest.mark.timeout(2400)
@needs_wine
@pytest.mark.parametrize("program", ["reader-cli.exe", "reader.exe"])
def test_command_line_output_is_utf8_through_a_pipe(build: Build, program: str) -> None:
    exe = build.frozen / program
    searched = subprocess.run(
        ["wine", str(exe), "search", "hallucinations", "--json"], env=build.env, capture_output=True, timeout=600
    )
    assert searched.returncode == 0, searched.stderr
    hits = json.loads(searched.stdout.decode("utf-8"))["hits"]
    assert any(" › " in hit["path"] for hit in hits)
    assert any("…" in hit["snippet"] for hit in hits)


def user_data(build: Build) -> dict[Path, bytes]:
    """Give Wine's user settings, a log and a library bundle (a copy of the shipped one) in
    %LOCALAPPDATA%\\reader, where the reader keeps them; return those files, as written."""
    folder = local_app_data(build.env) / "reader"
    written = {
        folder / "reader.ini": b"[view]\r\nzoom=2\r\n",
        folder / "Logs" / "reader.log": b"an earlier run\r\n",
        folder / "library" / "mine.sqlite": (build.frozen / "_internal/resources/bundle/content.sqlite").read_bytes(),
    }
    for path, data in written.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return written


def kept(mine: dict[Path, bytes]) -> bool:
    """Whether every file of the user's is still there as written (the log may have grown: the
    reader appends to it)."""
    return all(
        path.read_bytes().startswith(data) if path.name == "reader.log" else path.read_bytes() == data
        for path, data in mine.items()
    )


@pytest.mark.slow
@pytest.mark.timeout(2400)
@needs_wine
def test_newer_setup_replaces_the_older_in_place_and_keeps_the_users_data(build: Build) -> None:
    folder = Path(build.env["WINEPREFIX"]) / "drive_c" / "Program Files" / "Reader"
    mine = user_data(build)
    assert wine(build.env, str(build.setup), "/S").returncode == 0
    wine_wait(build.env)
    assert registry_value(build.env, UNINSTALL_KEY, "DisplayVersion") == __version__

    assert wine(build.env, str(build.newer), "/S").returncode == 0  # no folder named: the earlier one's
    wine_wait(build.env)
    assert entries_named_reader(build.env) == 1
    assert registry_value(build.env, UNINSTALL_KEY, "DisplayVersion") == NEWER
    assert registry_value(build.env, UNINSTALL_KEY, "InstallLocation") == r"C:\Program Files\Reader"
    assert tree(folder) == installed(build)
    assert kept(mine)
    info = wine(build.env, r"C:\Program Files\Reader\reader-cli.exe", "info", "--json")
    assert info.returncode == 0, info.stdout
    # It reads the user's library: the bundle there is listed, or named in a notice saying why it
    # is left out (a bundle that is not a signed content pack is, since issue 14).
    library = json.loads(info.stdout[info.stdout.index("{") :])["library"]
    listed = {Path(b["path"].replace("\\", "/")).name: b["origin"] for b in library}
    assert listed.get("mine.sqlite") == "user" or "\\library\\mine.sqlite: " in info.stdout

    assert wine(build.env, r"C:\Program Files\Reader\uninstall.exe", "/S").returncode == 0
    wine_wait(build.env)
    assert not folder.exists()
    assert entries_named_reader(build.env) == 0
    assert kept(mine)  # not asked to remove them


@pytest.mark.slow
@pytest.mark.timeout(2400)
@needs_wine
def test_newer_setup_elsewhere_removes_the_older_and_uninstall_removes_data_only_when_asked(build: Build) -> None:
    drive = Path(build.env["WINEPREFIX"]) / "drive_c"
    mine = user_data(build)
    assert wine(build.env, str(build.setup), "/S", r"/D=C:\Old\Reader").returncode == 0
    wine_wait(build.env)
    assert wine(build.env, str(build.newer), "/S", r"/D=C:\New\Reader").returncode == 0
    wine_wait(build.env)
    assert not (drive / "Old" / "Reader").exists()  # the earlier uninstaller ran
    assert tree(drive / "New" / "Reader") == installed(build)
    assert entries_named_reader(build.env) == 1
    assert registry_value(build.env, UNINSTALL_KEY, "InstallLocation") == r"C:\New\Reader"
    assert kept(mine)

    assert wine(build.env, r"C:\New\Reader\uninstall.exe", "/S", "/REMOVEUSERDATA").returncode == 0
    wine_wait(build.env)
    assert not (drive / "New" / "Reader").exists()
    assert not (local_app_data(build.env) / "reader").exists()
    assert local_app_data(build.env).is_dir()  # only the reader's own folder went
    assert entries_named_reader(build.env) == 0


@pytest.mark.slow
@pytest.mark.timeout(2400)
@needs_wine
def test_a_path_too_long_for_nsis_is_left_alone(build: Build) -> None:
    before = registry_value(build.env, ENVIRONMENT_KEY, "Path")
    assert before is not None
    long_path = before + "".join(f";C:\\Tools\\tool{n:04}" for n in range(80))  # over 1024 characters
    set_path = ["reg", "add", ENVIRONMENT_KEY, "/v", "Path", "/t", "REG_EXPAND_SZ", "/f", "/d"]
    assert wine(build.env, *set_path, long_path).returncode == 0
    try:
        assert wine(build.env, str(build.setup), "/S", "/ADDTOPATH").returncode == 0
        wine_wait(build.env)
        assert registry_value(build.env, ENVIRONMENT_KEY, "Path") == long_path  # not cut, not rewritten
        assert registry_value(build.env, UNINSTALL_KEY, "OnPath") is None
        assert wine(build.env, r"C:\Program Files\Reader\uninstall.exe", "/S").returncode == 0
        wine_wait(build.env)
        assert registry_value(build.env, ENVIRONMENT_KEY, "Path") == long_path
    finally:
        wine(build.env, *set_path, before)
