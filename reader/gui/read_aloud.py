"""View › Read aloud: the current section, or the selection, spoken by Qt TextToSpeech
(speech-dispatcher on Linux, SAPI or WinRT on Windows), the word being read marked in the article
and kept in view.

It reads the article's spoken text (``article_text``: tables row by row with their header names,
no frame markers), in a voice of the article's language. QtTextToSpeech comes with PySide6-Addons
and loads QtMultimedia: the window imports this module only when reading is first asked for.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, QObject, Signal, Slot
from PySide6.QtTextToSpeech import QTextToSpeech

from reader.gui.article_text import ArticleText
from reader.gui.content_view import ContentView

State = QTextToSpeech.State
log = logging.getLogger(__name__)


class ReadAloud(QObject):
    """Reads part of the article aloud, marking each word in the content pane as it is said.

    Signals:
        state_changed(str): "reading", "paused" or "stopped".
        problem(str): a one-line message for the status bar (no voice for the article's language,
            no speech engine, an engine error).
    """

    state_changed = Signal(str)
    problem = Signal(str)

    def __init__(self, view: ContentView, engine: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.speech = QTextToSpeech(engine, self) if engine else QTextToSpeech(self)
        self._spoken = ArticleText()
        self._start = 0  # the offset in the spoken text of what is being read
        self._text = ""
        self._reading = False  # said, not yet ended: an engine error then stops a reading
        self.speech.stateChanged.connect(self._state_changed)
        self.speech.sayingWord.connect(self._saying_word)
        self.speech.errorOccurred.connect(self._error)

    def state(self) -> str:
        """ "reading", "paused" or "stopped"."""
        return _STATES.get(self.speech.state(), "stopped")

    def can_pause(self) -> bool:
        """Whether the engine can pause and resume (speech-dispatcher and SAPI can)."""
        return bool(self.speech.engineCapabilities() & QTextToSpeech.Capability.PauseResume)

    def read(self, language: str) -> bool:
        """Read the selection, else the current section, in a voice of a language (an article's
        ``language``, such as "en" or "fr-CA"); False, with a ``problem``, if it cannot."""
        if self.speech.state() == State.Error:
            # Qt's reason is English and technical ("Text to speech engine not initialized"): logged.
            log.warning("read aloud cannot start: %s", self.speech.errorString() or "no engine")
            #: %1 is why: "no speech engine works"
            self.problem.emit(self.tr("Read aloud cannot start: %1.").replace("%1", self.tr("no speech engine works")))
            return False
        if not self._choose_voice(language):
            return False
        self._spoken = ArticleText.of(self.view.document())
        first, last = self.view.reading_range()
        self._start = self._spoken.offset_of(first)
        self._text = self._spoken.text[self._start : self._spoken.offset_of(last)]
        if not self._text.strip():
            self.problem.emit(self.tr("There is nothing to read here."))
            return False
        self.speech.stop()
        self.speech.say(self._text)
        self._reading = True
        return True

    def _choose_voice(self, language: str) -> bool:
        wanted = QLocale(language.replace("-", "_") or "en")
        locales = [locale for locale in self.speech.availableLocales() if locale.language() == wanted.language()]
        if not locales:
            # By its own name ("français"): Qt has no language names in the interface's language.
            name = wanted.nativeLanguageName() or QLocale.languageToString(wanted.language())
            #: %1 is a language's name, in that language
            self.problem.emit(self.tr("No voice for %1 is installed on this computer.").replace("%1", name))
            return False
        # The locale asked for (en_GB) if there is a voice for it, else one of the same language.
        best = next((locale for locale in locales if locale.territory() == wanted.territory()), locales[0])
        if self.speech.locale() != best:
            self.speech.setLocale(best)
        return True

    @Slot()
    def pause_or_resume(self) -> None:
        """Pause the reading, or go on where it was paused."""
        if self.speech.state() == State.Paused:
            self.speech.resume()
        elif self.speech.state() == State.Speaking and self.can_pause():
            self.speech.pause(QTextToSpeech.BoundaryHint.Word)

    @Slot()
    def stop(self) -> None:
        """Stop reading and take the mark away."""
        self.speech.stop()
        self.view.mark_reading(0, 0)

    @Slot(str, int, int, int)
    def _saying_word(self, _word: str, _id: int, start: int, length: int) -> None:
        # The engine counts UTF-16 code units; the spoken text, characters.
        first = _characters(self._text, start)
        last = _characters(self._text, start + length)
        begin = self._spoken.position_of(self._start + first)
        end = self._spoken.position_of(self._start + last)
        if end > begin:  # a word said for the listener ("Table", a header name) has no place: the mark stays
            self.view.mark_reading(begin, end)

    @Slot(QTextToSpeech.State)
    def _state_changed(self, state: QTextToSpeech.State) -> None:
        if state in (State.Ready, State.Error):
            self.view.mark_reading(0, 0)
        if state == State.Ready:
            self._reading = False
        self.state_changed.emit(_STATES.get(state, "stopped"))

    @Slot(QTextToSpeech.ErrorReason, str)
    def _error(self, _reason: QTextToSpeech.ErrorReason, message: str) -> None:
        # An engine that fails before anything is read (no speech-dispatcher) is told once, by read().
        if not self._reading:
            return
        self._reading = False
        why = message or self.tr("the speech engine failed")
        #: %1 is why: the speech engine's message, or "the speech engine failed"
        self.problem.emit(self.tr("Read aloud stopped: %1.").replace("%1", why))


_STATES = {State.Speaking: "reading", State.Synthesizing: "reading", State.Paused: "paused"}


def _characters(text: str, units: int) -> int:
    """How many characters of a text the first ``units`` UTF-16 code units hold."""
    if text.isascii():
        return min(units, len(text))
    count = 0
    for character in text:
        units -= 2 if ord(character) > 0xFFFF else 1
        if units < 0:
            break
        count += 1
    return count
