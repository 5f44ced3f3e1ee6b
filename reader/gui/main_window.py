"""The main window: builds the parts, then wires every signal in ``_connect_signals``."""

from __future__ import annotations

import functools
import logging

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from reader.core.bundle import Bundle
from reader.core.catalog import Catalog, bundle_rows, skipped_files
from reader.core.errors import BundleError, SectionNotFoundError
from reader.core.history import NavigationHistory, Position
from reader.core.library import NAMED, Library
from reader.core.model import ArticleInfo, resolve_section
from reader.core.policy import PATH_SEPARATOR
from reader.gui.accessibility import name_window_parts
from reader.gui.actions import Actions
from reader.gui.add_content_action import AddContentAction
from reader.gui.appearance import Appearance
from reader.gui.article_switcher import ArticleSwitcher
from reader.gui.content_view import ContentView
from reader.gui.elided_label import ElidedLabel
from reader.gui.focus_frame import FocusFrame
from reader.gui.handout_actions import HandoutActions
from reader.gui.language_menu import LanguageMenu
from reader.gui.library_controller import LibraryController
from reader.gui.menus import build_menus, build_toolbar
from reader.gui.notice_bar import NoticeBar, with_bar_above
from reader.gui.pane_focus import focus_next
from reader.gui.read_aloud_actions import ReadAloudActions
from reader.gui.search_box import SearchBox
from reader.gui.search_controller import SearchController
from reader.gui.section_tree import OutlineModel, SectionTree
from reader.gui.settings import Settings
from reader.gui.window_geometry import restore_geometry

log = logging.getLogger(__name__)

# Below this width the list of sections and a readable line of text do not both fit: the list
# folds away (F9 brings it back) and the article takes the width.
NARROW_WIDTH = 760


class MainWindow(QMainWindow):
    """The reader window over an opened library (of one bundle or many): one article at a time.

    Signals:
        first_painted(): the article or the library page was painted for the first time (start-up
            work can follow).
    """

    first_painted = Signal()

    def __init__(self, shelf: Library | Bundle, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shelf = Library([(shelf, NAMED)]) if isinstance(shelf, Bundle) else shelf
        """The library the window reads (its caller opens and closes it)."""
        self.settings = settings
        self.catalog = Catalog.of(self.shelf)  # read once: paths, tree and articles all come from it
        self.articles: list[ArticleInfo] = list(self.catalog.articles.values())
        self.history = NavigationHistory()
        self._settings_problem_said = False
        self._reading_kept = False  # a search began: Back from its first hit returns to the reading place
        self._narrow: bool | None = None
        self._painted_once = False

        self.window_actions = Actions(self)
        self.content = ContentView(language_of=self._language_of)
        self.article_pages = ArticleSwitcher(self.catalog, self.content, self)
        self.outline_model = OutlineModel(self.catalog, self, self.article_pages.tips())
        self.tree = SectionTree(self.outline_model)
        self.left = QStackedWidget()
        self.left.addWidget(self.tree)
        self.search_box = SearchBox()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.left_frame = FocusFrame(self.left)
        self.content_frame = FocusFrame(self.content)
        self.right = QStackedWidget()  # the article, or the library page in its place
        self.right.addWidget(self.content_frame)
        self.library = LibraryController(self.articles, self.right, self.content_frame, self, self.catalog.publishers())
        self.splitter.addWidget(self.left_frame)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        lines = skipped_files(self.shelf)  # the files the library left out, named above the panes
        self.notice_bar = NoticeBar(lines) if lines else None
        self.add_content = AddContentAction(self, self.statusBar(), lambda: self.shelf.reads_folders)
        self.setCentralWidget(with_bar_above(self.splitter, self.notice_bar))
        self.path_label = ElidedLabel()
        self.path_label.setAccessibleName(self.tr("Current section"))
        self.statusBar().addWidget(self.path_label, 1)
        self.search_controller = SearchController(
            self.shelf, self.search_box, self.left, self.content, self.statusBar(), self
        )
        self.statusBar().addPermanentWidget(self.search_controller.match_label)
        self.handouts = HandoutActions(self.catalog, self.content.current_section, self, self.statusBar())
        self.appearance = Appearance(settings, self.window_actions, self.content, self.left, self.library, self)
        self.zoom_label = self.appearance.zoom_label
        a = self.window_actions
        self.read_aloud = ReadAloudActions(
            a.read_aloud, a.pause_reading, self.content, self.statusBar(), self._article_language, parent=self
        )
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.languages = LanguageMenu(settings, self.statusBar(), self)
        build_menus(self, self.window_actions, self.languages.actions())
        self.toolbar = build_toolbar(self, self.window_actions, self.search_box)
        self.setTabOrder(self.search_box, self.tree)
        self.setTabOrder(self.tree, self.content)

        self._connect_signals()
        name_window_parts(self)
        restore_geometry(self, self.splitter, settings.geometry, settings.splitter)
        self.appearance.apply_zoom(settings.zoom)
        self.window_actions.theme_actions()[settings.theme].setChecked(True)
        self.window_actions.toggle_tree.setChecked(settings.tree_shown)
        self.window_actions.clear_search.setEnabled(False)
        self.article_pages.show(self.article_pages.start_article(settings.position))
        self._update_title()
        self._update_history_actions()

    # Building

    def _connect_signals(self) -> None:
        a = self.window_actions
        self.tree.section_requested.connect(self.open_section)
        self.content.section_changed.connect(self.tree.show_section)
        self.content.section_changed.connect(self._show_path)
        self.content.external_link_requested.connect(self._show_external_link)
        self.content.section_link_requested.connect(self.open_section)
        a.print.triggered.connect(self.handouts.print_handout)
        a.export_pdf.triggered.connect(self.handouts.export_pdf)
        a.quit.triggered.connect(self.close)
        a.back.triggered.connect(functools.partial(self.go, -1))
        a.forward.triggered.connect(functools.partial(self.go, 1))
        a.next_pane.triggered.connect(functools.partial(self.cycle_focus, 1))
        a.previous_pane.triggered.connect(functools.partial(self.cycle_focus, -1))
        self.appearance.connect_signals()
        self.appearance.changed.connect(self._save_settings)
        a.about.triggered.connect(self.show_about)
        a.add_content.triggered.connect(self.add_content.start)
        self.add_content.library_changed.connect(self.library.reload)
        a.shortcuts.triggered.connect(self.show_shortcuts)
        a.top.triggered.connect(self.go_to_top)
        a.toggle_tree.triggered.connect(self._tree_toggled)
        search = self.search_controller
        search.connect_signals()
        self.read_aloud.connect_signals()
        search.hit_requested.connect(self.open_search_hit)
        search.search_started.connect(self._keep_reading_place)
        search.active_changed.connect(a.clear_search.setEnabled)
        a.clear_search.triggered.connect(search.cancel)
        a.find.triggered.connect(search.focus_box)
        a.find_next.triggered.connect(search.next_match)
        a.find_previous.triggered.connect(search.previous_match)
        self.content.first_painted.connect(self._painted)
        self.library.first_painted.connect(self._painted)  # the start page on a first start
        self.article_pages.article_changed.connect(self._article_shown)
        a.library.triggered.connect(self.library.show)
        self.library.article_requested.connect(self.open_article)
        self.library.shown_changed.connect(self._update_title)
        self.library.shown_changed.connect(search.match_label.setHidden)  # the marks are in the article
        self.content.history_requested.connect(self.go)
        if self.notice_bar is not None:
            self.notice_bar.details_requested.connect(functools.partial(self.show_about, 2))
        self.tree.history_requested.connect(self.go)

    @Slot()
    def _painted(self) -> None:
        if not self._painted_once:  # the article or the library page, whichever is painted first
            self._painted_once = True
            self.first_painted.emit()

    # Navigation

    def resolve(self, section_id: str) -> str | None:
        """Return the full id a section id names (an old plain id included), or None (logged)."""
        try:
            return resolve_section(section_id, self.catalog.section_ids())
        except SectionNotFoundError as exc:
            log.warning("%s", exc)
            return None

    def _show_position(self, position: Position) -> bool:
        """Show a reading place (a full section id), laying out its article first if another is
        shown; False if it cannot be shown."""
        try:
            self.article_pages.show_article_of(position.section_id)
        except BundleError as exc:  # an article more than the pane lays out at once
            log.warning("%s", exc)
            self.statusBar().showMessage(self.tr("This article cannot be shown: %1").replace("%1", exc.message), 15000)
            return False
        self.library.hide()
        return self.content.restore_position(position)

    @Slot(str)
    def _article_shown(self, article_id: str) -> None:
        self._update_title()
        self.tree.expand_only(self.article_pages.roots.get(article_id, []))
        self.search_controller.mark_article()

    @Slot()
    def _update_title(self) -> None:
        shown = self.tr("Library") if self.library.is_shown() else self.article_pages.title()
        self.setWindowTitle(f"{shown or 'Reader'} — Reader")

    @Slot(str)
    def open_article(self, article_id: str) -> None:
        """Open an article at its start (Back returns)."""
        first = self.article_pages.first_section(article_id)
        if first:
            self.open_section(first)

    @Slot(str)
    def open_section(self, section_id: str) -> None:
        """Jump to a section (its full id, or an old plain one), in whichever article, remembering
        where the reader was for Back."""
        resolved = self.resolve(section_id)
        if resolved is None:
            return
        self._leave_current()
        if self._show_position(Position(resolved, 0)):
            self.history.visit(self.content.position())
        self._update_history_actions()

    def resume(self, section_id: str | None) -> None:
        """Open at a section, or where the reader left off last time, or at the top; a section id
        (given, or saved by an older reader) may be an old plain one."""
        position = Position(section_id) if section_id else self.settings.position
        if position is not None:
            resolved = self.resolve(position.section_id)
            position = Position(resolved, position.offset) if resolved else None
        if position is None or not self._show_position(position):
            self.content.verticalScrollBar().setValue(0)
        self.history = NavigationHistory()
        self.history.visit(self.content.position())
        self._update_history_actions()
        current = self.content.current_section()
        self.tree.show_section(current)
        self._show_path(current)
        if section_id is None and self.settings.position is None and len(self.article_pages.article_ids()) > 1:
            self.library.show()  # a first start over several articles: the library is the start page

    @Slot()
    def go_to_top(self) -> None:
        """Jump to the start of the article (Back returns)."""
        first = self.article_pages.first_section()
        if first:
            self.open_section(first)
            self.tree.show_section(first)

    @Slot()
    def _keep_reading_place(self) -> None:
        # Searching may move the text (marks, matches); Back from the first hit opened must return
        # to where the reader was before the search, so that place is recorded now.
        self.history.update_current(self.content.position())
        self._reading_kept = True

    def _leave_current(self) -> None:
        """Record where the reader is before a jump, unless a search already recorded the place it
        was read from (the search may have moved the text since)."""
        if not self._reading_kept:
            self.history.update_current(self.content.position())
        self._reading_kept = False

    @Slot(int)
    def go(self, step: int) -> None:
        """Go back (-1) to the place before the last jump, or forward (+1) to where Back left."""
        self._leave_current()
        position = self.history.back() if step < 0 else self.history.forward()
        if position is not None:
            self._show_position(position)
        self._update_history_actions()

    def _update_history_actions(self) -> None:
        self.window_actions.back.setEnabled(self.history.can_go_back())
        self.window_actions.forward.setEnabled(self.history.can_go_forward())

    def panes(self) -> list[QWidget]:
        """The widgets F6 moves the focus between, in order: the left pane, the article, search."""
        left = [self.search_controller.results_pane() or self.tree] if self.left_frame.isVisible() else []
        return [*left, self.library.page if self.library.is_shown() else self.content, self.search_box]

    @Slot()
    def cycle_focus(self, step: int) -> None:
        """Move the keyboard focus to the next (1) or previous (-1) pane."""
        focus_next(self.panes(), step)

    def _article_language(self) -> str:
        """The language of the article shown (its front matter's), for reading aloud."""
        return self._language_of(self.content.current_section())

    def _language_of(self, section_id: str) -> str:
        """The language of the article a section belongs to (its front matter's), or ""."""
        article = self.catalog.articles.get(self.catalog.article_of(section_id))
        return article.language if article is not None else ""

    @Slot(str)
    def _show_path(self, section_id: str) -> None:
        self.path_label.set_full_text(PATH_SEPARATOR.join(self.catalog.path(section_id)))

    @Slot(str)
    def open_search_hit(self, section_id: str) -> None:
        """Open a hit's section with its first match in view."""
        resolved = self.resolve(section_id)
        if resolved is not None:
            self.open_section(resolved)
            self.content.first_match_in(resolved)

    def start_search(self, text: str) -> None:
        """Open with a search done, as ``reader --search`` asks."""
        self.search_controller.start(text)

    # The list of sections

    @Slot(bool)
    def _tree_toggled(self, shown: bool) -> None:
        self.settings.tree_shown = shown
        self._show_tree(shown)
        self._save_settings()

    def _show_tree(self, shown: bool) -> None:
        focused = QApplication.focusWidget()
        if not shown and focused is not None and self.left_frame.isAncestorOf(focused):
            self.content.setFocus(Qt.FocusReason.OtherFocusReason)
        self.left_frame.setVisible(shown)
        self.window_actions.toggle_tree.setChecked(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Fold the list of sections away when the window gets too narrow for it and the text."""
        super().resizeEvent(event)
        narrow = self.width() < NARROW_WIDTH
        if narrow != self._narrow:
            self._narrow = narrow
            self._show_tree(self.settings.tree_shown and not narrow)

    # Settings

    def _save_settings(self) -> None:
        """Write the settings; the first time they cannot be written, say so (once)."""
        problem = self.settings.sync()
        if problem and not self._settings_problem_said:
            self._settings_problem_said = True
            log.warning("%s", problem)
            message = self.tr("Your settings could not be saved in %1.").replace("%1", str(self.settings.folder))
            self.statusBar().showMessage(message, 15000)

    # Links, information, closing

    @Slot(str)
    def _show_external_link(self, address: str) -> None:
        from reader.gui.link_dialog import ExternalLinkDialog  # dialogs load when opened: see gui.startup

        ExternalLinkDialog.show_for(address, self)

    @property
    def bundle(self) -> Bundle:
        """The bundle of the article shown (the library's first before one is shown)."""
        return self.catalog.bundle_of(self.article_pages.current) or self.shelf.bundles[0]

    @Slot()
    def show_about(self, tab: int = 0) -> None:
        """Open the content information dialog on a tab (0: the article read, 2: the library)."""
        from reader.gui.about_dialog import AboutDialog

        shown = self.catalog.articles.get(self.article_pages.current)
        dialog = AboutDialog([shown] if shown else self.articles, self.bundle.meta, bundle_rows(self.shelf), self)
        dialog.tabs.setCurrentIndex(tab)
        dialog.exec()

    @Slot()
    def show_shortcuts(self) -> None:
        """Open the list of keyboard shortcuts."""
        from reader.gui.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.window_actions, self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Save the window and the reading position for the next start."""
        self.save_state()
        super().closeEvent(event)

    def save_state(self) -> None:
        """Write geometry, splitter and reading position to the settings."""
        self.settings.geometry = self.saveGeometry()
        self.settings.splitter = self.splitter.saveState()
        self.settings.position = self.content.position()
        self._save_settings()
