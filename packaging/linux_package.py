"""The Linux packages of a frozen reader: the portable archive and the Debian package.

The ``package`` step of ``packaging/build.py`` runs it on an existing ``dist/reader/``. What is
not the reader's own (the machine, the Debian architecture, the maintainer, the release date)
comes from the system, the project's metadata and git, never from a table kept by hand.
"""

from __future__ import annotations

import email.utils
import os
import platform
import shutil
import subprocess
import tarfile
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path

import notices
import reproducible

APP_ID = "org.clinicreader.Reader"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

# What Qt's xcb platform, fonts, D-Bus, GLib, QtNetwork (Kerberos), the compression libraries and
# the C++ runtime are taken from the system (see trim.py's SYSTEM_LIBRARIES).
DEPENDS = [
    "libc6 (>= 2.34)",
    "libgl1",
    "libegl1",
    "libfontconfig1",
    "libfreetype6",
    "fontconfig",
    "fonts-dejavu-core | fonts-liberation2 | fonts-freefont-ttf",
    "libdbus-1-3",
    "libx11-6",
    "libx11-xcb1",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libstdc++6",
    "libgcc-s1",
    "libglib2.0-0",
    "libgssapi-krb5-2",
    "zlib1g",
    "libzstd1",
    "libbrotli1",
    "liblzma5",
    "libbz2-1.0",
]
# Printing (CUPS) and reading aloud: speech-dispatcher speaks, through its client library and
# PulseAudio's, which QtMultimedia links to (see trim.py). Without them, the rest of the reader works.
RECOMMENDS = ["libcups2", "speech-dispatcher", "libspeechd2", "libpulse0"]

# Used until the project's metadata names someone (pyproject.toml: maintainers or authors).
FALLBACK_MAINTAINER = "reader developers <reader@localhost>"
# platform.machine() to Debian's architecture name, where dpkg cannot be asked.
DEBIAN_ARCHITECTURES = {
    "x86_64": "amd64",
    "amd64": "amd64",
    "aarch64": "arm64",
    "arm64": "arm64",
    "armv7l": "armhf",
    "i386": "i386",
    "i686": "i386",
    "ppc64le": "ppc64el",
    "riscv64": "riscv64",
    "s390x": "s390x",
}

DESCRIPTION = """Offline reader for health articles, for clinics without internet
 A desktop reader for health articles: a section tree beside the article,
 search that forgives misspellings and understands everyday words, and
 clean printed handouts with the article's source and edition on every
 page. It works entirely offline and never uses the network.
 .
 The article shipped is "Understanding the Effects of Ketamine: A
 Comprehensive Overview". The content is for information only and is not
 a substitute for a clinician's judgement."""

DESKTOP = """[Desktop Entry]
Type=Application
Name=Reader
GenericName=Health article reader
Comment=Read, search and print health articles offline
Exec=/usr/bin/reader
Icon={app_id}
Terminal=false
Categories=Education;MedicalSoftware;
Keywords=health;medicine;article;offline;clinic;
"""

METAINFO = """<?xml version="1.0" encoding="UTF-8"?>
<component type="desktop-application">
  <id>{app_id}</id>
  <metadata_license>CC0-1.0</metadata_license>
  <name>Reader</name>
  <summary>Read, search and print health articles offline</summary>
  <description>
    <p>A desktop reader for clinics without internet: a section tree beside the article, search
    that forgives misspellings and understands everyday words, and clean printed handouts.</p>
    <p>The reader never uses the network.</p>
  </description>
  <launchable type="desktop-id">{app_id}.desktop</launchable>
  <categories><category>Education</category><category>MedicalSoftware</category></categories>
  <releases><release version="{version}" date="{date}"/></releases>
  <content_rating type="oars-1.1"/>
</component>
"""


class PackagingError(Exception):
    """A fact a package needs (its date, its architecture) cannot be found; the message is one line."""


def machine() -> str:
    """The machine name for the archive's file name, as the kernel says it (x86_64, aarch64)."""
    return platform.machine().lower()


def debian_architecture() -> str:
    """The Debian architecture (amd64, arm64): dpkg's own answer, else mapped from the machine."""
    dpkg = shutil.which("dpkg")
    if dpkg is not None:
        return subprocess.run([dpkg, "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()
    found = DEBIAN_ARCHITECTURES.get(machine())
    if found is None:
        raise PackagingError(f"no Debian architecture known for the machine {machine()!r}, and no dpkg to ask")
    return found


def maintainer(metadata: Mapping[str, str] | None = None) -> tuple[str, str]:
    """The Debian Maintainer ("Name <email>") and where it came from.

    From the project's metadata (default: the installed ``reader``'s): Maintainer-email, then
    Author-email, the first address with a name; a bare address takes the Maintainer or Author
    name. Without one, FALLBACK_MAINTAINER, said so in the second value.
    """
    if metadata is None:
        from importlib.metadata import PackageNotFoundError
        from importlib.metadata import metadata as installed

        try:
            found = installed("reader")
        except PackageNotFoundError:
            return FALLBACK_MAINTAINER, "fallback: the reader is not installed, so it has no metadata"
        fields = ("Maintainer", "Maintainer-email", "Author", "Author-email")
        metadata = {field: found[field] for field in fields if field in found}
    for role in ("Maintainer", "Author"):
        for name, address in email.utils.getaddresses([metadata.get(f"{role}-email") or ""]):
            name = name or metadata.get(role) or ""
            if name and "@" in address:
                return email.utils.formataddr((name, address)), f"project metadata ({role}-email)"
    return FALLBACK_MAINTAINER, "fallback: the project's metadata names no maintainer or author with an email"


def release_date(root: Path, environ: Mapping[str, str] | None = None) -> str:
    """The release date for the AppStream metainfo (YYYY-MM-DD, UTC), never today's by default.

    The build's date (reproducible.source_date_epoch: SOURCE_DATE_EPOCH, else the committer time of
    the checkout's last commit), but not its fixed fallback: a package says when it was released.
    """
    try:
        epoch = reproducible.source_date_epoch(root, environ)
    except reproducible.EpochError as exc:
        raise PackagingError(f"no release date: {exc}") from None
    if epoch.source == "fallback":
        raise PackagingError("no release date: set SOURCE_DATE_EPOCH, or build from a git checkout with git installed")
    return datetime.fromtimestamp(epoch.seconds, UTC).date().isoformat()


def package(root: Path, work: Path, dist: Path, version: str) -> None:
    """Write dist/reader-VERSION-linux-MACHINE.tar.xz and dist/reader_VERSION_ARCH.deb; print sizes."""
    app = dist / "reader"
    date = release_date(root)
    epoch = reproducible.source_date_epoch(root).seconds
    architecture = debian_architecture()
    who, whence = maintainer()
    print(f"release date {date}, architecture {architecture}, maintainer {who} ({whence})")
    started = time.perf_counter()
    archive = write_archive(app, dist / f"reader-{version}-linux-{machine()}.tar.xz", version, epoch)
    deb = write_deb(root, work, app, dist / f"reader_{version}_{architecture}.deb", version, architecture, who, epoch)
    print(f"packaged in {time.perf_counter() - started:.0f} s")
    print()
    print(f"{'dist/reader/ (installed size)':<42} {_folder_size(app) / 2**20:7.1f} MiB")
    for path in (archive, deb):
        print(f"{'dist/' + path.name:<42} {path.stat().st_size / 2**20:7.1f} MiB")


def write_archive(app: Path, out: Path, version: str, epoch: int) -> Path:
    """A tar.xz of the app folder, unpacking to reader-VERSION/; the same bytes from the same folder.

    Members in name order (tarfile adds a folder's entries sorted), owned by root, with the modes
    the .deb has and the build's date; xz in multi-threaded mode whatever the number of cores (xz
    5.4 and later: its output depends on the block size, not on the threads).
    """
    tar = out.with_suffix("")

    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        info.mtime = epoch
        if not info.issym():
            info.mode = 0o755 if info.isdir() or info.mode & 0o111 else 0o644
        return info

    with tarfile.open(tar, "w", format=tarfile.PAX_FORMAT) as archive:
        archive.add(app, arcname=f"reader-{version}", filter=normalise)
    out.unlink(missing_ok=True)
    # xz on every core: the Python lzma module would use one.
    subprocess.run(["xz", "-6", "-T0", "-f", str(tar)], check=True)
    return out


def write_deb(
    root: Path, work: Path, app: Path, out: Path, version: str, architecture: str, who: str, epoch: int
) -> Path:
    """A Debian package installing to /opt/reader with a /usr/bin/reader link, menu entry and icons.

    Reproducible: every file dated EPOCH (also the release date in the metainfo) and modes fixed;
    dpkg-deb sorts the members, owns them by root and dates the ar container with SOURCE_DATE_EPOCH.
    """
    date = datetime.fromtimestamp(epoch, UTC).date().isoformat()
    stage = work / "deb" / f"reader_{version}_{architecture}"
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(app, stage / "opt" / "reader", symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    (stage / "usr" / "bin" / "reader").symlink_to("/opt/reader/reader")
    icons = root / "resources" / "icons"
    for size in ICON_SIZES:
        target = stage / "usr/share/icons/hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True)
        shutil.copy(icons / f"reader-{size}.png", target)
    scalable = stage / "usr/share/icons/hicolor/scalable/apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True)
    shutil.copy(icons / "reader.svg", scalable)
    _write(stage / "usr/share/applications" / f"{APP_ID}.desktop", DESKTOP.format(app_id=APP_ID))
    _write(
        stage / "usr/share/metainfo" / f"{APP_ID}.metainfo.xml",
        METAINFO.format(app_id=APP_ID, version=version, date=date),
    )
    shutil.copy(root / "README.md", _mkdirs(stage / "usr/share/doc/reader") / "README.md")
    components = notices.read_manifest(app) or [
        notices.Component("reader", version, "Apache-2.0", ("reader-LICENSE.txt",), "reader developers")
    ]
    _write(stage / "usr/share/doc/reader/copyright", notices.debian_copyright("opt/reader", components))
    installed_kib = _folder_size(stage) // 1024
    control = [
        "Package: reader",
        f"Version: {version}",
        f"Architecture: {architecture}",
        f"Maintainer: {who}",
        f"Installed-Size: {installed_kib}",
        "Section: misc",
        "Priority: optional",
        f"Depends: {', '.join(DEPENDS)}",
        f"Recommends: {', '.join(RECOMMENDS)}",
        f"Description: {DESCRIPTION}",
    ]
    _write(_mkdirs(stage / "DEBIAN") / "control", "\n".join(control) + "\n")
    _fix_modes(stage)
    reproducible.stamp(stage, epoch)
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(stage), str(out)],
        check=True,
        stdout=subprocess.DEVNULL,
        env={**os.environ, reproducible.VARIABLE: str(epoch)},
    )
    return out


def _mkdirs(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def _write(path: Path, text: str) -> None:
    _mkdirs(path.parent)
    path.write_text(text, encoding="utf-8")


def _fix_modes(stage: Path) -> None:
    """Directories 755, executables 755, other files 644 (dpkg-deb checks DEBIAN's modes)."""
    for folder, _dirs, files in os.walk(stage):
        os.chmod(folder, 0o755)
        for name in files:
            path = Path(folder) / name
            if path.is_symlink():
                continue
            executable = os.access(path, os.X_OK) or name.endswith(".so") or ".so." in name
            os.chmod(path, 0o755 if executable else 0o644)


def _folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())
