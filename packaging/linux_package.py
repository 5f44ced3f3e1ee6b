"""After the freeze, on Linux: the portable archive and the Debian package (used by build.spec)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
import time
from datetime import date
from pathlib import Path

APP_ID = "org.clinicreader.Reader"
RELEASE_DATES = {"0.1.0": "2026-11-26"}
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

# What Qt's xcb platform, fonts, D-Bus and printing need from the system (see trim.py).
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
]
RECOMMENDS = ["libcups2"]

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


def package(root: Path, work: Path, dist: Path, version: str) -> None:
    """Write dist/reader-VERSION-linux-x86_64.tar.xz and dist/reader_VERSION_amd64.deb; print sizes."""
    app = dist / "reader"
    started = time.perf_counter()
    archive = write_archive(app, dist / f"reader-{version}-linux-x86_64.tar.xz", version)
    deb = write_deb(root, work, app, dist / f"reader_{version}_amd64.deb", version)
    print(f"packaged in {time.perf_counter() - started:.0f} s")
    print()
    print(f"{'dist/reader/ (installed size)':<42} {_folder_size(app) / 2**20:7.1f} MiB")
    for path in (archive, deb):
        print(f"{'dist/' + path.name:<42} {path.stat().st_size / 2**20:7.1f} MiB")


def write_archive(app: Path, out: Path, version: str) -> Path:
    """A tar.xz of the app folder, unpacking to reader-VERSION/."""
    tar = out.with_suffix("")
    with tarfile.open(tar, "w") as archive:
        archive.add(app, arcname=f"reader-{version}", filter=_normalise)
    out.unlink(missing_ok=True)
    # xz on every core: the Python lzma module would use one.
    subprocess.run(["xz", "-6", "-T0", "-f", str(tar)], check=True)
    return out


def _normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def write_deb(root: Path, work: Path, app: Path, out: Path, version: str) -> Path:
    """A Debian package installing to /opt/reader with a /usr/bin/reader link, menu entry and icons."""
    stage = work / "deb" / f"reader_{version}_amd64"
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
        METAINFO.format(app_id=APP_ID, version=version, date=RELEASE_DATES.get(version, date.today().isoformat())),
    )
    shutil.copy(root / "README.md", _mkdirs(stage / "usr/share/doc/reader") / "README.md")
    installed_kib = _folder_size(stage) // 1024
    control = [
        "Package: reader",
        f"Version: {version}",
        "Architecture: amd64",
        "Maintainer: reader developers <reader@localhost>",
        f"Installed-Size: {installed_kib}",
        "Section: misc",
        "Priority: optional",
        f"Depends: {', '.join(DEPENDS)}",
        f"Recommends: {', '.join(RECOMMENDS)}",
        f"Description: {DESCRIPTION}",
    ]
    _write(_mkdirs(stage / "DEBIAN") / "control", "\n".join(control) + "\n")
    _fix_modes(stage)
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(stage), str(out)],
        check=True,
        stdout=subprocess.DEVNULL,
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
