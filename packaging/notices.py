"""The licences of everything frozen, written into the frozen folder so every installer carries them.

pip-licenses reads each frozen distribution's metadata (its licence and the licence files its wheel
carries); a component whose wheel carries no licence text (PySide6, shiboken6) gets the SPDX text
of its licence from ``packaging/licenses/``, and one with neither stops the build: a new dependency
cannot ship without its licence. CPython's own licence comes from the interpreter that froze it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import release_files
from release_files import normalised

HERE = Path(__file__).resolve().parent
SPDX_TEXTS = HERE / "licenses"
FOLDER = "licenses"  # beside the executable, in the program folder: About › Licences reads it
NOTICES = "THIRD-PARTY-NOTICES.txt"
MANIFEST = "components.json"
# The licence each of these is shipped under, where its metadata offers a choice.
CHOSEN = {
    "pyside6-essentials": "LGPL-3.0-only",
    "pyside6-addons": "LGPL-3.0-only",  # only QtTextToSpeech, and the QtMultimedia library it links to
    "shiboken6": "LGPL-3.0-only",
    "pyinstaller": "GPL-2.0-or-later WITH Bootloader-exception",  # only its bootloader is shipped
}
# LGPL-3.0 is the GPL-3.0 plus additional permissions: both texts go with it.
TEXTS_OF = {"LGPL-3.0-only": ("LGPL-3.0-only", "GPL-3.0-only")}

RELINKING = """\
Replacing the Qt libraries (LGPL-3.0, section 4)

The reader is a one-folder application: Qt and PySide6 are ordinary shared libraries beside the
program, not linked into it. You may replace them with your own build of the same Qt and PySide6
version (or a compatible one):

- Linux: the Qt libraries are _internal/PySide6/Qt/lib/libQt6*.so.6 and the bindings
  _internal/PySide6/*.abi3.so and _internal/shiboken6/ (under /opt/reader/ for the .deb).
- Windows: _internal\\PySide6\\Qt6*.dll, _internal\\PySide6\\*.pyd and _internal\\shiboken6\\ in the
  program folder.

Put your files in their place under the same names and start the reader as before. The sources
of Qt and PySide6 are at https://download.qt.io/official_releases/ and
https://download.qt.io/official_releases/QtForPython/ (the versions are listed in
THIRD-PARTY-NOTICES.txt and in the SBOM shipped beside the installers).
"""


class Component(NamedTuple):
    """One frozen component: its name, version, licence (SPDX where known), its licence files, who
    wrote it (the metadata's author) and its top-level folders or files in the frozen folder."""

    name: str
    version: str
    license: str
    files: tuple[str, ...]
    author: str = ""
    paths: tuple[str, ...] = ()


class NoticeError(Exception):
    """A frozen component has no licence text; the message is one line."""


def _from_pip_licenses(names: list[str]) -> list[dict[str, str]]:
    command = [sys.executable, "-m", "piplicenses", "--packages", *names, "--with-license-file"]
    command += ["--with-notice-file", "--with-authors", "--no-license-path", "--format=json"]
    found = subprocess.run(command, check=True, capture_output=True, text=True)
    rows: list[dict[str, str]] = json.loads(found.stdout)
    return rows


def write_notices(root: Path, app: Path, version: str) -> list[Component]:
    """Write every frozen component's licence texts, the notices file and the Qt relinking statement
    into APP/licenses/ (APP the frozen folder); return the components (for the Debian copyright file)."""
    internal = app / "_internal"
    out = app / FOLDER
    out.mkdir(parents=True, exist_ok=True)
    components = [_reader(root, out, version)]
    entries = release_files.frozen_entries(internal)
    rows = _from_pip_licenses(sorted(set(entries) | set(release_files.ALWAYS_FROZEN)))
    for row in sorted(rows, key=lambda r: normalised(r["Name"])):
        bootloader = normalised(row["Name"]) == "pyinstaller"  # the executable beside _internal
        paths = ("../reader", "../reader.exe") if bootloader else entries.get(normalised(row["Name"]), ())
        components.append(_component(row, out)._replace(paths=paths))
    components.append(_cpython(out))
    (out / "LGPL-RELINKING.txt").write_text(RELINKING, encoding="utf-8")
    lines = ["Third-party software in this copy of the reader, each under its own licence.", ""]
    for c in components:
        lines.append(f"{c.name} {c.version}: {c.license} ({', '.join(c.files)})")
    lines += ["", "How to replace the Qt libraries: LGPL-RELINKING.txt.", ""]
    (out / NOTICES).write_text("\n".join(lines), encoding="utf-8")
    (out / MANIFEST).write_text(json.dumps([c._asdict() for c in components], indent=2) + "\n", encoding="utf-8")
    return components


def _reader(root: Path, out: Path, version: str) -> Component:
    (out / "reader-LICENSE.txt").write_text((root / "LICENSE").read_text(encoding="utf-8"), encoding="utf-8")
    return Component("reader", version, "Apache-2.0", ("reader-LICENSE.txt",), "reader developers")


def _component(row: dict[str, str], out: Path) -> Component:
    name, version = row["Name"], row["Version"]
    licence = CHOSEN.get(normalised(name), row["License"])
    files: list[str] = []
    if row.get("LicenseText", "UNKNOWN") != "UNKNOWN":
        files.append(f"{name}-LICENSE.txt")
        (out / files[-1]).write_text(row["LicenseText"], encoding="utf-8")
    else:
        for spdx in TEXTS_OF.get(licence, (licence,)):
            text = SPDX_TEXTS / f"{spdx}.txt"
            if text.is_file():
                files.append(text.name)
                (out / text.name).write_text(text.read_text(encoding="utf-8"), encoding="utf-8")
    if row.get("NoticeText", "UNKNOWN") != "UNKNOWN":
        files.append(f"{name}-NOTICE.txt")
        (out / files[-1]).write_text(row["NoticeText"], encoding="utf-8")
    if not files:
        raise NoticeError(f"notices: {name} {version} ({licence}) ships no licence text and none is in {SPDX_TEXTS}")
    author = row.get("Author", "UNKNOWN")
    return Component(name, version, licence, tuple(files), "" if author == "UNKNOWN" else author)


def _cpython(out: Path) -> Component:
    base = Path(sys.base_prefix)
    candidates = [
        base / "LICENSE.txt",
        base / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}" / "LICENSE.txt",
    ]
    found = next((path for path in candidates if path.is_file()), None)
    if found is None:
        raise NoticeError(f"notices: CPython's LICENSE.txt is not under {base}")
    (out / "CPython-LICENSE.txt").write_text(found.read_text(encoding="utf-8"), encoding="utf-8")
    version = ".".join(map(str, sys.version_info[:3]))
    return Component("CPython", version, "PSF-2.0", ("CPython-LICENSE.txt",), "Python Software Foundation")


def read_manifest(app: Path) -> list[Component]:
    """The components a frozen folder's licences folder lists (none if it has none)."""
    manifest = app / FOLDER / MANIFEST
    if not manifest.is_file():
        return []
    rows = json.loads(manifest.read_text(encoding="utf-8"))
    return [
        Component(
            str(row["name"]),
            str(row["version"]),
            str(row["license"]),
            tuple(row["files"]),
            str(row.get("author", "")),
            tuple(row.get("paths", ())),
        )
        for row in rows
    ]


def debian_copyright(app_path: str, components: list[Component]) -> str:
    """/usr/share/doc/reader/copyright in Debian's machine-readable format: a stanza per frozen
    component, its files, its authors and its licence, pointing at the licence texts shipped."""
    internal_path = f"{app_path}/_internal"
    licences = f"{app_path}/{FOLDER}"
    stanzas = ["Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\nUpstream-Name: reader"]
    for c in components:
        files = " ".join(_glob(app_path, p) for p in c.paths) if c.paths else "*"
        if c.name == "CPython":
            files = f"{internal_path}/lib-dynload/* {internal_path}/base_library.zip {internal_path}/libpython*"
        texts = ", ".join(f"{licences}/{name}" for name in c.files)
        stanzas.append(
            f"Files: {files}\nCopyright: {c.author or c.name + ' authors'}\n"
            f"License: {c.license}\n Version {c.version}. The full text is in {texts}."
        )
    return "\n\n".join(stanzas) + "\n"


def _glob(app_path: str, path: str) -> str:
    if path.startswith("../"):  # beside _internal: the executable
        return f"{app_path}/{path[3:]}"
    return f"{app_path}/_internal/{path}" + ("" if "." in path else "/*")
