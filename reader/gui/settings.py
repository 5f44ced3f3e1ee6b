"""Typed access to the user's preferences and window state, in the user's configuration folder.

Preferences (zoom, theme) live in ``reader.ini``; window state (geometry, splitter, reading
position) in ``state.ini`` beside it. A file that cannot be read is set aside and defaults are
used, with a line in the log; a value of the wrong type or out of range reads as its default.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from reader.core.history import Position

log = logging.getLogger(__name__)

THEMES = ("system", "light", "dark")
ZOOM_RANGE = (-6, 12)

DEFAULTS: dict[str, object] = {
    "view/zoom": 0,
    "view/theme": "system",
    "reading/section": "",
    "reading/offset": 0,
}


def config_folder() -> Path:
    """Return the user's configuration folder for the reader (needs the application name set)."""
    location = QStandardPaths.StandardLocation.AppConfigLocation
    return Path(QStandardPaths.writableLocation(location))


def _open(path: Path) -> QSettings:
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    settings.allKeys()
    if settings.status() == QSettings.Status.NoError:
        return settings
    aside = path.with_name(path.name + ".unreadable")
    log.warning(
        "settings file %s could not be read (%s); using defaults, old file kept as %s",
        path,
        settings.status().name,
        aside.name,
    )
    del settings
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
        try:
            number = int(str(value))
        except ValueError:
            log.warning("setting %s=%r is not a whole number; using %s", key, value, default)
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
        return value if isinstance(value, QByteArray) else QByteArray()

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
        if value not in THEMES:
            log.warning("setting view/theme=%r is not one of %s; using system", value, ", ".join(THEMES))
            return "system"
        return str(value)

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
        if not isinstance(section, str) or not section:
            return None
        return Position(section, self._int(self._state, "reading/offset", 0, 10_000_000))

    @position.setter
    def position(self, value: Position) -> None:
        self._state.setValue("reading/section", value.section_id)
        self._state.setValue("reading/offset", value.offset)

    def sync(self) -> None:
        """Write both files now."""
        self._preferences.sync()
        self._state.sync()
