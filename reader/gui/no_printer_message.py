"""The message shown when Print is asked for on a computer with no printer installed."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class NoPrinterMessage(QMessageBox):
    """Says plainly that no printer is installed, and offers Export PDF instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("Print"))
        self.setText(self.tr("No printer is installed on this computer."))
        self.setInformativeText(
            self.tr(
                "The handout cannot be printed here. Export it as a PDF to print it on another computer or to send it."
            )
        )
        self.export_button = self.addButton(self.tr("Export PDF…"), QMessageBox.ButtonRole.AcceptRole)
        self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.export_button)

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> bool:
        """Show the message; return True when the user chooses Export PDF."""
        message = cls(parent)
        message.exec()
        return message.clickedButton() is message.export_button
