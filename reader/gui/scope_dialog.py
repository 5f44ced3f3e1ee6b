"""Asks what to print or export: this section or this article (the one being read)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QRadioButton, QVBoxLayout, QWidget

from reader.core.text_direction import set_apart

SECTION = "section"
ARTICLE = "article"
TITLE_SHOWN = 80
"""The most characters of a title a choice shows (a heading may have 500)."""


def _label(title: str, isolated: bool = False) -> str:
    """A title as a choice shows it: cut to TITLE_SHOWN characters, its '&' not a shortcut; set
    apart in its own direction (U+2068…U+2069) when ``isolated`` (a right-to-left window, where an
    English "What is it?" would show its "?" before its first word)."""
    short = title if len(title) <= TITLE_SHOWN else title[: TITLE_SHOWN - 1] + "…"
    short = short.replace("&", "&&")
    return set_apart(short) if isolated else short


class ScopeDialog(QDialog):
    """Two choices, each named by its title: this section (first and chosen) or this article."""

    def __init__(self, action: str, section_title: str, article_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(action)
        isolated = self.isRightToLeft()
        #: A choice of what to print or export: %1 is the section's title
        section = self.tr("This &section: %1").replace("%1", _label(section_title, isolated))
        #: A choice of what to print or export: %1 is the article's title
        article = self.tr("This &article: %1").replace("%1", _label(article_title, isolated))
        self.section_choice = QRadioButton(section)
        self.article_choice = QRadioButton(article)
        self.section_choice.setChecked(True)
        for button in (self.section_choice, self.article_choice):
            #: %1 is what is asked for: Print, or Export PDF
            button.setAccessibleDescription(self.tr("%1: what to include").replace("%1", action))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        #: Above the choices: %1 is what is asked for (Print, or Export PDF)
        layout.addWidget(QLabel(self.tr("%1:").replace("%1", action)))
        layout.addWidget(self.section_choice)
        layout.addWidget(self.article_choice)
        layout.addWidget(buttons)

    def scope(self) -> str:
        """Return SECTION or ARTICLE."""
        return SECTION if self.section_choice.isChecked() else ARTICLE

    @classmethod
    def ask(cls, action: str, section_title: str, article_title: str, parent: QWidget | None = None) -> str | None:
        """Show the dialog; return the scope chosen, or None if cancelled."""
        dialog = cls(action, section_title, article_title, parent)
        return dialog.scope() if dialog.exec() == QDialog.DialogCode.Accepted else None
