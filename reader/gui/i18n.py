"""The interface's language: which one (``--lang``, else the saved choice, else the system's), its
translations installed before the window is built, and right to left for Arabic.

The reader's own translations are ``reader/i18n/reader_<lang>.qm`` (compiled from the ``.ts``
sources beside them); Qt's own (``qtbase_<lang>.qm``: the print and file dialogs' words) come
from beside them when shipped there, else from Qt's translations folder. Swahili has no Qt
catalogue: Qt's dialogs stay English there.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from reader.core.locations import translations_dir
from reader.core.text_direction import is_right_to_left

log = logging.getLogger(__name__)

ENGLISH = "en"
SUPPORTED = (ENGLISH, "fr", "es", "pt", "ar", "sw")
"""The interface languages, by ISO 639-1 code."""
NAMES = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "pt": "Português",
    "ar": "العربية",
    "sw": "Kiswahili",
}
"""Each language by its own name, as its speakers look for it in a menu."""
QT_CATALOGUES = {"pt": "pt_BR"}  # Qt ships Brazilian Portuguese only; the others by their code
TRANSLATOR_NAME = "reader-translator"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802
    """Mark an English text of a context for ``pyside6-lupdate`` (translated where it is shown);
    return it as it is. Qt's own QT_TRANSLATE_NOOP does the same, typed as returning an object."""
    return text


def supported(code: str | None) -> str | None:
    """The supported language a code names ("fr", "fr_FR", "pt-BR", "AR"), or None."""
    if not code:
        return None
    language = code.replace("-", "_").split("_")[0].strip().lower()
    return language if language in SUPPORTED else None


def system_language(ui_languages: Iterable[str] | None = None) -> str:
    """The first supported language of the user's interface languages (QLocale), else English."""
    for code in QLocale().uiLanguages() if ui_languages is None else ui_languages:
        language = supported(code)
        if language is not None:
            return language
    return ENGLISH


def choose(asked: str | None, saved: str) -> str:
    """The language to start in: the one asked on the command line, else the saved choice, else
    the system's. A language the reader does not have is English, with a line in the log."""
    if asked:
        language = supported(asked)
        if language is None:
            log.warning("no interface language %r (the reader has %s): English", asked, ", ".join(SUPPORTED))
            return ENGLISH
        return language
    return supported(saved) or system_language()


def qt_catalogue(language: str) -> str:
    """The name of Qt's own catalogue for a language (``qtbase_pt_BR`` for Portuguese)."""
    return f"qtbase_{QT_CATALOGUES.get(language, language)}"


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the reader's and Qt's translations of a language (those installed before by this
    function are taken away first) and set the layout direction; return the translators loaded."""
    remove(app)
    loaded: list[QTranslator] = []
    ours = translations_dir()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    wanted = [(f"reader_{language}", [str(ours)])]
    if language != ENGLISH:
        wanted.append((qt_catalogue(language), [str(ours), qt_folder]))
    for name, folders in wanted:
        translator = QTranslator()
        if any(translator.load(name, folder) for folder in folders):
            translator.setParent(app)  # kept as long as the application, found again by its name
            translator.setObjectName(TRANSLATOR_NAME)
            app.installTranslator(translator)
            loaded.append(translator)
        else:
            log.info("no translation %s.qm in %s", name, ", ".join(folders))
    direction = Qt.LayoutDirection.RightToLeft if is_right_to_left(language) else Qt.LayoutDirection.LeftToRight
    QGuiApplication.setLayoutDirection(direction)
    return loaded


def ensure_installed(app: QCoreApplication) -> None:
    """English (its plural forms: "1 page", "2 pages") unless a language is installed already."""
    if not app.findChildren(QTranslator, TRANSLATOR_NAME):
        install(app, ENGLISH)


def remove(app: QCoreApplication) -> None:
    """Take away the translations ``install`` put in, and lay out left to right again."""
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.setParent(None)
        old.deleteLater()
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def translator_for(language: str) -> QTranslator | None:
    """A translator of the reader's own words into a language, not installed (to say something in
    the language chosen before the reader starts in it); None for English or when it is missing."""
    translator = QTranslator()
    if language == ENGLISH or not translator.load(f"reader_{language}", str(translations_dir())):
        return None
    return translator
