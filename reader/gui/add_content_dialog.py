"""File › Add content…: the content packs found in a folder or on a USB drive, each with its status,
and which of them to add.

The dialog only shows and asks (the work is ``add_content.AddContentController``'s). A pack that
can be added (new, or an update) has a box to tick; any other shows why not, in words a nurse can
act on. An untrusted publisher shows its key id and the steps for the clinic's administrator:
there is no "install anyway".

Signals: ``folder_requested()`` (Choose folder…), ``add_requested(list)`` (the chosen files).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.packs.install import (
    DAMAGED,
    INSTALLED,
    NEW,
    NOT_A_BUNDLE,
    OLDER,
    OTHER_KEY,
    UNSIGNED,
    UNTRUSTED,
    UPDATE,
    Candidate,
)
from reader.core.safe_text import visible

COLUMN_COUNT = 5  # content, publisher, version, size, status
PATH_ROLE = Qt.ItemDataRole.UserRole


def fill(text: str, *values: str) -> str:
    """A translated text with its ``%1``, ``%2``... replaced by ``values`` in one pass (a value that
    holds ``%2`` is left as it is)."""
    return re.sub(r"%([1-9])", lambda match: values[int(match.group(1)) - 1], text)


def size_text(size: int) -> str:
    """A file size as people read it: 820 KiB, 12.5 MiB."""
    if size < 1024 * 1024:
        return fill(QCoreApplication.translate("AddContentDialog", "%1 KiB"), str(max(1, round(size / 1024))))
    return fill(QCoreApplication.translate("AddContentDialog", "%1 MiB"), f"{size / 1024 / 1024:.1f}")


def status_label(candidate: Candidate) -> str:
    """A pack's status in a few words: new, update from v1 to v2, already installed, ..."""
    version = str(candidate.pack.version if candidate.pack else 0)
    installed = str(candidate.installed_version)
    labels = {
        NEW: QCoreApplication.translate("AddContentDialog", "new"),
        UPDATE: fill(QCoreApplication.translate("AddContentDialog", "update from v%1 to v%2"), installed, version),
        INSTALLED: QCoreApplication.translate("AddContentDialog", "already installed"),
        OLDER: fill(QCoreApplication.translate("AddContentDialog", "older than the installed v%1"), installed),
        OTHER_KEY: QCoreApplication.translate("AddContentDialog", "same pack id, another publisher key"),
        UNTRUSTED: QCoreApplication.translate("AddContentDialog", "untrusted publisher"),
        UNSIGNED: QCoreApplication.translate("AddContentDialog", "not signed"),
        DAMAGED: QCoreApplication.translate("AddContentDialog", "damaged"),
        NOT_A_BUNDLE: QCoreApplication.translate("AddContentDialog", "not a content pack"),
    }
    return labels.get(candidate.status, candidate.label())


def _status_help(status: str) -> str:
    """What a nurse can do about a pack that cannot be added ('' when there is nothing to say)."""
    if status == UNSIGNED:
        return QCoreApplication.translate(
            "AddContentDialog",
            "The publisher did not sign this pack, so the reader cannot tell who made it. Ask the"
            " publisher for a signed copy.",
        )
    if status == DAMAGED:
        return QCoreApplication.translate(
            "AddContentDialog",
            "This file is damaged or was changed after it was made. Copy it again from the publisher.",
        )
    if status == NOT_A_BUNDLE:
        return QCoreApplication.translate("AddContentDialog", "This file is not a reader content pack.")
    if status == OTHER_KEY:
        return QCoreApplication.translate(
            "AddContentDialog",
            "A pack with the same name is installed from another publisher key. The administrator"
            " must remove it first if the publisher really changed keys.",
        )
    return ""


class AddContentDialog(QDialog):
    """The packs of a folder with their status; emits which to add.

    Signals: ``folder_requested()``, ``add_requested(list)`` (of ``Path``)."""

    folder_requested = Signal()
    add_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add content"))
        self.setObjectName("add-content")
        self._candidates: dict[str, Candidate] = {}
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        choose = QPushButton(self.tr("Choose &folder…"))
        choose.clicked.connect(self.folder_requested)
        top = QHBoxLayout()
        top.addWidget(self.folder_label, 1)
        top.addWidget(choose)
        self.table = QTreeWidget()
        columns = [self.tr("Content"), self.tr("Publisher"), self.tr("Version"), self.tr("Size"), self.tr("Status")]
        self.table.setHeaderLabels(columns)
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(self.tr("Content packs found"))
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, COLUMN_COUNT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.add_button = self.buttons.addButton(self.tr("&Add selected"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(self._add_clicked)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.buttons)
        self.table.itemChanged.connect(self._update_add_button)
        self.table.currentItemChanged.connect(self._show_details)
        self.resize(760, 420)
        self.show_packs(None, [])

    def show_packs(self, folder: Path | None, candidates: list[Candidate]) -> None:
        """List the packs found in ``folder`` (None: no folder chosen yet), those that can be added
        first."""
        self.table.blockSignals(True)
        self.table.clear()
        self._candidates = {}
        for candidate in sorted(candidates, key=_order):
            self.table.addTopLevelItem(self._item(candidate))
        self.table.blockSignals(False)
        if folder is None:
            self.folder_label.setText(self.tr("Insert the USB drive, then choose its folder."))
        elif candidates:
            self.folder_label.setText(fill(self.tr("Content packs in %1:"), visible(str(folder))))
        else:
            self.folder_label.setText(fill(self.tr("No content packs (*.sqlite files) in %1."), visible(str(folder))))
        first = self.table.topLevelItem(0)
        if first is not None:
            self.table.setCurrentItem(first)
        else:
            self.details.clear()
        self._update_add_button()

    def _item(self, candidate: Candidate) -> QTreeWidgetItem:
        pack = candidate.pack
        title = pack.title if pack else candidate.path.name
        cells = [
            title,
            pack.publisher if pack else "",
            f"v{pack.version}" if pack else "",
            size_text(candidate.size) if candidate.size else "",
            status_label(candidate),
        ]
        item = QTreeWidgetItem([visible(cell) for cell in cells])
        item.setData(0, PATH_ROLE, str(candidate.path))
        item.setToolTip(0, visible(str(candidate.path)))
        self._candidates[str(candidate.path)] = candidate
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if candidate.addable:
            item.setFlags(flags | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked)
        else:
            item.setFlags(flags)
            item.setForeground(4, self.palette().placeholderText())
        return item

    def chosen(self) -> list[Path]:
        """The files whose box is ticked, in the order shown."""
        items = [self.table.topLevelItem(n) for n in range(self.table.topLevelItemCount())]
        return [
            Path(str(item.data(0, PATH_ROLE)))
            for item in items
            if item is not None
            and item.flags() & Qt.ItemFlag.ItemIsUserCheckable
            and item.checkState(0) == Qt.CheckState.Checked
        ]

    def candidate(self, path: Path) -> Candidate:
        """The pack shown for a file."""
        return self._candidates[str(path)]

    @Slot()
    def _update_add_button(self) -> None:
        count = len(self.chosen())
        self.add_button.setEnabled(count > 0)
        self.add_button.setText(self.tr("&Add %n selected", "", count) if count else self.tr("&Add selected"))

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _show_details(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if current is None:
            self.details.clear()
            return
        candidate = self._candidates[str(current.data(0, PATH_ROLE))]
        self.details.setText(details_html(candidate))

    @Slot()
    def _add_clicked(self) -> None:
        chosen = self.chosen()
        if chosen:
            self.add_requested.emit(chosen)


def _order(candidate: Candidate) -> tuple[bool, str]:
    """What can be added first, then the rest; each by title (or file name)."""
    name = candidate.pack.title if candidate.pack else candidate.path.name
    return not candidate.addable, name.casefold()


def details_html(candidate: Candidate) -> str:
    """What the dialog says of one pack below the list (rich text, every value escaped)."""
    from html import escape

    name = escape(visible(candidate.path.name))
    if candidate.status == UNTRUSTED:
        steps = QCoreApplication.translate(
            "AddContentDialog",
            "This pack is signed by key <b>%1</b>, which this computer does not trust yet.<br>"
            "To add packs from this publisher, the clinic's administrator:<br>"
            "1. gets the publisher's key file (<i>PUBLISHER.pub</i>) and checks by phone or in person that its"
            " key id is <b>%1</b>;<br>"
            "2. runs, as administrator: <tt>reader trust add --system PUBLISHER.pub</tt><br>"
            "3. opens File › Add content… again.",
        )
        return fill(steps, escape(candidate.key_id))
    if candidate.addable:
        pack = candidate.pack
        what = name
        if pack:
            by = QCoreApplication.translate("AddContentDialog", "%1 (v%2), from %3")
            what = fill(by, escape(visible(pack.title)), str(pack.version), escape(visible(pack.publisher)))
        ready = QCoreApplication.translate(
            "AddContentDialog", "%1: signed by a trusted publisher (key %2), checked and ready to add."
        )
        return fill(ready, what, escape(candidate.key_id))
    if candidate.status in (INSTALLED, OLDER):
        there = QCoreApplication.translate(
            "AddContentDialog", "<b>%1</b>: version %2 of this pack is already in the library; nothing to add."
        )
        return fill(there, name, str(candidate.installed_version))
    help_text = _status_help(candidate.status)
    refused = fill(
        QCoreApplication.translate("AddContentDialog", "<b>%1</b> cannot be added: %2"),
        name,
        escape(visible(candidate.reason)),
    )
    return refused + (f"<br>{escape(help_text)}" if help_text else "")
