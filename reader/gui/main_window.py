"""The main window: composes the section tree and the content pane and wires their signals."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from reader.core.bundle import Bundle
from reader.core.model import ArticleInfo
from reader.gui.about_dialog import AboutDialog
from reader.gui.actions import Actions
from reader.gui.content_view import ContentView
from reader.gui.section_tree import OutlineModel, SectionTree

log = logging.getLogger(__name__)
PATH_SEPARATOR = " › "


class MainWindow(QMainWindow):
    """The reader window over one opened bundle."""

    def __init__(self, bundle: Bundle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bundle = bundle
        self.articles: list[ArticleInfo] = bundle.articles()
        title = self.articles[0].title if self.articles else "Reader"
        self.setWindowTitle(f"{title} — Reader")
        self.window_actions = Actions(self)
        self.outline_model = OutlineModel(bundle.outline(), self)
        self.tree = SectionTree(self.outline_model)
        self.content = ContentView()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.content)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 900])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self._build_menus()
        self._connect_signals()
        self.content.show_article("\n".join(s.html for s in bundle.sections()), bundle.stylesheet())
        self.resize(1200, 800)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(self.window_actions.quit)
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(self.window_actions.about)

    def _connect_signals(self) -> None:
        self.tree.section_requested.connect(self.content.scroll_to_section)
        self.content.section_changed.connect(self.tree.show_section)
        self.content.section_changed.connect(self._show_path)
        self.content.external_link_requested.connect(self._show_external_link)
        self.window_actions.quit.triggered.connect(self.close)
        self.window_actions.about.triggered.connect(self.show_about)

    @Slot(str)
    def open_section(self, section_id: str) -> None:
        """Bring a section to the top of the content pane."""
        self.content.scroll_to_section(section_id)

    @Slot(str)
    def _show_path(self, section_id: str) -> None:
        self.statusBar().showMessage(PATH_SEPARATOR.join(self.outline_model.path_of(section_id)))

    @Slot(QUrl)
    def _show_external_link(self, url: QUrl) -> None:
        self.statusBar().showMessage(f"This reader works offline: {url.toString()} was not opened", 10000)

    @Slot()
    def show_about(self) -> None:
        """Open the content information dialog."""
        AboutDialog(self.articles, self.bundle.meta, self).exec()
