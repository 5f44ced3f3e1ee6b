"""The main window: tree and content in step, history, zoom, colours, resume, keyboard, links."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QMouseEvent, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from reader.gui import theme
from reader.gui.about_dialog import MEDICAL_NOTICE, about_html
from reader.gui.link_dialog import ExternalLinkDialog
from reader.gui.main_window import MainWindow
from reader.gui.section_tree import SECTION_ID_ROLE
from tests.gui.conftest import WindowFactory

ROOT = "ketamine-effects/understanding-the-effects-of-ketamine-a-comprehensive-overview"


def press(widget: QWidget, button: Qt.MouseButton) -> None:
    """Send a mouse button press to a widget, as the mouse's extra buttons do."""
    point = QPointF(10, 10)
    event = QMouseEvent(
        QMouseEvent.Type.MouseButtonPress,
        point,
        widget.mapToGlobal(point),
        button,
        button,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def current_tree_id(window: MainWindow) -> object:
    return window.tree.currentIndex().data(SECTION_ID_ROLE)


def test_title_and_whole_article(window: MainWindow) -> None:
    assert window.windowTitle() == "Understanding the Effects of Ketamine: A Comprehensive Overview — Reader"
    text = window.content.toPlainText()
    assert "Often utilized when conventional antidepressants fail." in text
    assert text.rstrip().endswith("can be browsed safely and beneficially.")
    assert window.content.font().pointSizeF() >= 11


def test_tree_click_brings_section_to_top(window: MainWindow, qtbot: QtBot) -> None:
    index = window.outline_model.index_of("ketamine-effects/hallucinations")
    window.tree.scrollTo(index)
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=window.tree.visualRect(index).center())
    assert window.content.section_at_top() == "ketamine-effects/hallucinations"
    assert current_tree_id(window) == "ketamine-effects/hallucinations"
    assert window.path_label.full_text() == (
        "Understanding the Effects of Ketamine: A Comprehensive Overview"
        " › The Negative Effects of Ketamine › 2. Hallucinations"
    )


def test_enter_in_the_tree_opens_the_section(window: MainWindow, qtbot: QtBot) -> None:
    window.tree.setFocus()
    window.tree.setCurrentIndex(window.outline_model.index_of("ketamine-effects/key-safety-tips"))
    qtbot.keyClick(window.tree, Qt.Key.Key_Return)
    assert window.content.current_section() == "ketamine-effects/key-safety-tips"
    assert window.tree.hasFocus()


def test_scrolling_selects_the_section_in_the_tree(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    window.content.setFocus()
    qtbot.waitUntil(window.content.hasFocus)
    window.open_section("hallucinations")
    hallucinations = window.content.verticalScrollBar().value()
    window.content.verticalScrollBar().setValue(0)
    assert current_tree_id(window) == ROOT
    window.content.verticalScrollBar().setValue(hallucinations + 30)
    assert current_tree_id(window) == "ketamine-effects/hallucinations"
    assert window.content.hasFocus()


def test_a_jump_to_the_last_section_is_not_undone(window: MainWindow) -> None:
    window.open_section("conclusion")
    assert window.content.current_section() == "ketamine-effects/conclusion"
    assert current_tree_id(window) == "ketamine-effects/conclusion"


def test_back_and_forward(window: MainWindow, qtbot: QtBot) -> None:
    a = window.window_actions
    assert not a.back.isEnabled()
    window.open_section("hallucinations")
    window.open_section("key-safety-tips")
    assert a.back.isEnabled()
    qtbot.keyClick(window.content, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.content.current_section() == "ketamine-effects/hallucinations"
    a.back.trigger()
    assert window.content.current_section() == ROOT
    assert not a.back.isEnabled()
    a.forward.trigger()
    assert window.content.current_section() == "ketamine-effects/hallucinations"
    assert a.forward.isEnabled()


def test_mouse_back_button(window: MainWindow) -> None:
    window.open_section("hallucinations")
    window.open_section("conclusion")
    press(window.content.viewport(), Qt.MouseButton.BackButton)
    assert window.content.current_section() == "ketamine-effects/hallucinations"


def test_internal_link_is_a_jump_back_can_undo(window: MainWindow) -> None:
    window.content.anchorClicked.emit(QUrl("#summary-of-positive-effects"))
    assert window.content.current_section() == "ketamine-effects/summary-of-positive-effects"
    window.window_actions.back.trigger()
    assert window.content.current_section() == ROOT


def test_zoom_keys_wheel_and_persistence(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    normal = window.content.font().pointSizeF()
    qtbot.keyClick(window.content, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.content, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.content.font().pointSizeF() == normal + 2
    window.content.zoom_requested.emit(-1)
    assert window.content.zoom == 1
    assert window.settings.zoom == 1
    window.close()
    again = make_window()
    assert again.content.zoom == 1
    qtbot.keyClick(again.content, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert again.content.zoom == 0


def test_zoom_keeps_the_section_in_view(window: MainWindow) -> None:
    window.open_section("dependence-and-abuse-potential")
    window.window_actions.zoom_in.trigger()
    window.window_actions.zoom_in.trigger()
    assert window.content.section_at_top() == "ketamine-effects/dependence-and-abuse-potential"


def test_ctrl_wheel_zooms(window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.content.zoom_requested) as blocker:
        qtbot.wait(1)
        from PySide6.QtGui import QWheelEvent

        event = QWheelEvent(
            QPointF(50, 50),
            QPointF(50, 50),
            QPointF(0, 0).toPoint(),
            QPointF(0, 120).toPoint(),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.ControlModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(window.content.viewport(), event)
    assert blocker.args == [1]
    assert window.content.zoom == 1


def test_resume_where_the_reader_left_off(make_window: WindowFactory) -> None:
    window = make_window()
    window.resize(780, 520)
    window.splitter.setSizes([230, 550])
    window.open_section("dissociative-effects")
    bar = window.content.verticalScrollBar()
    bar.setValue(bar.value() + 40)
    left_at = window.content.position()
    assert left_at.section_id == "ketamine-effects/dissociative-effects"
    window.close()
    again = make_window()
    assert again.content.position() == left_at
    assert again.size().width() == 780
    assert again.splitter.sizes()[0] == 230


def test_section_option_wins_over_resume(make_window: WindowFactory) -> None:
    window = make_window()
    window.open_section("conclusion")
    window.close()
    again = make_window()
    again.resume("key-safety-tips")
    assert again.content.current_section() == "ketamine-effects/key-safety-tips"


@pytest.mark.parametrize("choice", ["light", "dark", "contrast"])
def test_theme_choice_applies_and_persists(make_window: WindowFactory, choice: str) -> None:
    window = make_window()
    window.window_actions.theme_actions()[choice].trigger()
    palette = QGuiApplication.palette()
    assert (palette.color(QPalette.ColorRole.Base).lightness() < 128) == (choice != "light")
    assert window.settings.theme == choice
    window.close()
    again = make_window()
    assert again.window_actions.theme_actions()[choice].isChecked()
    again.window_actions.theme_light.trigger()


def test_system_theme_follows_the_scheme(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    window.window_actions.theme_system.trigger()
    monkeypatch.setattr(theme, "system_is_dark", lambda: True)
    window.appearance.system_scheme_changed(Qt.ColorScheme.Dark)
    assert QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
    monkeypatch.setattr(theme, "system_is_dark", lambda: False)
    window.appearance.system_scheme_changed(Qt.ColorScheme.Light)
    assert QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() > 128


def test_system_theme_follows_high_contrast(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    window.window_actions.theme_system.trigger()
    monkeypatch.setattr(theme, "system_is_high_contrast", lambda: True)
    window.appearance.system_contrast_changed(Qt.ContrastPreference.HighContrast)
    assert QGuiApplication.palette().color(QPalette.ColorRole.Link) == theme.high_contrast_palette().color(
        QPalette.ColorRole.Link
    )
    window.window_actions.theme_light.trigger()  # a choice made is kept when the system changes
    window.appearance.system_contrast_changed(Qt.ContrastPreference.HighContrast)
    assert QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() > 128


@pytest.mark.parametrize(
    "palette",
    [theme.light_palette(), theme.dark_palette(), theme.high_contrast_palette()],
    ids=["light", "dark", "contrast"],
)
@pytest.mark.parametrize(
    ("text", "background"),
    [
        (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
        (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
        (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
        (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
        (QPalette.ColorRole.Link, QPalette.ColorRole.Base),
    ],
)
def test_text_contrast_is_at_least_4_5(
    palette: QPalette, text: QPalette.ColorRole, background: QPalette.ColorRole
) -> None:
    assert theme.contrast_ratio(palette.color(text), palette.color(background)) >= 4.5


def test_contrast_ratio_reference_values() -> None:
    from PySide6.QtGui import QColor

    assert theme.contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21)
    assert theme.contrast_ratio(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)


def test_f6_cycles_between_panes(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    window.tree.setFocus()
    qtbot.waitUntil(window.tree.hasFocus)
    qtbot.keyClick(window.tree, Qt.Key.Key_F6)
    assert window.content.hasFocus()
    qtbot.keyClick(window.content, Qt.Key.Key_F6)
    assert window.search_box.hasFocus()
    qtbot.keyClick(window.search_box, Qt.Key.Key_F6)
    assert window.tree.hasFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert window.search_box.hasFocus()


def test_no_shortcut_is_bound_twice(window: MainWindow) -> None:
    seen: dict[str, str] = {}
    for action in window.window_actions.all():
        for sequence in action.shortcuts():
            key = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            assert key not in seen, f"{key} is bound to {seen.get(key)} and {action.text()}"
            seen[key] = action.text()
    assert {"Ctrl+P", "Ctrl++", "Ctrl+-", "Ctrl+0", "F6", "Shift+F6", "Alt+Left", "Alt+Right"} <= set(seen)


def _menu_actions(actions: list[QAction]) -> list[QAction]:
    found: list[QAction] = []
    for action in actions:
        menu = action.menu()
        found += _menu_actions(menu.actions()) if isinstance(menu, QMenu) else [action]
    return found


def test_every_action_is_in_a_menu(window: MainWindow) -> None:
    in_menus = _menu_actions(window.menuBar().actions())
    for action in window.window_actions.all():
        assert action in in_menus, action.text()
    assert window.window_actions.print in in_menus


def test_interactive_widgets_have_accessible_names(window: MainWindow) -> None:
    for widget in (window.tree, window.content, window.path_label, window.zoom_label):
        assert widget.accessibleName()
    assert window.tree.accessibleDescription()
    assert window.content.accessibleDescription()


def test_about_shows_corrections_and_notice(window: MainWindow) -> None:
    page = about_html(window.articles, window.bundle.meta)
    assert "medicstoregb" in page
    assert "How long do the effects of ketamine last?" in page
    assert "Conclusion" in page
    assert window.bundle.digest in page
    assert window.bundle.meta["built_at"] in page
    assert "not a substitute for a clinician" in MEDICAL_NOTICE
    assert "Qt" in page


def test_external_link_shows_the_address_not_opened(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        ExternalLinkDialog, "show_for", classmethod(lambda cls, address, parent=None: shown.append(address))
    )
    window.content.anchorClicked.emit(QUrl("https://example.org/x"))
    assert shown == ["https://example.org/x"]


def test_link_dialog_copies_the_address(qtbot: QtBot) -> None:
    dialog = ExternalLinkDialog("mailto:clinic@example.org")
    qtbot.addWidget(dialog)
    assert "works offline" in dialog.message.text()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "mailto:clinic@example.org"


@pytest.mark.parametrize("address", ["file:///etc/passwd", "javascript:alert(1)", "data:text/html,hi"])
def test_other_links_are_ignored_with_a_log_line(
    window: MainWindow, address: str, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(cls: type, address: str, parent: object = None) -> None:
        pytest.fail(f"a dialog was opened for {address}")

    monkeypatch.setattr(ExternalLinkDialog, "show_for", classmethod(refuse))
    before = window.content.verticalScrollBar().value()
    with caplog.at_level(logging.WARNING):
        window.content.anchorClicked.emit(QUrl(address))
    assert "ignored a link" in caplog.text
    assert window.content.verticalScrollBar().value() == before


def test_mouse_forward_button_over_the_tree(window: MainWindow) -> None:
    window.open_section("hallucinations")
    window.window_actions.back.trigger()
    press(window.tree.viewport(), Qt.MouseButton.ForwardButton)
    assert window.content.current_section() == "ketamine-effects/hallucinations"


def test_back_after_a_link_returns_to_the_exact_place(window: MainWindow) -> None:
    window.open_section("hallucinations")
    bar = window.content.verticalScrollBar()
    bar.setValue(bar.value() + 30)
    before = window.content.position()
    window.content.anchorClicked.emit(QUrl("#conclusion"))
    assert window.content.current_section() == "ketamine-effects/conclusion"
    window.window_actions.back.trigger()
    assert window.content.position() == before


def test_the_content_pane_finds_every_section_s_anchor(window: MainWindow) -> None:
    assert window.content.section_ids() == [s.id for s in window.bundle.sections()]
