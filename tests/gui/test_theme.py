"""Colour themes on their own: light, dark and the system's choice, applied to the application."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from reader.gui import theme
from reader.gui.application import create_application
from reader.gui.focus_frame import focus_colour

Role = QPalette.ColorRole


def property_names(app: QApplication) -> list[str]:
    return [bytes(name.data()).decode() for name in app.dynamicPropertyNames()]


@pytest.fixture
def app() -> Iterator[QApplication]:
    """The application, its palette and properties put back as they were after the test."""
    app = create_application()
    palette = QPalette(app.palette())
    properties = {name: app.property(name) for name in property_names(app)}
    yield app
    app.setStyleSheet("")
    app.setPalette(palette)
    for name in property_names(app):
        app.setProperty(name, properties.get(name))


def is_dark(palette: QPalette) -> bool:
    return all(palette.color(role).lightness() < 128 for role in (Role.Window, Role.Base, Role.Button))


def is_light(palette: QPalette) -> bool:
    return all(palette.color(role).lightness() > 128 for role in (Role.Window, Role.Base, Role.Button))


@pytest.mark.parametrize(
    ("choice", "dark", "text"), [("light", False, "#1a1a1a"), ("dark", True, "#e6e6e6")], ids=["light", "dark"]
)
def test_a_choice_gives_the_application_its_palette(app: QApplication, choice: str, dark: bool, text: str) -> None:
    assert theme.apply(app, choice) == choice
    palette = QGuiApplication.palette()
    assert is_dark(palette) if dark else is_light(palette)
    assert palette.color(Role.Text).name() == text
    assert palette.color(Role.WindowText).name() == text


@pytest.mark.parametrize("system_dark", [True, False], ids=["dark", "light"])
def test_system_follows_the_system_s_scheme(
    app: QApplication, monkeypatch: pytest.MonkeyPatch, system_dark: bool
) -> None:
    monkeypatch.setattr(theme, "system_is_dark", lambda: system_dark)
    assert theme.apply(app, "system") == ("dark" if system_dark else "light")
    palette = QGuiApplication.palette()
    assert is_dark(palette) if system_dark else is_light(palette)


@pytest.mark.parametrize(
    ("choice", "system_dark", "scheme"),
    [
        ("light", True, "light"),
        ("dark", False, "dark"),
        ("system", True, "dark"),
        ("system", False, "light"),
        ("purple", True, "light"),  # a settings file with a choice it does not know
    ],
)
def test_resolve(monkeypatch: pytest.MonkeyPatch, choice: str, system_dark: bool, scheme: str) -> None:
    monkeypatch.setattr(theme, "system_is_dark", lambda: system_dark)
    assert theme.resolve(choice) == scheme


def test_an_unknown_system_scheme_counts_as_light(app: QApplication) -> None:
    # The offscreen platform of the tests has no colour scheme to tell.
    assert not theme.system_is_dark()
    assert theme.resolve("system") == "light"


def test_light_after_dark_is_the_whole_light_palette(app: QApplication) -> None:
    theme.apply(app, "dark")
    theme.apply(app, "light")
    palette = QGuiApplication.palette()
    style = QStyleFactory.create("Fusion")
    assert style is not None
    fusion = style.standardPalette()
    for role in (Role.Window, Role.Base, Role.Button, Role.AlternateBase, Role.Mid, Role.Shadow):
        assert palette.color(role) == fusion.color(role), role
    assert palette.color(Role.Text).name() == "#1a1a1a"


def test_the_light_palette_darkens_text_and_links(app: QApplication) -> None:
    palette = theme.light_palette()
    assert palette.color(Role.Text) == QColor("#1a1a1a")
    assert palette.color(Role.Link) == QColor("#0b57d0")
    assert palette.color(Role.HighlightedText) == QColor("white")


def test_the_dark_palette_dims_disabled_text(app: QApplication) -> None:
    palette = theme.dark_palette()
    for role in (Role.Text, Role.WindowText, Role.ButtonText):
        assert palette.color(QPalette.ColorGroup.Active, role) == QColor("#e6e6e6")
        assert palette.color(QPalette.ColorGroup.Disabled, role) == QColor("#7a7a7a")


def test_contrast_ratio_does_not_depend_on_the_order() -> None:
    grey, white = QColor("#595959"), QColor("white")
    assert theme.contrast_ratio(grey, white) == theme.contrast_ratio(white, grey) == pytest.approx(7.0, abs=0.01)
    assert theme.contrast_ratio(grey, grey) == 1


# High contrast

HIGH_CONTRAST_PAIRS = [
    (Role.Text, Role.Base),
    (Role.WindowText, Role.Window),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.Link, Role.Base),
    (Role.LinkVisited, Role.Base),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.PlaceholderText, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.Highlight, Role.Window),  # the selection against the page, where it is painted
]


@pytest.mark.parametrize(("text", "background"), HIGH_CONTRAST_PAIRS, ids=lambda role: role.name)
def test_high_contrast_pairs_are_7_to_1_or_more(app: QApplication, text: Role, background: Role) -> None:
    palette = theme.high_contrast_palette()
    assert theme.contrast_ratio(palette.color(text), palette.color(background)) >= 7


@pytest.mark.parametrize("role", [Role.Text, Role.WindowText, Role.ButtonText], ids=lambda role: role.name)
def test_high_contrast_disabled_text_is_dimmed_yet_7_to_1(app: QApplication, role: Role) -> None:
    palette = theme.high_contrast_palette()
    disabled = palette.color(QPalette.ColorGroup.Disabled, role)
    assert disabled != palette.color(QPalette.ColorGroup.Active, role)
    assert theme.contrast_ratio(disabled, palette.color(QPalette.ColorGroup.Disabled, Role.Window)) >= 7


def test_high_contrast_is_a_choice(app: QApplication) -> None:
    assert theme.apply(app, "contrast") == "contrast"
    palette = QGuiApplication.palette()
    assert is_dark(palette)
    assert palette.color(Role.Text) == QColor("#ffffff")
    assert palette.color(Role.Link) == QColor("#ffff00")
    assert app.styleSheet() == theme.HIGH_CONTRAST_STYLE  # edges Fusion draws black on black
    theme.apply(app, "light")
    assert is_light(QGuiApplication.palette())
    assert app.styleSheet() == ""


@pytest.mark.parametrize(
    ("system_contrast", "system_dark", "scheme"),
    [(True, False, "contrast"), (True, True, "contrast"), (False, True, "dark"), (False, False, "light")],
)
def test_the_system_s_high_contrast_comes_before_its_colour_scheme(
    monkeypatch: pytest.MonkeyPatch, system_contrast: bool, system_dark: bool, scheme: str
) -> None:
    monkeypatch.setattr(theme, "system_is_high_contrast", lambda: system_contrast)
    monkeypatch.setattr(theme, "system_is_dark", lambda: system_dark)
    assert theme.resolve("system") == scheme
    assert theme.resolve("light") == "light"  # a choice made is kept
    assert theme.resolve("contrast") == "contrast"


def test_the_offscreen_system_asks_for_no_high_contrast(app: QApplication) -> None:
    assert not theme.system_is_high_contrast()


def test_the_focus_frame_stands_out_in_high_contrast(app: QApplication) -> None:
    palette = theme.high_contrast_palette()
    assert theme.contrast_ratio(focus_colour(palette), palette.color(Role.Window)) >= 7
