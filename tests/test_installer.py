"""The installers, built for real and tried as installed: frozen folder, archive, Debian package.

Slow (about two minutes): `pytest -m "not slow"` leaves it out of the quick loop; CI runs it.
"""

from __future__ import annotations

import os
import platform
import re
import shutil
import stat
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader import __version__

REPO = Path(__file__).resolve().parent.parent
MiB = 2**20

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The README's full build: packaging/build.py runs content, freeze and (on Linux) package."""
    pytest.importorskip("PyInstaller", reason="needs the 'package' extra")
    if sys.platform.startswith("linux") and shutil.which("dpkg-deb") is None:
        pytest.fail("dpkg-deb is needed to build the Debian package")
    work = tmp_path_factory.mktemp("pyinstaller")
    result = subprocess.run(
        [
            sys.executable,
            str(REPO / "packaging" / "build.py"),
            "--dist",
            str(work / "dist"),
            "--work",
            str(work / "build"),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    if sys.platform.startswith("linux"):
        assert "dist/reader/ (installed size)" in result.stdout
    return work / "dist"


def _linux_names() -> tuple[str, str]:
    """The archive's and the Debian package's file names for this machine."""
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout
    return f"reader-{__version__}-linux-{platform.machine().lower()}.tar.xz", f"reader_{__version__}_{arch.strip()}.deb"


def _clean_env(home: Path) -> dict[str, str]:
    """A user's environment with an empty home: nothing from the build or the tests leaks in."""
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}


def _run(executable: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    home.mkdir(parents=True, exist_ok=True)
    return subprocess.run(
        [str(executable), *args], env=_clean_env(home), capture_output=True, text=True, timeout=120, check=False
    )


def _first_paint(executable: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Start the window with READER_REPORT_FIRST_PAINT: it prints 'first-paint TIME' once the article
    is painted, then quits by itself with exit code 0."""
    return subprocess.run(
        [str(executable)],
        env={**env, "READER_REPORT_FIRST_PAINT": "1"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _painted(window: subprocess.CompletedProcess[str]) -> bool:
    """Whether the window printed one first-paint line, with a time, and nothing else."""
    return re.fullmatch(r"first-paint \d+\.\d{6}\n", window.stdout) is not None


def _read_only(folder: Path) -> Iterator[None]:
    for path in [folder, *folder.rglob("*")]:
        if not path.is_symlink():
            path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    yield
    for path in [folder, *folder.rglob("*")]:
        if not path.is_symlink():
            path.chmod(path.stat().st_mode | stat.S_IWUSR)


def _check_installed(executable: Path, home: Path) -> None:
    version = _run(executable, "--version", home=home)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"reader {__version__}"
    check = _run(executable, "self-check", home=home)
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.startswith("self-check ok: bundle verified, icons read, window built, 23 sections visited")
    assert check.stderr == ""


def test_sizes_are_within_the_goals(dist: Path) -> None:
    folder = sum(p.stat().st_size for p in (dist / "reader").rglob("*") if p.is_file() and not p.is_symlink())
    assert folder <= 120 * MiB
    if sys.platform.startswith("linux"):
        archive, deb = _linux_names()
        assert (dist / archive).stat().st_size <= 40 * MiB
        assert (dist / deb).stat().st_size <= 40 * MiB


def test_frozen_app_works_from_a_read_only_folder_with_an_empty_home(dist: Path, tmp_path: Path) -> None:
    app = tmp_path / "install" / "reader"
    shutil.copytree(dist / "reader", app, symlinks=True)
    home = tmp_path / "home"
    guard = _read_only(app)
    next(guard)
    try:
        _check_installed(app / "reader", home)
        # The window itself, until the article is painted: its log goes to the user's folder (the
        # install is read-only).
        window = _first_paint(app / "reader", _clean_env(home))
        assert window.returncode == 0, window.stderr
        assert _painted(window), window.stdout
        assert (home / ".local/state/reader/log/reader.log").is_file()
        assert not (home / ".config/reader/reader.ini").exists()  # no preference changed: none written
        failed = _run(app / "reader", "build", home=home)
        assert failed.returncode == 2
        assert failed.stderr.count("\n") == 1
        assert "cannot build content" in failed.stderr
    finally:
        next(guard, None)


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="needs Xvfb for a real X11 window")
def test_frozen_app_opens_a_real_x11_window(dist: Path, tmp_path: Path) -> None:
    """The xcb platform plugin and its libraries load: the window paints its article on X11."""
    ready, told = os.pipe()
    # Xvfb picks a free display and writes its number to the pipe once it accepts clients.
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(told), "-screen", "0", "1280x800x24"], pass_fds=(told,), stderr=subprocess.DEVNULL
    )
    os.close(told)
    try:
        with os.fdopen(ready) as pipe:
            display = pipe.readline().strip()
        assert display.isdigit(), "Xvfb did not start"
        env = {**_clean_env(tmp_path / "home"), "DISPLAY": f":{display}", "QT_QPA_PLATFORM": "xcb"}
        (tmp_path / "home").mkdir()
        window = _first_paint(dist / "reader" / "reader", env)
    finally:
        server.terminate()
        server.wait()
    assert window.returncode == 0, window.stderr
    assert _painted(window), window.stdout
    assert "platform plugin" not in window.stderr


def test_frozen_app_ships_only_what_it_uses(dist: Path) -> None:
    internal = dist / "reader" / "_internal"
    names = {p.relative_to(internal).as_posix() for p in internal.rglob("*")}
    assert "resources/bundle/content.sqlite" in names
    assert "resources/icons/reader-256.png" in names
    licences = {p.name for p in (dist / "reader" / "licenses").iterdir()}  # every component's, beside the program
    assert {"THIRD-PARTY-NOTICES.txt", "LGPL-3.0-only.txt", "LGPL-RELINKING.txt", "CPython-LICENSE.txt"} <= licences
    assert not any("translations" in n or "libqgtk3" in n or "wayland" in n for n in names)
    # QtNetwork ships for the local socket between starts (one window per user), and no more of
    # the network than that: no TLS or network-information plugins, no OpenSSL, no ssl module.
    assert not any(n.split("/")[-2:-1] in (["tls"], ["networkinformation"]) for n in names)
    assert not any(n.rsplit("/", 1)[-1].startswith(("libssl", "libcrypto", "_ssl.", "_hashlib.")) for n in names)
    assert not any(n.startswith(("markdown_it", "yaml")) for n in names)
    if not sys.platform.startswith("win"):
        assert not any(n.startswith("ctypes/") or "/_ctypes." in f"/{n}" for n in names)
    assert not [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux packages")
def test_portable_archive_works_unpacked(dist: Path, tmp_path: Path) -> None:
    with tarfile.open(dist / _linux_names()[0]) as archive:
        if hasattr(tarfile, "tar_filter"):  # Python 3.11.4 and later
            archive.extractall(tmp_path, filter="tar")
        else:
            archive.extractall(tmp_path)  # noqa: S202 - our own archive, just built
    _check_installed(tmp_path / f"reader-{__version__}" / "reader", tmp_path / "home")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux packages")
def test_debian_package_is_complete_and_works_unpacked(dist: Path, tmp_path: Path) -> None:
    deb = dist / _linux_names()[1]
    fields = subprocess.run(["dpkg-deb", "-f", str(deb)], capture_output=True, text=True, check=True).stdout
    assert f"Version: {__version__}" in fields
    assert re.search(r"^Maintainer: [^<\n]+ <[^@>\n]+@[^>\n]+>$", fields, re.M), fields
    for library in ("libxcb-cursor0", "libegl1", "libxkbcommon-x11-0", "fontconfig"):
        assert library in fields
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    assert "./usr/bin/reader -> /opt/reader/reader" in listing
    assert "./usr/share/applications/org.clinicreader.Reader.desktop" in listing
    assert "./usr/share/metainfo/org.clinicreader.Reader.metainfo.xml" in listing
    assert "./usr/share/icons/hicolor/scalable/apps/org.clinicreader.Reader.svg" in listing
    assert "./usr/share/icons/hicolor/48x48/apps/org.clinicreader.Reader.png" in listing
    assert all("root/root" in line for line in listing.splitlines())
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    # The release date is the last commit's (in UTC), as the date of the sources: not the build's day.
    committed = subprocess.run(
        ["git", "-C", str(REPO), "log", "-1", "--date=format-local:%Y-%m-%d", "--format=%cd"],
        env={**os.environ, "TZ": "UTC"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    metainfo = (root / "usr/share/metainfo/org.clinicreader.Reader.metainfo.xml").read_text(encoding="utf-8")
    assert f'<release version="{__version__}" date="{committed}"/>' in metainfo
    _check_installed(root / "opt" / "reader" / "reader", tmp_path / "home")
