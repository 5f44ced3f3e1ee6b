"""Light, dark and high-contrast palettes, and following the system's colour scheme and contrast
setting (Windows' high contrast, read by Qt 6.10's ``QStyleHints.accessibility()``)."""

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
# White and yellow on black, each pair 7:1 or more (WCAG AAA): for low vision, and what Windows'
# "High Contrast Black" looks like.
_HIGH_CONTRAST = {
    Role.Window: "#000000",
    Role.WindowText: "#ffffff",
    Role.Base: "#000000",
    Role.AlternateBase: "#1c1c1c",
    Role.Text: "#ffffff",
    Role.PlaceholderText: "#c8c8c8",
    Role.Button: "#000000",
    Role.ButtonText: "#ffffff",
    Role.BrightText: "#ffffff",
    Role.Highlight: "#1aebff",
    Role.HighlightedText: "#000000",
    Role.Link: "#ffff00",
    Role.LinkVisited: "#ff9cff",
    Role.ToolTipBase: "#000000",
    Role.ToolTipText: "#ffffff",
    Role.Light: "#ffffff",
    Role.Midlight: "#c8c8c8",
    Role.Mid: "#9a9a9a",
    Role.Dark: "#ffffff",
    Role.Shadow: "#ffffff",
}
HIGH_CONTRAST_DISABLED = "#9a9a9a"
# Fusion draws frames and scroll bar handles a shade darker than the window: black on black. In
# high contrast the search box and the scroll bars get white edges (the focused box a yellow one)
# and a white handle.
HIGH_CONTRAST_STYLE = """
QLineEdit { border: 1px solid #ffffff; border-radius: 2px; padding: 2px 4px; }
QLineEdit:focus { border: 2px solid #ffff00; padding: 1px 3px; }
QScrollBar:vertical { background: #000000; width: 16px; border: 1px solid #ffffff; }
QScrollBar:horizontal { background: #000000; height: 16px; border: 1px solid #ffffff; }
QScrollBar::handle { background: #ffffff; border: 2px solid #000000; }
QScrollBar::handle:vertical { min-height: 32px; }
QScrollBar::handle:horizontal { min-width: 32px; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0px; height: 0px; border: none; }
"""
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


def high_contrast_palette() -> QPalette:
    """The high-contrast palette: white text on black, yellow links, cyan selection; disabled
    text grey (still 7:1)."""
    palette = QPalette()
    for role, colour in _HIGH_CONTRAST.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.Text, Role.WindowText, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(HIGH_CONTRAST_DISABLED))
    return palette


def system_is_high_contrast() -> bool:
    """Whether the system asks for high contrast (Windows' high contrast setting; Qt 6.10's
    ``QStyleHints.accessibility().contrastPreference()``)."""
    # The style hints held while asked: PySide6 6.11 deletes the accessibility hints of a
    # temporary QStyleHints wrapper with it ("Internal C++ object already deleted" next time).
    hints = QGuiApplication.styleHints()
    return hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast


def system_is_dark() -> bool:
    """Whether the system asks for a dark colour scheme (Qt 6.5 style hints)."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def resolve(choice: str) -> str:
    """Return 'light', 'dark' or 'contrast' for a choice of 'light', 'dark', 'contrast' or
    'system' (high contrast when the system asks for it, else its colour scheme)."""
    if choice == "system":
        if system_is_high_contrast():
            return "contrast"
        return "dark" if system_is_dark() else "light"
    return choice if choice in ("dark", "contrast") else "light"


def apply(app: QApplication, choice: str) -> str:
    """Give the application the palette for a choice; return the scheme applied."""
    scheme = resolve(choice)
    palettes = {"dark": dark_palette, "contrast": high_contrast_palette}
    app.setPalette(palettes.get(scheme, light_palette)())
    style = HIGH_CONTRAST_STYLE if scheme == "contrast" else ""
    if app.styleSheet() != style:  # none at all, unless high contrast: a style sheet costs
        app.setStyleSheet(style)
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
