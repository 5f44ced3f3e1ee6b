"""File › Add content…: finds the content packs of a folder or USB drive, lists them in
``AddContentDialog`` and adds the chosen ones with a progress bar.

Each pack is checked as ``reader library add`` checks it (reader.core.packs.install), copied aside
into the library folder, verified there and only then renamed into place: Cancel stops the pack
being copied and leaves nothing of it; the packs added before it stay. An update of a pack the
reader has open (Windows cannot replace an open file) waits, verified, for the next start. The list
is read again afterwards, so its statuses say what the library now holds.

Signals: ``content_added(str)`` (what was added, one line: the window reads its library again).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from reader.core.packs.finder import packs_in, removable_folders
from reader.core.packs.install import Candidate, PackRefused, Progress, add_pack, inspect_pack, known_packs
from reader.core.packs.keys import PublicKey
from reader.core.packs.trust import trusted_keys
from reader.core.safe_text import visible
from reader.gui.add_content_dialog import AddContentDialog, fill


class Cancelled(Exception):
    """The person pressed Cancel while a pack was being added."""


class AddContentController(QObject):
    """Runs File › Add content…: which folder, which packs, adding them.

    Signals: ``content_added(str)``: what was added (``Added: TITLE (version N).``)."""

    content_added = Signal(str)

    def __init__(self, parent: QWidget, shows_added: bool = True) -> None:
        """``shows_added``: whether the window shows what is added once it reads its library again
        (not when it was opened on bundles named with ``--bundle``)."""
        super().__init__(parent)
        self._parent = parent
        self.shows_added = shows_added
        self.dialog: AddContentDialog | None = None
        self.folder: Path | None = None
        self._keys: dict[str, PublicKey] = {}

    def open(self, folder: Path | None = None) -> AddContentDialog:
        """Show the dialog (window-modal, not blocking) on ``folder``, else the first USB drive."""
        dialog = AddContentDialog(self._parent)
        dialog.folder_requested.connect(self.choose_folder)
        dialog.add_requested.connect(self.add)
        self.dialog = dialog
        self.show_folder(folder or next(iter(removable_folders()), None))
        dialog.open()
        return dialog

    @Slot()
    def start(self) -> None:
        """File › Add content…: open the dialog on the first USB drive (or no folder yet)."""
        self.open()

    @classmethod
    def ask_folder(cls, parent: QWidget | None, start: Path | None) -> Path | None:
        """Ask for a folder (tests replace this); None when the person cancels."""
        caption = QCoreApplication.translate("AddContentController", "Folder or USB drive with content packs")
        chosen = QFileDialog.getExistingDirectory(parent, caption, str(start or ""))
        return Path(chosen) if chosen else None

    @Slot()
    def choose_folder(self) -> None:
        """Ask for a folder and list its packs."""
        folder = self.ask_folder(self.dialog, self.folder or next(iter(removable_folders()), None))
        if folder is not None:
            self.show_folder(folder)

    def show_folder(self, folder: Path | None) -> list[Candidate]:
        """List the packs of ``folder`` with their status beside the library; return them."""
        self.folder = folder
        candidates: list[Candidate] = []
        if folder is not None:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self._keys = trusted_keys()[0]
                installed = known_packs(self._keys)
                candidates = [inspect_pack(path, self._keys, installed) for path in packs_in(folder)]
            finally:
                QGuiApplication.restoreOverrideCursor()
        if self.dialog is not None:
            self.dialog.show_packs(folder, candidates)
        return candidates

    @Slot(list)
    def add(self, paths: list[Path]) -> None:
        """Add the chosen packs one after another, with a progress bar; then list the folder again."""
        if self.dialog is None:
            return
        candidates = [self.dialog.candidate(path) for path in paths]
        total = sum(max(1, candidate.size // 1024) for candidate in candidates)
        progress = QProgressDialog(self.tr("Adding content…"), self.tr("Cancel"), 0, total, self.dialog)
        progress.setWindowTitle(self.tr("Add content"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        added: list[str] = []
        waiting: list[str] = []
        refused: list[str] = []
        cancelled = False
        done = 0
        for number, candidate in enumerate(candidates, start=1):
            name = self._name(candidate)
            progress.setLabelText(fill(self.tr("Adding %1 (%2 of %3)…"), name, str(number), str(len(candidates))))
            try:
                result = add_pack(candidate.path, self._keys, progress=_ticker(progress, done))
            except Cancelled:
                cancelled = True
                break
            except PackRefused as exc:
                refused.append(exc.reason)
            else:
                (waiting if result.waiting else added).append(name)
            done += max(1, candidate.size // 1024)
            progress.setValue(done)
        progress.close()
        progress.deleteLater()
        self.show_folder(self.folder)
        self.dialog.details.setText(self._summary(added, waiting, refused, cancelled))
        if added or waiting:
            self.content_added.emit(self._added_line(added, waiting))

    def _name(self, candidate: Candidate) -> str:
        """A pack as the person reads it: its title and version (the file's name if it is none)."""
        pack = candidate.pack
        if pack is None:
            return visible(candidate.path.name)
        return visible(fill(self.tr("%1 (version %2)"), pack.title, str(pack.version)))

    def _added_line(self, added: list[str], waiting: list[str]) -> str:
        """What was added, in one line for the status bar."""
        parts = [fill(self.tr("Added: %1."), ", ".join(added))] if added else []
        if waiting:
            parts.append(fill(self.tr("Added from the next start: %1."), ", ".join(waiting)))
        return " ".join(parts)

    def _summary(self, added: list[str], waiting: list[str], refused: list[str], cancelled: bool) -> str:
        """What adding did, for the dialog (rich text, every value escaped)."""
        from html import escape

        lines = []
        if added:
            if self.shows_added:
                text = self.tr("Added: %1. The reader shows it now.")
            else:
                text = self.tr(
                    "Added: %1. This window shows only the files it was opened with (--bundle):"
                    " start the reader without them to read it."
                )
            lines.append(escape(fill(text, ", ".join(added))))
        if waiting:
            text = self.tr(
                "Added: %1. The reader has the version it replaces open, so it waits beside it, checked:"
                " close the reader and open it again to read it."
            )
            lines.append(escape(fill(text, ", ".join(waiting))))
        if cancelled:
            lines.append(self.tr("Cancelled: the pack being copied was not added, and nothing of it was left behind."))
        lines += [escape(fill(self.tr("Not added: %1"), visible(reason))) for reason in refused]
        return "<br>".join(lines) or self.tr("Nothing was added.")


def _ticker(progress: QProgressDialog, before: int) -> Progress:
    """A copy's progress shown on the bar (after ``before`` KiB of earlier packs); Cancel stops it."""

    def tick(copied: int, _total: int) -> None:
        progress.setValue(before + copied // 1024)
        if progress.wasCanceled():
            raise Cancelled

    return tick
