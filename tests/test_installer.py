"""The installers, built for real and tried as installed: frozen folder, archive, Debian package;
built twice (from a copy of the checkout) to prove the packages reproducible, and upgraded.

Slow (about eight minutes: two full builds): `pytest -m "not slow"` leaves it out of the quick
loop; CI runs it.
"""

from __future__ import annotations

import json
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
from tests.release_diff import diffoscope, first_difference

REPO = Path(__file__).resolve().parent.parent
MiB = 2**20

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]  # a full build: minutes on a busy machine


def _full_build(checkout: Path, work: Path) -> Path:
    """The README's full build of a checkout: packaging/build.py runs content, freeze and (on
    Linux) package, into WORK/dist; return that folder."""
    result = subprocess.run(
        [
            sys.executable,
            str(checkout / "packaging" / "build.py"),
            "--dist",
            str(work / "dist"),
            "--work",
            str(work / "build"),
        ],
        cwd=checkout,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    if sys.platform.startswith("linux"):
        assert "dist/reader/ (installed size)" in result.stdout
    return work / "dist"


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The full build of this checkout."""
    pytest.importorskip("PyInstaller", reason="needs the 'package' extra")
    if sys.platform.startswith("linux") and shutil.which("dpkg-deb") is None:
        pytest.fail("dpkg-deb is needed to build the Debian package")
    return _full_build(REPO, tmp_path_factory.mktemp("pyinstaller"))


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
    assert not any("libqgtk3" in n or "wayland" in n for n in names)
    # Qt's own translations: qtbase's in the interface's languages, for the standard dialogs.
    qt_translations = {n.rsplit("/", 1)[-1] for n in names if "/translations/" in n and n.endswith(".qm")}
    assert qt_translations == {"qtbase_fr.qm", "qtbase_es.qm", "qtbase_pt_BR.qm", "qtbase_ar.qm"}
    word_lists = {n.rsplit("/", 1)[-1] for n in names if n.startswith("spellchecker/resources/")}
    assert word_lists == {f"{code}.json.gz" for code in ("en", "fr", "es", "pt", "ar")}
    # Read aloud: Qt TextToSpeech with its real engines, not the mock one nor Qt Multimedia's
    # media plugins, FFmpeg or bindings (QtTextToSpeech needs only QtMultimedia's library).
    engines = {n.rsplit("/", 1)[-1] for n in names if "/plugins/texttospeech/" in n}
    assert engines == (
        {"qtexttospeech_sapi.dll", "qtexttospeech_winrt.dll"}
        if sys.platform.startswith("win")
        else {"libqtexttospeech_speechd.so"}
    )
    assert not any("/plugins/multimedia/" in n or "virtualkeyboard" in n.lower() for n in names)
    assert not any(n.rsplit("/", 1)[-1].startswith(("libav", "libsw", "avcodec", "avformat", "swscale")) for n in names)
    assert not any(n.rsplit("/", 1)[-1].startswith(("QtMultimedia.", "QtConcurrent.")) for n in names)
    if sys.platform.startswith("linux"):  # from the system: the .deb recommends them
        assert not any(n.rsplit("/", 1)[-1].startswith(("libpulse", "libspeechd")) for n in names)
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
    for library in ("libxcb-cursor0", "libegl1", "libxkbcommon-x11-0", "fontconfig", "libglib2.0-0", "libstdc++6"):
        assert library in fields
    # Read aloud speaks through the system's speech-dispatcher (trim.py leaves its libraries out).
    (recommends,) = re.findall(r"^Recommends: (.*)$", fields, re.M)
    assert {"speech-dispatcher", "libspeechd2", "libpulse0", "libcups2"} <= set(recommends.split(", "))
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


# What a copy of the checkout leaves out: what is not a source (the tests' own build goes elsewhere).
NOT_SOURCES = (".venv", "dist", "build", "__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", ".hypothesis")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux packages")
def test_two_builds_of_the_same_commit_are_byte_identical(dist: Path, tmp_path: Path) -> None:
    """A second full build, from a copy of the checkout in another folder (as another person or
    machine builds it), gives the same archive and Debian package, byte for byte."""
    checkout = tmp_path / "elsewhere" / "reader"
    shutil.copytree(REPO, checkout, symlinks=True, ignore=shutil.ignore_patterns(*NOT_SOURCES))
    again = _full_build(checkout, tmp_path / "work")
    differences = {}
    for name in _linux_names():
        found = first_difference(dist / name, again / name)
        if found is not None:
            differences[name] = found
    assert not differences, f"{differences}\n{diffoscope(dist / _linux_names()[1], again / _linux_names()[1])}"


def _dpkg(root: Path, *args: str) -> None:
    """dpkg on a private root (its own database under ROOT): nothing of this machine's changes."""
    env = {**os.environ, "PATH": f"{os.environ.get('PATH', '')}:/usr/sbin:/sbin"}
    command = ["dpkg", f"--root={root}", "--force-not-root", "--force-depends", *args]
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def _user_files(home: Path, bundle: Path) -> dict[Path, bytes]:
    """Give a user settings, a log and a library bundle (a copy of BUNDLE); return every file in
    their home, as written."""
    for path, data in {
        home / ".config/reader/reader.ini": b"[view]\nzoom=2\n",
        home / ".local/state/reader/log/reader.log": b"an earlier run\n",
        home / ".local/share/reader/library/notes.sqlite": bundle.read_bytes(),
    }.items():
        path.parent.mkdir(parents=True)
        path.write_bytes(data)
    return {path: path.read_bytes() for path in home.rglob("*") if path.is_file()}


def _kept(mine: dict[Path, bytes]) -> bool:
    """Whether every file of the user's is still there as written (the log may have grown: the
    reader appends to it)."""
    return all(
        path.read_bytes().startswith(data) if path.name == "reader.log" else path.read_bytes() == data
        for path, data in mine.items()
    )


def _bumped(deb: Path, version: str, folder: Path) -> Path:
    """The same package with only its version changed (unpacked and packed again, quickly)."""
    tree = folder / "tree"
    subprocess.run(["dpkg-deb", "--raw-extract", str(deb), str(tree)], check=True)
    control = tree / "DEBIAN" / "control"
    fields = control.read_text(encoding="utf-8")
    control.write_text(fields.replace(f"\nVersion: {__version__}\n", f"\nVersion: {version}\n"), encoding="utf-8")
    out = folder / f"reader_{version}.deb"
    build = ["dpkg-deb", "--root-owner-group", "-Zgzip", "-z1", "--build", str(tree), str(out)]
    subprocess.run(build, check=True, stdout=subprocess.DEVNULL)
    return out


@pytest.mark.skipif(shutil.which("dpkg") is None, reason="needs dpkg")
def test_upgrading_the_package_keeps_the_users_files(dist: Path, tmp_path: Path) -> None:
    """The package, then a newer one over it, then removed and purged, in a private dpkg root: the
    user's settings, log and library stay, and the upgraded reader still reads that library. The
    newer package is this one with only its version bumped (a second freeze would prove nothing
    more about an upgrade, which is dpkg's and the package's doing)."""
    older = dist / _linux_names()[1]
    newer_version = f"{__version__}+1"  # dpkg orders it after __version__
    newer = _bumped(older, newer_version, tmp_path)
    root, home = tmp_path / "root", tmp_path / "home"
    for folder in ("var/lib/dpkg/info", "var/lib/dpkg/updates", "var/log"):
        (root / folder).mkdir(parents=True)
    for name in ("status", "available"):
        (root / "var/lib/dpkg" / name).touch()
    mine = _user_files(home, dist / "reader/_internal/resources/bundle/content.sqlite")

    _dpkg(root, "--install", str(older))
    _dpkg(root, "--install", str(newer))
    status = (root / "var/lib/dpkg/status").read_text(encoding="utf-8")
    assert "Package: reader\nStatus: install ok installed\n" in status
    assert f"\nVersion: {newer_version}\n" in status
    assert os.readlink(root / "usr/bin/reader") == "/opt/reader/reader"
    assert _kept(mine)
    env = {**_clean_env(home), "READER_SYSTEM_LIBRARY": ""}
    info = subprocess.run(
        [str(root / "opt/reader/reader"), "info", "--json"], env=env, capture_output=True, text=True, check=False
    )
    assert info.returncode == 0, info.stderr
    # It reads the user's library: the bundle there is listed, or named in a notice saying why it
    # is left out (a bundle that is not a signed content pack is, since issue 14).
    listed = {Path(bundle["path"]).name: bundle["origin"] for bundle in json.loads(info.stdout)["library"]}
    assert listed.get("content.sqlite") == "shipped"
    assert listed.get("notes.sqlite") == "user" or f"{home}/.local/share/reader/library/notes.sqlite: " in info.stderr

    _dpkg(root, "--remove", "reader")
    assert not (root / "opt/reader/reader").exists()
    _dpkg(root, "--purge", "reader")
    assert "Package: reader\n" not in (root / "var/lib/dpkg/status").read_text(encoding="utf-8")
    assert _kept(mine)
