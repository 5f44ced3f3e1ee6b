"""What the frozen reader leaves out, and why that is safe (used by build.spec).

PyInstaller collects whole Qt plugin families and every system library they pull in. The reader
needs, of Qt: Core, Gui, Widgets, PrintSupport, the xcb and offscreen platforms, the XDG portal
theme (to follow the desktop's light or dark scheme), the compose and IBus input methods, and
the CUPS print plugin. Everything else goes:

- translations: the reader's interface is English and Qt's dialogs fall back to English;
- networking (QtNetwork, TLS, network information, Python's ssl): the reader never uses the
  network, by design;
- Wayland, EGLFS, VNC, linuxfb and OpenGL integrations: the reader runs on X11 (and under
  XWayland on Wayland desktops) and draws no OpenGL;
- image formats, SVG and the icon engine: the reader ships its icons as PNG, which Qt reads
  without a plugin;
- the GTK platform theme, with GTK, Cairo, Pango and ATK: the portal theme gives the colour
  scheme, Fusion draws the widgets;
- evdev/tuio input: for framebuffer kiosks, not desktops;
- the markdown-it/YAML builder: the frozen app ships a built bundle;
- rapidfuzz's AVX2 copies: rapidfuzz falls back to its portable build when they are missing.

Libraries the desktop always provides are not bundled either, and the Debian package depends on
them: fontconfig and FreeType (a bundled copy can be older than the system's configuration),
D-Bus, the X11 and XCB client libraries with xkbcommon (what Qt's xcb platform needs), and CUPS
(the print plugin uses the system's; without it, printing to PDF still works).
"""

from __future__ import annotations

import fnmatch
import os
import re
import subprocess
import sys
from pathlib import Path

EXCLUDED_MODULES = [
    "markdown_it",
    "mdit_py_plugins",
    "yaml",
    "_yaml",
    "tkinter",
    "unittest",
    "pydoc",
    "doctest",
    "ssl",
    "_ssl",
    "_hashlib",
    "http",
    "urllib.request",
    "xmlrpc",
    "ftplib",
    "setuptools",
    "pkg_resources",
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtOpenGL",
    "PySide6.QtSvg",
]

_QT = "PySide6/Qt/"
DROPPED = [
    _QT + "translations/*",
    _QT + "plugins/wayland-*",
    _QT + "plugins/egldeviceintegrations/*",
    _QT + "plugins/xcbglintegrations/*",
    _QT + "plugins/generic/*",
    _QT + "plugins/networkinformation/*",
    _QT + "plugins/tls/*",
    _QT + "plugins/imageformats/*",
    _QT + "plugins/iconengines/*",
    _QT + "plugins/platformthemes/libqgtk3*",
    _QT + "lib/libQt6Network*",
    _QT + "lib/libQt6Wayland*",
    _QT + "lib/libQt6WlShell*",
    _QT + "lib/libQt6EglFS*",
    _QT + "lib/libQt6EglFs*",
    _QT + "lib/libQt6OpenGL*",
    _QT + "lib/libQt6Svg*",
    "rapidfuzz/*_avx2*",
    "rapidfuzz/distance/*_avx2*",
]
KEPT_PLATFORMS = ("libqxcb.so", "libqoffscreen.so", "qwindows.dll", "qoffscreen.dll", "libqcocoa.dylib")

# Provided by every Linux desktop (and named in the .deb's Depends): used from the system.
SYSTEM_LIBRARIES = [
    "libfontconfig.so*",
    "libfreetype.so*",
    "libdbus-1.so*",
    "libX11.so*",
    "libX11-xcb.so*",
    "libXau.so*",
    "libXdmcp.so*",
    "libXext.so*",
    "libXrender.so*",
    "libcups.so*",
    "libxcb*.so*",
    "libxkbcommon*.so*",
]

Entry = tuple[str, str, str]


def _dropped(name: str) -> bool:
    if any(fnmatch.fnmatch(name, pattern) for pattern in DROPPED):
        return True
    if name.startswith(_QT + "plugins/platforms/"):
        return os.path.basename(name) not in KEPT_PLATFORMS
    return "/" not in name and any(fnmatch.fnmatch(name, pattern) for pattern in SYSTEM_LIBRARIES)


def keep(binaries: list[Entry]) -> list[Entry]:
    """The binaries to ship: all but the dropped ones, and only the libraries something needs.

    A library at the top of the bundle is kept only if a kept binary (a Qt library, a plugin, a
    Python extension or another kept library) needs it, so the dependencies of dropped plugins
    go with them.
    """
    wanted = [entry for entry in binaries if not _dropped(entry[0])]
    top = {entry[0]: entry for entry in wanted if "/" not in entry[0] and not _is_python_runtime(entry[0])}
    kept = [entry for entry in wanted if entry[0] not in top]
    queue = list(kept)
    while queue:
        _name, source, _kind = queue.pop()
        for needed in _needed(source):
            found = top.pop(needed, None)
            if found is not None:
                kept.append(found)
                queue.append(found)
    return kept


def without_dangling_links(binaries: list[Entry], datas: list[Entry]) -> tuple[list[Entry], list[Entry]]:
    """Drop the symbolic links (PyInstaller's SYMLINK entries) whose target was left out."""
    present = {entry[0] for entry in binaries + datas if entry[2] != "SYMLINK"}

    def alive(entry: Entry) -> bool:
        if entry[2] != "SYMLINK":
            return True
        return os.path.normpath(os.path.join(os.path.dirname(entry[0]), entry[1])) in present

    return [e for e in binaries if alive(e)], [e for e in datas if alive(e)]


def _needed(path: str) -> list[str]:
    """The names of the libraries a binary needs directly (its DT_NEEDED entries on Linux)."""
    if sys.platform.startswith("linux"):
        out = subprocess.run(["readelf", "-d", path], capture_output=True, text=True, check=False).stdout
        return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)
    from PyInstaller.depend.bindepend import get_imports

    return [os.path.basename(name if isinstance(name, str) else name[0]) for name in get_imports(path)]


def keep_data(datas: list[Entry]) -> list[Entry]:
    """The data files to ship: all but the dropped ones (Qt translations above all)."""
    return [entry for entry in datas if not _dropped(entry[0])]


def _is_python_runtime(name: str) -> bool:
    return name.startswith(("libpython", "python3", "libpyside6", "libshiboken6"))


def windows_version_file(work: Path, version: str) -> str:
    """Write the Windows version resource (name, version, description) and return its path."""
    numbers = [int(part) for part in version.split(".")[:3] if part.isdigit()]
    numbers += [0] * (4 - len(numbers))
    tuple_text = ", ".join(str(n) for n in numbers[:4])
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers=({tuple_text}), prodvers=({tuple_text})),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('ProductName', 'reader'),
      StringStruct('FileDescription', 'Offline reader for health articles'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('ProductVersion', '{version}'),
      StringStruct('OriginalFilename', 'reader.exe'),
    ])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])]),
  ],
)
"""
    path = work / "version_info.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return str(path)
