"""Light and dark palettes, and following the system's colour scheme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

Role = QPalette.ColorRole

_DARK = {
    Role.Window: "#2b2b2b",
    Role.WindowText: "#e6e6e6",
    Role.Base: "#1e1e1e",
    Role.AlternateBase: "#262626",
    Role.Text: "#e6e6e6",
    Role.PlaceholderText: "#a0a0a0",
    Role.Button: "#353535",
    Role.ButtonText: "#e6e6e6",
    Role.BrightText: "#ffffff",
    Role.Highlight: "#3d6fb4",
    Role.HighlightedText: "#ffffff",
    Role.Link: "#8ab4f8",
    Role.LinkVisited: "#c58af9",
    Role.ToolTipBase: "#353535",
    Role.ToolTipText: "#e6e6e6",
    Role.Light: "#505050",
    Role.Midlight: "#404040",
    Role.Mid: "#303030",
    Role.Dark: "#191919",
    Role.Shadow: "#000000",
}
_LIGHT_OVERRIDES = {
    Role.Text: "#1a1a1a",
    Role.WindowText: "#1a1a1a",
    Role.Link: "#0b57d0",
    Role.Highlight: "#1d5fa6",
    Role.HighlightedText: "#ffffff",
}


def light_palette() -> QPalette:
    """The light palette: Fusion's own, with slightly softer black text and a darker link blue."""
    palette = QPalette(QGuiApplication.palette()) if not _customised() else _fusion_palette()
    for role, colour in _LIGHT_OVERRIDES.items():
        palette.setColor(role, QColor(colour))
    return palette


_APPLIED = "reader_theme"


def _customised() -> bool:
    """Whether the reader has already replaced the application's own (Fusion) palette."""
    app = QGuiApplication.instance()
    return bool(app is not None and app.property(_APPLIED))


def _fusion_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    return style.standardPalette() if style is not None else QPalette()


def dark_palette() -> QPalette:
    """The dark palette; disabled text is dimmed."""
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.Text, Role.WindowText, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


def system_is_dark() -> bool:
    """Whether the system asks for a dark colour scheme (Qt 6.5 style hints)."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def resolve(choice: str) -> str:
    """Return 'light' or 'dark' for a choice of 'light', 'dark' or 'system'."""
    if choice == "system":
        return "dark" if system_is_dark() else "light"
    return "dark" if choice == "dark" else "light"


def apply(app: QApplication, choice: str) -> str:
    """Give the application the palette for a choice; return the scheme applied."""
    scheme = resolve(choice)
    app.setPalette(dark_palette() if scheme == "dark" else light_palette())
    app.setProperty(_APPLIED, True)
    return scheme


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast_ratio(foreground: QColor, background: QColor) -> float:
    """The WCAG 2 contrast ratio of two colours (1 to 21)."""
    lighter, darker = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
