"""What the frozen reader leaves out, and why that is safe (used by build.spec).

PyInstaller collects whole Qt plugin families and every system library they pull in. The reader
needs, of Qt: Core, Gui, Widgets, PrintSupport, Network (its local sockets only), the xcb and
offscreen platforms, the XDG portal theme (to follow the desktop's light or dark scheme), the
compose and IBus input methods, the CUPS print plugin, and TextToSpeech (View › Read aloud) with
its speech-dispatcher, SAPI and WinRT engines. Everything else goes:

- Qt's translations but qtbase's in the interface's languages (French, Spanish, Brazilian
  Portuguese, Arabic; Qt has none in Swahili), for the standard dialogs (print, file): the reader's
  own translations are in its package (``reader/i18n/*.qm``), and every other Qt module's texts
  (Multimedia's, Help's, ...) are never shown;
- networking (TLS, network information, Python's ssl, and with it OpenSSL's hashes): the reader
  never uses the network, by design; without ``_hashlib``, ``hashlib`` serves SHA-256 (all the
  reader hashes) from CPython's own module. QtNetwork stays for its local socket alone (a Unix
  socket or named pipe: a second start hands its request to the running window,
  ``reader.gui.instance_server``), which needs neither the TLS plugins nor OpenSSL;
- Wayland, EGLFS, VNC, linuxfb and OpenGL integrations: the reader runs on X11 (and under
  XWayland on Wayland desktops) and draws no OpenGL;
- image formats, SVG and the icon engine: the reader ships its icons as PNG, which Qt reads
  without a plugin;
- the GTK platform theme, with GTK, Cairo, Pango and ATK: the portal theme gives the colour
  scheme, Fusion draws the widgets;
- evdev/tuio input: for framebuffer kiosks, not desktops;
- the markdown-it/YAML builder: the frozen app ships a built bundle;
- PyStemmer, the compiled Snowball stemmers (2.6 MiB): snowballstemmer's own give the same stems,
  and the frozen app stems only what is typed (PyStemmer speeds up building content);
- ctypes, except on Windows: only platformdirs' Windows module uses it, and PyInstaller's start-up
  imports it whenever it is shipped (2 ms of the frozen window's start, ``bench/startup.py``);
- rapidfuzz's AVX2 copies: rapidfuzz falls back to its portable build when they are missing;
- pyspellchecker's word lists but those of the interface's languages (English, French, Spanish,
  Portuguese, Arabic; build.spec adds them, 3.3 MiB): search reads only the list of the content's
  language, and the others (German, Italian, Dutch, ...) would add 3.7 MiB;
- Qt Multimedia's Python modules, media plugins and FFmpeg: Qt TextToSpeech needs QtMultimedia's
  library alone (speech-dispatcher, SAPI and WinRT play the speech themselves); Qt's mock speech
  engine, made for tests; and the rest of PySide6-Addons that PyInstaller picks up with it (Qt's
  virtual keyboard, an input method for touch screens built on Qt Quick).

Libraries the desktop always provides are not bundled either, and the Debian package depends on
them: fontconfig and FreeType (a bundled copy can be older than the system's configuration),
D-Bus, the X11 and XCB client libraries with xkbcommon (what Qt's xcb platform needs), GLib,
Kerberos's GSSAPI, the compression libraries and the C++ runtime (below), and CUPS (the print plugin uses the
system's; without it, printing to PDF still works). Nor are two
libraries only reading aloud needs, which the package recommends: PulseAudio's client library
(QtMultimedia's library links to it; without it, Read aloud says it is not available) and
speech-dispatcher's (the speech engine's plugin links to it; without it, Read aloud says no speech
engine works).
"""

from __future__ import annotations

import fnmatch
import os
import re
import subprocess
import sys
from pathlib import Path

EXCLUDED_MODULES = [
    "Stemmer",
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
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtOpenGL",
    "PySide6.QtSvg",
    # QtTextToSpeech links to QtMultimedia's library, but its Python module imports neither of these.
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtConcurrent",  # PyInstaller adds it for QtMultimedia's library, which needs only Qt6Concurrent's
] + ([] if sys.platform.startswith("win") else ["ctypes", "_ctypes"])

# Qt's layout in the PySide6 wheels: Linux and macOS put it under PySide6/Qt/, Windows in PySide6/.
PLUGIN_DIRS = ("PySide6/Qt/plugins/", "PySide6/plugins/")
DROPPED_PLUGINS = (
    "wayland-*",
    "egldeviceintegrations/*",
    "xcbglintegrations/*",
    "generic/*",
    "networkinformation/*",
    "tls/*",
    "imageformats/*",
    "iconengines/*",
    "platformthemes/libqgtk3*",
    "multimedia/*",
    "texttospeech/*mock*",
    "platforminputcontexts/*virtualkeyboard*",
)
# Qt's own translations (PySide6/Qt/translations on Linux and macOS, PySide6/translations on Windows).
TRANSLATION_DIRS = ("PySide6/Qt/translations/", "PySide6/translations/")
KEPT_QT_TRANSLATIONS = ("qtbase_fr.qm", "qtbase_es.qm", "qtbase_pt_BR.qm", "qtbase_ar.qm")
DROPPED_FILES = (
    "rapidfuzz/*_avx2*",
    "rapidfuzz/distance/*_avx2*",
)
KEPT_WORD_LISTS = ("en.json.gz", "fr.json.gz", "es.json.gz", "pt.json.gz", "ar.json.gz")
WORD_LISTS = "spellchecker/resources/"
# Qt libraries the reader does not load (matched on the file name, in PySide6/Qt/lib or PySide6).
DROPPED_QT_LIBRARIES = (
    "*Qt6Wayland*",
    "*Qt6WlShell*",
    "*Qt6EglFS*",
    "*Qt6EglFs*",
    "*Qt6OpenGL*",
    "*Qt6Svg*",
    "*Qt6Pdf*",
    "*Qt6Qml*",
    "*Qt6Quick*",
    "opengl32sw.dll",
    "*Qt6MultimediaWidgets*",
    "*Qt6MultimediaQuick*",
    "*Qt6VirtualKeyboard*",
    "*avcodec*",
    "*avformat*",
    "*avutil*",
    "*swresample*",
    "*swscale*",
)
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
    "libpulse*.so*",
    "libspeechd.so*",
    # GLib (Qt's event loop, the speech-dispatcher plugin), Kerberos (QtNetwork links it for HTTP
    # authentication, which the reader never does), the compression libraries (zlib, zstd, Brotli,
    # xz, bzip2) and the C++ runtime: in every glibc 2.34 system's base set (6.8 MiB the folder
    # need not carry). The system's C++ runtime is also the one its OpenGL drivers need: a bundled
    # older copy would be loaded before theirs. The frozen binaries need GLIBCXX 3.4.29 at most
    # (GCC 11); Debian 12 and Ubuntu 22.04 have 3.4.30.
    "libstdc++.so*",
    "libgcc_s.so*",
    "libglib-2.0.so*",
    "libgthread-2.0.so*",
    "libgssapi_krb5.so*",
    "libz.so*",
    "libzstd.so*",
    "libbrotli*.so*",
    "liblzma.so*",
    "libbz2.so*",
]

Entry = tuple[str, str, str]


def _posix(name: str) -> str:
    return name.replace("\\", "/")


def _dropped(name: str) -> bool:
    name = _posix(name)
    if any(fnmatch.fnmatch(name, pattern) for pattern in DROPPED_FILES):
        return True
    if name.startswith(WORD_LISTS):
        return os.path.basename(name) not in KEPT_WORD_LISTS
    if name.startswith(TRANSLATION_DIRS):
        return os.path.basename(name) not in KEPT_QT_TRANSLATIONS
    for plugins in PLUGIN_DIRS:
        if name.startswith(plugins):
            inside = name[len(plugins) :]
            if inside.startswith("platforms/"):
                return os.path.basename(inside) not in KEPT_PLATFORMS
            return any(fnmatch.fnmatch(inside, pattern) for pattern in DROPPED_PLUGINS)
    folder, base = os.path.split(name)
    if folder in ("PySide6/Qt/lib", "PySide6") and any(fnmatch.fnmatch(base, p) for p in DROPPED_QT_LIBRARIES):
        return True
    return not folder and any(fnmatch.fnmatch(base, pattern) for pattern in SYSTEM_LIBRARIES)


def _key(name: str) -> str:
    """How a library is named when looked up: case-insensitively on Windows."""
    return name.lower() if sys.platform == "win32" else name


def keep(binaries: list[Entry]) -> list[Entry]:
    """The binaries to ship: all but the dropped ones, and only the libraries something needs.

    A library at the top of the bundle is kept only if a kept binary (a Qt library, a plugin, a
    Python extension or another kept library) needs it, so the dependencies of dropped plugins
    go with them. Names are compared with '/' separators, and case-insensitively on Windows.
    """
    wanted = [entry for entry in binaries if not _dropped(entry[0])]
    top = {
        _key(entry[0]): entry
        for entry in wanted
        if "/" not in _posix(entry[0])
        and not _is_python_runtime(entry[0])
        # Python extension modules, which no library links to: Windows keeps them all at the top,
        # Linux those of top-level modules (_cffi_backend, which PyNaCl imports).
        and not entry[0].endswith(".pyd")
        and entry[2] != "EXTENSION"
        and entry[2] != "SYMLINK"
    }
    kept = [entry for entry in wanted if _key(entry[0]) not in top]
    queue = list(kept)
    while queue:
        _name, source, kind = queue.pop()
        if kind == "SYMLINK":
            continue
        for needed in _needed(source):
            found = top.pop(_key(needed), None)
            if found is not None:
                kept.append(found)
                queue.append(found)
    return kept


def without_dangling_links(binaries: list[Entry], datas: list[Entry]) -> tuple[list[Entry], list[Entry]]:
    """Drop the symbolic links (PyInstaller's SYMLINK entries) whose target was left out."""
    present = {_posix(entry[0]) for entry in binaries + datas if entry[2] != "SYMLINK"}

    def alive(entry: Entry) -> bool:
        if entry[2] != "SYMLINK":
            return True
        target = os.path.normpath(os.path.join(os.path.dirname(_posix(entry[0])), _posix(entry[1])))
        return _posix(target) in present

    return [e for e in binaries if alive(e)], [e for e in datas if alive(e)]


def _needed(path: str) -> list[str]:
    """The names of the libraries a binary needs directly (its DT_NEEDED entries on Linux)."""
    if sys.platform.startswith("linux"):
        out = subprocess.run(["readelf", "-d", path], capture_output=True, text=True, check=False).stdout
        return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)
    from PyInstaller.depend.bindepend import get_imports

    return [os.path.basename(name if isinstance(name, str) else name[0]) for name in get_imports(path)]


def keep_data(datas: list[Entry]) -> list[Entry]:
    """The data files to ship: all but the dropped ones (most of Qt's translations above all)."""
    return [entry for entry in datas if not _dropped(entry[0])]


def _is_python_runtime(name: str) -> bool:
    return _key(name).startswith(("libpython", "python3", "libpyside6", "libshiboken6", "pyside6.", "shiboken6."))


def windows_version_file(work: Path, version: str, name: str, description: str) -> str:
    """Write the Windows version resource of NAME.exe (product, version, description) and return its path."""
    numbers = [int(part) for part in version.split(".")[:3] if part.isdigit()]
    numbers += [0] * (4 - len(numbers))
    tuple_text = ", ".join(str(n) for n in numbers[:4])
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers=({tuple_text}), prodvers=({tuple_text})),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('ProductName', 'reader'),
      StringStruct('FileDescription', {description!r}),
      StringStruct('FileVersion', '{version}'),
      StringStruct('ProductVersion', '{version}'),
      StringStruct('OriginalFilename', '{name}.exe'),
    ])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])]),
  ],
)
"""
    path = work / f"version_info_{name}.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return str(path)
