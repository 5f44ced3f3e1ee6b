"""packaging/trim.py: what the frozen folder keeps of what PyInstaller collected."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def trim() -> ModuleType:
    """packaging/trim.py, loaded by its path (``packaging`` is PyPI's name, not ours)."""
    spec = importlib.util.spec_from_file_location("trim", REPO / "packaging" / "trim.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("readelf") is None, reason="needs readelf")
def test_top_level_extension_modules_are_kept_and_unneeded_libraries_dropped(trim: ModuleType, tmp_path: Path) -> None:
    """A Python extension module at the top (PyNaCl's _cffi_backend) is imported, never linked
    to: it stays, where a top-level library that nothing needs goes."""
    empty = str(tmp_path / "empty.so")  # readelf finds no NEEDED entries in it
    Path(empty).write_bytes(b"")
    binaries = [
        ("_cffi_backend.cpython-311-x86_64-linux-gnu.so", empty, "EXTENSION"),
        ("libunused.so.1", empty, "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", empty, "BINARY"),
    ]
    kept = {name for name, _source, _kind in trim.keep(binaries)}
    assert kept == {"_cffi_backend.cpython-311-x86_64-linux-gnu.so", "PySide6/Qt/lib/libQt6Core.so.6"}


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        # Read aloud: Qt TextToSpeech, its real engines, and the QtMultimedia library it links to.
        ("PySide6/QtTextToSpeech.abi3.so", True),
        ("PySide6/Qt/lib/libQt6TextToSpeech.so.6", True),
        ("PySide6/Qt/lib/libQt6Multimedia.so.6", True),
        ("PySide6/Qt/lib/libQt6Concurrent.so.6", True),  # QtMultimedia's library needs it
        ("PySide6/Qt/plugins/texttospeech/libqtexttospeech_speechd.so", True),
        ("PySide6/Qt6Multimedia.dll", True),
        ("PySide6/plugins/texttospeech/qtexttospeech_sapi.dll", True),
        ("PySide6/plugins/texttospeech/qtexttospeech_winrt.dll", True),
        # Not the test engine, the media plugins, FFmpeg or the rest of PySide6-Addons.
        ("PySide6/Qt/plugins/texttospeech/libqtexttospeech_mock.so", False),
        ("PySide6/plugins/texttospeech/qtexttospeech_mock.dll", False),
        ("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", False),
        ("PySide6/plugins/multimedia/windowsmediaplugin.dll", False),
        ("PySide6/Qt/lib/libavcodec.so.61", False),
        ("PySide6/Qt/lib/libswscale.so.8", False),
        ("PySide6/avformat-61.dll", False),
        ("PySide6/swresample-5.dll", False),
        ("PySide6/Qt/lib/libQt6MultimediaWidgets.so.6", False),
        ("PySide6/Qt/lib/libQt6VirtualKeyboard.so.6", False),
        ("PySide6/Qt6VirtualKeyboardQml.dll", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
    ],
)
def test_read_aloud_ships_only_the_text_to_speech_parts(
    trim: ModuleType, tmp_path: Path, name: str, kept: bool
) -> None:
    empty = tmp_path / "empty"
    empty.write_bytes(b"")
    assert [entry[0] for entry in trim.keep([(name, str(empty), "BINARY")])] == ([name] if kept else [])


def test_qt_multimedia_python_modules_are_left_out(trim: ModuleType) -> None:
    """QtTextToSpeech's Python module imports QtCore alone: QtMultimedia's and QtConcurrent's
    bindings, which PyInstaller would add for QtMultimedia's library, are not needed."""
    assert {"PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets", "PySide6.QtConcurrent"} <= set(trim.EXCLUDED_MODULES)
    assert "PySide6.QtTextToSpeech" not in trim.EXCLUDED_MODULES


@pytest.mark.parametrize("folder", ["PySide6/Qt/translations", "PySide6/translations"])
def test_qt_translations_are_qtbase_of_the_interface_languages_only(trim: ModuleType, folder: str) -> None:
    names = ["qtbase_fr.qm", "qtbase_es.qm", "qtbase_pt_BR.qm", "qtbase_ar.qm"]
    others = ["qtbase_de.qm", "qt_fr.qm", "qt_pt_PT.qm", "qtmultimedia_fr.qm", "qt_help_ar.qm", "qtbase_en.qm"]
    entries = [(f"{folder}/{name}", "x", "DATA") for name in names + others]
    assert [entry[0] for entry in trim.keep_data(entries)] == [f"{folder}/{name}" for name in names]


def test_the_readers_own_translations_are_kept(trim: ModuleType) -> None:
    entries = [(f"reader/i18n/reader_{code}.qm", "x", "DATA") for code in ("en", "fr", "es", "pt", "ar", "sw")]
    assert trim.keep_data(entries) == entries


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("readelf") is None, reason="needs readelf")
def test_libraries_every_system_has_come_from_the_system(trim: ModuleType, tmp_path: Path) -> None:
    """What Qt's own libraries and the speech-dispatcher plugin need of PulseAudio, speech-dispatcher,
    GLib, Kerberos and the compression libraries is left to the system (the .deb depends on or
    recommends them), where a library the system may lack (SQLite, which Python's module needs) is kept."""
    found = importlib.util.find_spec("PySide6")  # found, not imported: QtMultimedia warns without PipeWire
    assert found is not None
    assert found.origin is not None
    qt = Path(found.origin).parent / "Qt"
    libraries = {
        "PySide6/Qt/lib/libQt6Core.so.6": qt / "lib" / "libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6Network.so.6": qt / "lib" / "libQt6Network.so.6",
        "PySide6/Qt/lib/libQt6Multimedia.so.6": qt / "lib" / "libQt6Multimedia.so.6",
        "PySide6/Qt/plugins/texttospeech/libqtexttospeech_speechd.so": qt
        / "plugins"
        / "texttospeech"
        / "libqtexttospeech_speechd.so",
    }
    if not all(path.is_file() for path in libraries.values()):
        pytest.skip("PySide6-Addons (Qt TextToSpeech) is not installed")
    empty = tmp_path / "empty.so"
    empty.write_bytes(b"")
    system = ["libpulse.so.0", "libspeechd.so.2", "libglib-2.0.so.0", "libgthread-2.0.so.0", "libgssapi_krb5.so.2"]
    system += ["libz.so.1", "libzstd.so.1", "libbrotlidec.so.1", "libstdc++.so.6", "libgcc_s.so.1"]
    sqlite = importlib.util.find_spec("_sqlite3")
    assert sqlite is not None
    assert sqlite.origin is not None
    libraries["python3.11/lib-dynload/_sqlite3.so"] = Path(sqlite.origin)
    binaries = [(name, str(path), "BINARY") for name, path in libraries.items()]
    binaries += [(name, str(empty), "BINARY") for name in [*system, "libsqlite3.so.0"]]
    kept = {name for name, _source, _kind in trim.keep(binaries)}
    assert kept == {*libraries, "libsqlite3.so.0"}
