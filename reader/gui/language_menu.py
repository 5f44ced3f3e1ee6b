"""View › Language: the interface's language, chosen from a list, used from the next start.

The choice is saved at once and said in the status bar in the language chosen. It is not applied
to the open window: every widget would have to rebuild its words on ``LanguageChange`` (menus,
actions, the search panel's messages, dialogs already made), and a mirrored layout for Arabic is
set before widgets are made. A restart does all of it right.
"""

from __future__ import annotations

import functools
import logging

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QStatusBar

from reader.gui import i18n
from reader.gui.i18n import QT_TRANSLATE_NOOP
from reader.gui.settings import Settings

log = logging.getLogger(__name__)
SYSTEM = ""  # the setting's value for "follow the system"
SAID_MS = 15000
NEXT_START = QT_TRANSLATE_NOOP("LanguageMenu", "The reader will use %1 the next time it starts.")


class LanguageMenu(QObject):
    """The radio items of View › Language: "Follow the system", then each language by its own name."""

    def __init__(self, settings: Settings, status_bar: QStatusBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._status_bar = status_bar
        self.group = QActionGroup(self)
        self.by_code: dict[str, QAction] = {}
        follow = self._add(SYSTEM, self.tr("Follow the system"))
        follow.setStatusTip(self.tr("The language the computer's interface is set to, if the reader has it"))
        for code in sorted(i18n.SUPPORTED, key=i18n.NAMES.__getitem__):
            self._add(code, i18n.NAMES[code])
        self.by_code.get(settings.language, follow).setChecked(True)

    def _add(self, code: str, text: str) -> QAction:
        action = QAction(self)
        action.setText(text)
        action.setCheckable(True)
        action.setObjectName(f"language-{code or 'system'}")
        self.group.addAction(action)
        action.triggered.connect(functools.partial(self.choose, code))
        self.by_code[code] = action
        return action

    def actions(self) -> list[QAction]:
        """The items, "Follow the system" first."""
        return list(self.by_code.values())

    @Slot(str)
    def choose(self, code: str) -> None:
        """Save the language chosen ('' follows the system) and say, in it, that the next start uses it."""
        self._settings.language = code
        problem = self._settings.sync()
        if problem:
            log.warning("%s", problem)
        language = code or i18n.system_language()
        self.by_code[code].setChecked(True)
        self._status_bar.showMessage(next_start_message(language), SAID_MS)


def next_start_message(language: str) -> str:
    """The reader will use Français the next time it starts: said in that language when it has
    the words, else in the interface's."""
    translator = i18n.translator_for(language)
    text = translator.translate("LanguageMenu", NEXT_START) if translator is not None else ""
    return (text or QCoreApplication.translate("LanguageMenu", NEXT_START)).replace("%1", i18n.NAMES[language])
