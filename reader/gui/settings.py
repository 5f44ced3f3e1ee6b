"""Typed access to the user's preferences and window state, in the user's configuration folder.

Preferences (zoom, theme) live in ``reader.ini``; window state (geometry, splitter, reading
position) in ``state.ini`` beside it. A file that cannot be read, or is far larger than settings
ever are, is set aside and defaults are used, with a line in the log. Every value is checked by
type and by value: QSettings hands back whatever the file says (``@ByteArray(...)``,
``@Variant(...)``, ``@Size(...)``, lists), and anything but the expected type and range reads as
the default, with a line in the log.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QByteArray, QSettings

from reader.core.history import Position
from reader.core.sources import is_regular_file
from reader.gui.i18n import SUPPORTED

log = logging.getLogger(__name__)

THEMES = ("system", "light", "dark", "contrast")
ZOOM_RANGE = (-6, 12)
MAX_FILE_BYTES = 64 * 1024  # the reader writes a few hundred bytes; a larger file is not its own
_WHOLE_NUMBER = re.compile(r"-?[0-9]{1,12}")
PREFERENCES, STATE = "reader.ini", "state.ini"


class Setting(NamedTuple):
    """One setting: its key, its file, its type and default, what values it may take, and what it is.

    ``allowed`` is a (lowest, highest) range for a whole number, the choices for a text with
    choices, and the largest length for free text or saved bytes.
    """

    key: str
    file: str
    kind: type
    default: object
    allowed: tuple[int, int] | tuple[str, ...] | int
    doc: str


ZOOM = Setting("view/zoom", PREFERENCES, int, 0, ZOOM_RANGE, "text size, in points above the normal size")
THEME = Setting(
    "view/theme", PREFERENCES, str, "system", THEMES, "colours: as the system is set, light, dark or high contrast"
)
TREE = Setting("view/sections", PREFERENCES, str, "shown", ("shown", "hidden"), "the list of sections beside the text")
LANGUAGES = ("", *SUPPORTED)  # '' follows the system
LANGUAGE = Setting("view/language", PREFERENCES, str, "", LANGUAGES, "the interface's language ('': the system's)")
GEOMETRY = Setting("window/geometry", STATE, QByteArray, b"", 4096, "the window's place and size")
SPLITTER = Setting("window/splitter", STATE, QByteArray, b"", 4096, "the split between sections and article")
SECTION = Setting("reading/section", STATE, str, "", 300, "the section being read at the last close")
OFFSET = Setting("reading/offset", STATE, int, 0, (0, 10_000_000), "how far below its heading, in pixels")
SETTINGS: tuple[Setting, ...] = (ZOOM, THEME, TREE, LANGUAGE, GEOMETRY, SPLITTER, SECTION, OFFSET)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _open(path: Path) -> QSettings:
    size = _size(path)
    if os.path.lexists(path) and not is_regular_file(path):
        problem = "is not a regular file (reading it could wait forever)"
    elif size > MAX_FILE_BYTES:
        problem = f"is {size // 1024} KiB, more than a settings file can be"
    else:
        settings = QSettings(str(path), QSettings.Format.IniFormat)
        settings.allKeys()
        if settings.status() == QSettings.Status.NoError:
            return settings
        problem = f"could not be read ({settings.status().name})"
        del settings
    aside = path.with_name(path.name + ".unreadable")
    log.warning("settings file %s %s; using defaults, old file kept as %s", path, problem, aside.name)
    try:
        path.replace(aside)
    except OSError as exc:
        log.warning("could not set aside %s: %s", path, exc)
    return QSettings(str(path), QSettings.Format.IniFormat)


class Settings:
    """The reader's settings: preferences and window state, each a small INI file."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._preferences = _open(folder / PREFERENCES)
        self._state = _open(folder / STATE)

    def _read(self, setting: Setting) -> object:
        """The setting's value if it has the setting's type and an allowed value, else (with a line
        in the log) its default."""
        store = self._preferences if setting.file == PREFERENCES else self._state
        value = store.value(setting.key)
        if value is None or (isinstance(value, str) and value == setting.default == ""):
            return setting.default
        checked = _checked(setting, value)
        if checked is None:
            shown, expected = _shown(value), _expected(setting)
            log.warning("setting %s=%s is not %s; using %r", setting.key, shown, expected, setting.default)
            return setting.default
        return checked

    def _int(self, setting: Setting) -> int:
        value = self._read(setting)
        assert isinstance(value, int)
        return value

    def _str(self, setting: Setting) -> str:
        value = self._read(setting)
        assert isinstance(value, str)
        return value

    def _bytes(self, setting: Setting) -> QByteArray:
        value = self._read(setting)
        return value if isinstance(value, QByteArray) else QByteArray()

    def _write(self, setting: Setting, value: object) -> None:
        """Write a preference only when it changes: a start that changes nothing writes no file."""
        if setting.file == STATE:
            self._state.setValue(setting.key, value)
            return
        current = self._preferences.value(setting.key)
        if str(current) == str(value) or (current is None and value == setting.default):
            return
        self._preferences.setValue(setting.key, value)

    @property
    def zoom(self) -> int:
        """Zoom steps above (or below) the default text size."""
        return self._int(ZOOM)

    @zoom.setter
    def zoom(self, value: int) -> None:
        self._write(ZOOM, max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], value)))

    @property
    def theme(self) -> str:
        """'system', 'light', 'dark' or 'contrast'."""
        return self._str(THEME)

    @theme.setter
    def theme(self, value: str) -> None:
        if value not in THEMES:
            raise ValueError(f"unknown theme {value!r}")
        self._write(THEME, value)

    @property
    def tree_shown(self) -> bool:
        """Whether the user wants the list of sections beside the text (a narrow window hides it anyway)."""
        return self._str(TREE) == "shown"

    @tree_shown.setter
    def tree_shown(self, value: bool) -> None:
        self._write(TREE, "shown" if value else "hidden")

    @property
    def language(self) -> str:
        """The interface language chosen in View › Language (a code), or '' to follow the system."""
        return self._str(LANGUAGE)

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unknown interface language {value!r}")
        self._write(LANGUAGE, value)

    @property
    def geometry(self) -> QByteArray:
        """The main window's saved geometry (empty if none)."""
        return self._bytes(GEOMETRY)

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._write(GEOMETRY, value)

    @property
    def splitter(self) -> QByteArray:
        """The saved splitter state between tree and content (empty if none)."""
        return self._bytes(SPLITTER)

    @splitter.setter
    def splitter(self, value: QByteArray) -> None:
        self._write(SPLITTER, value)

    @property
    def position(self) -> Position | None:
        """The reading position at the last close, or None."""
        section = self._str(SECTION)
        return Position(section, self._int(OFFSET)) if section else None

    @position.setter
    def position(self, value: Position) -> None:
        self._write(SECTION, value.section_id)
        self._write(OFFSET, value.offset)

    def sync(self) -> str | None:
        """Write both files now; return why they could not be written (read-only folder, full
        disk), or None."""
        for store in (self._preferences, self._state):
            store.sync()
            if store.status() != QSettings.Status.NoError:
                return f"settings could not be saved in {self.folder} ({store.status().name})"
        return None


def _checked(setting: Setting, value: object) -> object | None:
    """The value as the setting's type if it is one of its allowed values, else None."""
    allowed = setting.allowed
    if setting.kind is int:
        # QSettings gives text for numbers read from the file, int for numbers set in this run.
        if isinstance(value, str) and _WHOLE_NUMBER.fullmatch(value.strip()):
            value = int(value)
        low, high = (int(bound) for bound in allowed) if isinstance(allowed, tuple) else (0, allowed)
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        return value if low <= value <= high else None
    # The type first: a QByteArray compares equal to the str it holds, but is not one.
    if not isinstance(value, setting.kind):
        return None
    if isinstance(allowed, int):
        size = value.size() if isinstance(value, QByteArray) else len(value) if isinstance(value, str) else None
        return value if size is not None and size <= allowed else None
    return value if value in allowed else None


def _expected(setting: Setting) -> str:
    allowed = setting.allowed
    if setting.kind is int:
        return f"a whole number in {allowed}"
    if setting.kind is QByteArray:
        return "a saved window state"
    return f"one of {', '.join(map(str, allowed))}" if isinstance(allowed, tuple) else "a section id"


def _shown(value: object) -> str:
    """A settings value as the log shows it: its type, and its start if it is long."""
    text = repr(value)
    return f"{text[:60]}… ({type(value).__name__}, {len(text)} characters)" if len(text) > 80 else text
