"""The Windows setup's lists and script, checked without Wine: the generator
(packaging/windows_files.py) on a made-up frozen folder, and what the NSIS script may delete.

tests/test_windows_installer.py builds the real setup and tries it under Wine.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parent.parent


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


def _section(script: str, header: str) -> str:
    """The body of the NSIS section whose header line starts with HEADER."""
    body = script[script.index(header) :]
    return body[: body.index("SectionEnd")]


def test_uninstaller_removes_only_the_list_unless_asked() -> None:
    """The uninstaller deletes the generated list's entries, never a folder with /r, but for the
    user's own folder of the reader's data, in a section off by default that the user ticks."""
    script = (REPO / "packaging" / "windows" / "reader.nsi").read_text(encoding="utf-8")
    assert '!include "${LISTS}\\uninstall_files.nsh"' in _section(script, 'Section "-un.Reader"')
    user_data = _section(script, 'Section /o "un.')
    assert re.findall(r"^\s*(\w+)\s+/r\b(.*)$", script, flags=re.MULTILINE) == [
        ("File", ' "${SOURCE}\\*.*"'),
        ("RMDir", ' "$LOCALAPPDATA\\reader"'),
    ]
    assert 'RMDir /r "$LOCALAPPDATA\\reader"' in user_data
    assert "SetShellVarContext current" in user_data  # this user's folder, not ProgramData


def test_path_is_an_option_off_by_default() -> None:
    script = (REPO / "packaging" / "windows" / "reader.nsi").read_text(encoding="utf-8")
    on_path = _section(script, 'Section /o "$(SecPathName)" SecPath')
    assert 'WriteRegExpandStr HKLM "${ENVIRONMENT_KEY}" "Path"' in on_path
    assert "${STRING_ROOM}" in on_path  # a PATH that NSIS could not hold whole is never rewritten


WINDOWS = REPO / "packaging" / "windows"


def test_every_word_of_the_setup_is_in_each_of_its_languages() -> None:
    """Each language the setup offers (French, Spanish, both Portuguese, Arabic beside English)
    has every string the script uses and its own medical notice, which exists."""
    script = (WINDOWS / "reader.nsi").read_text(encoding="utf-8")
    strings = (WINDOWS / "languages.nsh").read_text(encoding="utf-8")
    languages = re.findall(r'^!insertmacro MUI_LANGUAGE "(\w+)"', script, flags=re.MULTILINE)
    assert languages == ["English", "French", "Spanish", "PortugueseBR", "Portuguese", "Arabic"]
    assert '!include /CHARSET=UTF8 "${__FILEDIR__}/languages.nsh"' in script
    used = set(re.findall(r"\$\((\w+)\)", script))
    assert {"NoticeFile", "FolderRefused", "PathTooLong", "SecPathName"} <= used
    defined: dict[str, set[str]] = {}
    for name, language in re.findall(r"^(?:License)?LangString (\w+) \$\{LANG_(\w+)\}", strings, flags=re.MULTILINE):
        defined.setdefault(name, set()).add(language)
    for name in used:
        assert defined.get(name) == {language.upper() for language in languages}, name
    for code in ("fr", "es", "pt", "ar"):
        notice = (WINDOWS / f"notice_{code}.txt").read_bytes()
        assert notice.startswith("\ufeff".encode()), code  # UTF-8 with its mark, as NSIS reads it
        assert "%LOCALAPPDATA%\\reader" in notice.decode("utf-8-sig")
        assert f"notice_{code}.txt" in strings


def test_the_setup_asks_its_language_and_keeps_it_for_the_uninstaller() -> None:
    script = (WINDOWS / "reader.nsi").read_text(encoding="utf-8")
    on_init = script[script.index("Function .onInit") :]
    un_init = script[script.index("Function un.onInit") :]
    assert "!insertmacro MUI_LANGDLL_DISPLAY" in on_init[: on_init.index("FunctionEnd")]
    assert "!insertmacro MUI_UNGETLANGUAGE" in un_init[: un_init.index("FunctionEnd")]
    assert '!define MUI_LANGDLL_REGISTRY_KEY "${UNINSTALL_KEY}"' in script  # removed with the entry
