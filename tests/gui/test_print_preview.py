"""Print from the window: a preview whose toolbar is labelled, Print first; no printer said plainly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolBar, QToolButton
from pytestqt.qtbot import QtBot

from reader.core.export import Handout, handout
from reader.gui.handout_actions import PRINT_TEXT, printer_installed
from reader.gui.main_window import MainWindow
from reader.gui.no_printer_message import NoPrinterMessage
from reader.gui.scope_dialog import SECTION, ScopeDialog


def _preview_toolbar(window: MainWindow, qtbot: QtBot) -> QToolBar:
    item = handout(window.bundle, "hallucinations", dt.date(2031, 2, 3))
    preview = window.handouts.print_preview(item)
    qtbot.addWidget(preview)
    toolbar = preview.findChild(QToolBar)
    assert toolbar is not None
    return toolbar


def test_the_preview_toolbar_shows_text_and_print_comes_first(window: MainWindow, qtbot: QtBot) -> None:
    toolbar = _preview_toolbar(window, qtbot)
    assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextUnderIcon
    buttons = [action for action in toolbar.actions() if not action.isSeparator() and action.text()]
    assert buttons[0].text() == PRINT_TEXT == "Print"
    assert buttons[0].toolTip() == "Choose a printer and print this handout"
    assert toolbar.widgetForAction(buttons[0]).font().bold()
    assert [action.text() for action in buttons[1:3]] == ["Page setup", "Fit width"]
    assert [action.text() for action in buttons].count("Print") == 1
    labels = {action.text() for action in buttons}
    assert {"Zoom in", "Previous", "Next", "Landscape"} <= labels
    assert all(len(text) <= 12 for text in labels)  # short labels: the toolbar fits a laptop screen


def test_the_preview_toolbar_fits_a_1280_pixel_screen(window: MainWindow, qtbot: QtBot) -> None:
    toolbar = _preview_toolbar(window, qtbot)
    preview = toolbar.window()
    assert isinstance(preview, QPrintPreviewDialog)
    preview.resize(1280, 700)
    preview.show()
    qtbot.waitExposed(preview)
    more = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")  # Qt's "»" for what does not fit
    assert more is not None
    assert not more.isVisible()
    preview.resize(1024, 600)
    qtbot.waitUntil(more.isVisible)  # the view modes go under "»"; Print and the pages stay
    assert toolbar.widgetForAction(toolbar.actions()[0]).isVisible()
    preview.reject()


def test_the_preview_paints_the_handout(window: MainWindow, qtbot: QtBot) -> None:
    painted: list[object] = []
    item = handout(window.bundle, "hallucinations", dt.date(2031, 2, 3))
    preview = window.handouts.print_preview(item)
    qtbot.addWidget(preview)
    preview.paintRequested.connect(painted.append)
    preview.show()
    qtbot.waitUntil(lambda: bool(painted))
    preview.reject()


def test_with_no_printer_print_says_so_and_offers_export_pdf(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "instead.pdf"
    asked: list[object] = []

    def ask(cls: type[NoPrinterMessage], parent: object = None) -> bool:
        asked.append(parent)
        return True

    previews: list[Handout] = []
    window.handouts.has_printer = lambda: False
    monkeypatch.setattr(window.handouts, "open_print_preview", previews.append)
    monkeypatch.setattr(NoPrinterMessage, "ask", classmethod(ask))
    monkeypatch.setattr(ScopeDialog, "ask", classmethod(lambda cls, action, title, article, parent=None: SECTION))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(out), "PDF files (*.pdf)"))
    window.open_section("hallucinations")
    window.window_actions.print.trigger()
    assert asked == [window]
    assert previews == []
    assert out.is_file()
    assert window.statusBar().currentMessage().startswith("Saved 1 page to")


def test_with_no_printer_cancel_writes_nothing(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    window.handouts.has_printer = lambda: False
    monkeypatch.setattr(NoPrinterMessage, "ask", classmethod(lambda cls, parent=None: False))
    scope_asked: list[str] = []
    monkeypatch.setattr(
        ScopeDialog, "ask", classmethod(lambda cls, action, title, article, parent=None: scope_asked.append(action))
    )
    monkeypatch.setattr(QFileDialog, "getSaveFileName", pytest.fail)
    window.window_actions.print.trigger()
    assert scope_asked == []


def test_with_a_printer_print_opens_the_preview(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    window.handouts.has_printer = lambda: True
    previews: list[Handout] = []
    monkeypatch.setattr(window.handouts, "open_print_preview", previews.append)
    monkeypatch.setattr(NoPrinterMessage, "ask", pytest.fail)
    monkeypatch.setattr(ScopeDialog, "ask", classmethod(lambda cls, action, title, article, parent=None: SECTION))
    window.open_section("hallucinations")
    window.window_actions.print.trigger()
    assert len(previews) == 1


def test_the_no_printer_message_names_the_problem_and_offers_export(qtbot: QtBot) -> None:
    message = NoPrinterMessage()
    qtbot.addWidget(message)
    assert message.text() == "No printer is installed on this computer."
    assert "Export it as a PDF" in message.informativeText()
    assert message.export_button.text() == "Export PDF…"
    assert message.defaultButton() is message.export_button
    assert message.button(QMessageBox.StandardButton.Cancel) is not None


def test_printer_installed_asks_qt() -> None:
    from PySide6.QtPrintSupport import QPrinterInfo

    assert printer_installed() is bool(QPrinterInfo.availablePrinters())
