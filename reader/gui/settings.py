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

from PySide6.QtCore import QByteArray, QSettings

from reader.core.history import Position
from reader.core.sources import is_regular_file

log = logging.getLogger(__name__)

THEMES = ("system", "light", "dark")
ZOOM_RANGE = (-6, 12)
MAX_FILE_BYTES = 64 * 1024  # the reader writes a few hundred bytes; a larger file is not its own
MAX_STATE_BYTES = 4096  # a saved geometry or splitter state is tens of bytes
MAX_SECTION_ID = 300
_WHOLE_NUMBER = re.compile(r"-?[0-9]{1,12}")

DEFAULTS: dict[str, object] = {
    "view/zoom": 0,
    "view/theme": "system",
    "reading/section": "",
    "reading/offset": 0,
}


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
        self._preferences = _open(folder / "reader.ini")
        self._state = _open(folder / "state.ini")

    def _int(self, store: QSettings, key: str, low: int, high: int) -> int:
        default = DEFAULTS[key]
        assert isinstance(default, int)
        value = store.value(key, default)
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        elif isinstance(value, str) and _WHOLE_NUMBER.fullmatch(value.strip()):
            number = int(value)
        else:
            log.warning("setting %s=%s is not a whole number; using %s", key, _shown(value), default)
            return default
        if not low <= number <= high:
            log.warning("setting %s=%s is out of range; using %s", key, number, default)
            return default
        return number

    def _set_preference(self, key: str, value: object) -> None:
        """Write a preference only when it changes: a start that changes nothing writes no file."""
        current = self._preferences.value(key)
        if str(current) == str(value) or (current is None and value == DEFAULTS[key]):
            return
        self._preferences.setValue(key, value)

    def _bytes(self, key: str) -> QByteArray:
        value = self._state.value(key)
        if isinstance(value, QByteArray) and value.size() <= MAX_STATE_BYTES:
            return value
        if value is not None:
            log.warning("setting %s=%s is not a saved window state; using none", key, _shown(value))
        return QByteArray()

    @property
    def zoom(self) -> int:
        """Zoom steps above (or below) the default text size."""
        return self._int(self._preferences, "view/zoom", *ZOOM_RANGE)

    @zoom.setter
    def zoom(self, value: int) -> None:
        self._set_preference("view/zoom", max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], value)))

    @property
    def theme(self) -> str:
        """'system', 'light' or 'dark'."""
        value = self._preferences.value("view/theme", DEFAULTS["view/theme"])
        # The type first: a QByteArray compares equal to the str it holds, but is not one.
        if not isinstance(value, str) or value not in THEMES:
            log.warning("setting view/theme=%s is not one of %s; using system", _shown(value), ", ".join(THEMES))
            return "system"
        return value

    @theme.setter
    def theme(self, value: str) -> None:
        if value not in THEMES:
            raise ValueError(f"unknown theme {value!r}")
        self._set_preference("view/theme", value)

    @property
    def geometry(self) -> QByteArray:
        """The main window's saved geometry (empty if none)."""
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._state.setValue("window/geometry", value)

    @property
    def splitter(self) -> QByteArray:
        """The saved splitter state between tree and content (empty if none)."""
        return self._bytes("window/splitter")

    @splitter.setter
    def splitter(self, value: QByteArray) -> None:
        self._state.setValue("window/splitter", value)

    @property
    def position(self) -> Position | None:
        """The reading position at the last close, or None."""
        section = self._state.value("reading/section", "")
        if not isinstance(section, str) or not section or len(section) > MAX_SECTION_ID:
            if section:
                log.warning("setting reading/section=%s is not a section id; starting at the top", _shown(section))
            return None
        return Position(section, self._int(self._state, "reading/offset", 0, 10_000_000))

    @position.setter
    def position(self, value: Position) -> None:
        self._state.setValue("reading/section", value.section_id)
        self._state.setValue("reading/offset", value.offset)

    def sync(self) -> str | None:
        """Write both files now; return why they could not be written (read-only folder, full
        disk), or None."""
        for store in (self._preferences, self._state):
            store.sync()
            if store.status() != QSettings.Status.NoError:
                return f"settings could not be saved in {self.folder} ({store.status().name})"
        return None


def _shown(value: object) -> str:
    """A settings value as the log shows it: its type, and its start if it is long."""
    text = repr(value)
    return f"{text[:60]}… ({type(value).__name__}, {len(text)} characters)" if len(text) > 80 else text
