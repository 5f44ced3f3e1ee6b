"""The Windows installer, built on this Linux machine and smoke-tested under Wine.

The slow tests (about five minutes) need Debian's wine64, nsis, gcc-mingw-w64-x86-64,
osslsigncode and openssl; skipped where they are missing (`.ci/run` installs them). What they
prove: the build script makes a signed setup within the size goals; a silent install puts the
reader in Program Files with a Start-menu shortcut and an Apps & Features entry; the installed
reader.exe answers --version and passes self-check (exit codes come through Wine); a silent
uninstall removes the files, the shortcut and the registry key. And it never deletes what it did
not write: the setup refuses a folder holding other files; the uninstaller removes exactly what
the setup wrote (the list packaging/windows_files.py generates from the frozen folder, which
matches it exactly) and leaves anything else, with its folders; a setup over an earlier install
removes the files that install's list names first.

The fast tests check that generator on a made-up frozen folder, without Wine.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import NamedTuple

import pytest

from reader import __version__

REPO = Path(__file__).resolve().parent.parent
TOOLS = ("wine", "makensis", "x86_64-w64-mingw32-gcc", "osslsigncode", "openssl")
MiB = 2**20
UNINSTALL_KEY = r"HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\Reader"

INSTALLER_OWN = {"uninstall.exe", "reader-files.txt"}

needs_wine = pytest.mark.skipif(
    not sys.platform.startswith("linux") or any(shutil.which(tool) is None for tool in TOOLS),
    reason=f"needs {', '.join(TOOLS)} (apt-get install wine wine64 nsis gcc-mingw-w64-x86-64 osslsigncode)",
)


class Build(NamedTuple):
    """What the build fixture made: the setup, the signing certificate, Wine's environment, and
    the frozen folder with the lists generated from it."""

    setup: Path
    cert: Path
    env: dict[str, str]
    frozen: Path
    lists: Path


@pytest.fixture(scope="module")
def windows_files() -> ModuleType:
    """packaging/windows_files.py, loaded by its path (``packaging`` is PyPI's name, not ours)."""
    spec = importlib.util.spec_from_file_location("windows_files", REPO / "packaging" / "windows_files.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def tree(folder: Path) -> set[str]:
    """Every file and folder under folder, as paths relative to it (with forward slashes)."""
    return {path.relative_to(folder).as_posix() for path in folder.rglob("*")}


def listed(lists: Path) -> list[str]:
    """The entries of a generated reader-files.txt, with forward slashes (folders end in one)."""
    text = (lists / "reader-files.txt").read_bytes().decode("utf-16-le")
    assert text.endswith("\r\n")
    return [line.replace("\\", "/") for line in text.split("\r\n")[:-1]]


def test_list_names_exactly_the_frozen_folder(windows_files: ModuleType, tmp_path: Path) -> None:
    frozen = tmp_path / "reader"
    for name in ("reader.exe", "_internal/base_library.zip", "_internal/PySide6/plugins/a$b.dll", "_internal/Z.txt"):
        (frozen / name).parent.mkdir(parents=True, exist_ok=True)
        (frozen / name).write_bytes(b"x")
    (frozen / "_internal" / "empty").mkdir()

    files, folders = windows_files.installed_entries(frozen)
    assert files == sorted(files, key=str.lower)
    assert {*files, *folders} == {entry.replace("/", "\\") for entry in tree(frozen)}
    assert {file.replace("\\", "/") for file in files} == {
        entry for entry in tree(frozen) if (frozen / entry).is_file()
    }
    # Deepest first: a folder comes before the folder that holds it.
    assert folders == [
        "_internal\\PySide6\\plugins",
        "_internal\\empty",
        "_internal\\PySide6",
        "_internal",
    ]

    assert windows_files.write(frozen, tmp_path / "lists") == (4, 4)
    nsh = (tmp_path / "lists" / "uninstall_files.nsh").read_text(encoding="utf-8-sig").splitlines()
    assert nsh[0].startswith(";")
    assert nsh[1:] == [f'Delete "$INSTDIR\\{file.replace("$", "$$")}"' for file in files] + [
        f'RMDir "$INSTDIR\\{folder}"' for folder in folders
    ]
    assert not any("/r" in line for line in nsh)
    assert listed(tmp_path / "lists") == [file.replace("\\", "/") for file in files] + [
        folder.replace("\\", "/") + "/" for folder in folders
    ]


@pytest.mark.parametrize("name", ["uninstall.exe", "Reader-Files.txt", "a:b.dll", "what?.txt", "star*.txt", "end."])
def test_list_refuses_names_it_cannot_carry(windows_files: ModuleType, tmp_path: Path, name: str) -> None:
    frozen = tmp_path / "reader"
    frozen.mkdir()
    (frozen / name).write_bytes(b"x")
    with pytest.raises(windows_files.FrozenFolderError, match="cannot carry|writes this name"):
        windows_files.installed_entries(frozen)


def test_uninstaller_removes_only_the_list() -> None:
    """The uninstall section deletes the generated list's entries, never a folder with /r."""
    script = (REPO / "packaging" / "windows" / "reader.nsi").read_text(encoding="utf-8")
    uninstall = script[script.index('Section "Uninstall"') :]
    uninstall = uninstall[: uninstall.index("SectionEnd")]
    assert '!include "${LISTS}\\uninstall_files.nsh"' in uninstall
    assert re.findall(r"^\s*(\w+)\s+/r\b", script, flags=re.MULTILINE) == ["File"]


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
    yield Build(setup, cert, wine_env, work / "build" / "dist" / "reader", work / "build" / "lists")
    subprocess.run(["wineserver", "-k"], env=wine_env, check=False)


def wine(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """Run a Windows program under Wine, output piped (Windows Python needs it), exit code kept."""
    return subprocess.run(
        ["wine", *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=600, check=False
    )


def wine_wait(env: dict[str, str]) -> None:
    """Wait for every Wine process (the uninstaller runs on from a copy in the temporary folder)."""
    subprocess.run(["wineserver", "-w"], env=env, check=False, timeout=600)


def installed(build: Build) -> set[str]:
    """What the setup writes into its folder: the frozen folder, the list and the uninstaller."""
    return tree(build.frozen) | INSTALLER_OWN


@pytest.mark.slow
@pytest.mark.timeout(1500)
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
@pytest.mark.timeout(1500)
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
@pytest.mark.timeout(1500)
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
@pytest.mark.timeout(1500)
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
@pytest.mark.timeout(1500)
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
@pytest.mark.timeout(1500)
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
