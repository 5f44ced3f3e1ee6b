"""The answer to a click on a web or mail link: the reader works offline, here is the address."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ExternalLinkDialog(QDialog):
    """Shows a link's address with a Copy button; never opens it."""

    def __init__(self, address: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link not opened"))
        self.message = QLabel(
            self.tr("This reader works offline, so it does not open links to the web or to email.\nThe address is:")
        )
        self.message.setWordWrap(True)
        self.address = QLineEdit(address)
        self.address.setReadOnly(True)
        self.address.setAccessibleName(self.tr("Link address"))
        self.copy_button = QPushButton(self.tr("&Copy address"))
        self.copy_button.setAccessibleDescription(self.tr("Copy the address to the clipboard"))
        self.copy_button.clicked.connect(self.copy_address)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.address)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    @Slot()
    def copy_address(self) -> None:
        """Put the address on the clipboard."""
        QGuiApplication.clipboard().setText(self.address.text())
        #: The Copy address button, once it has copied
        self.copy_button.setText(self.tr("Copied"))

    @classmethod
    def show_for(cls, address: str, parent: QWidget | None = None) -> None:
        """Show the dialog for a link's address and wait until it is closed."""
        cls(address, parent).exec()
