"""The languages of a bundle as search sees them: each one's word forms, stop words and word list.

Each article is indexed in its own language (its front matter ``language``): its words' Snowball
stems in that language (``key``), each stem of a language other than English tagged with the
language's code, so that the index of word forms of a library that mixes languages holds French
stems apart from English ones. English stems stay as they are, so an English bundle's index is the
one it always was. A query's language is not known (a person may type in any language the library
holds), so a query word is looked for by its stem in each language of the bundle, and each
article's stems meet only the query's stems in that article's language: "vomissements" finds the
French "vomir", "treating" the English "treatment", and neither reaches the other language's text
by a word form alone.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

from reader.core.search.lexicon import Lexicon, lexicon
from reader.core.search.lexicon import is_word as listed
from reader.core.search.query import STOP_WORDS
from reader.core.text import DEFAULT_LANGUAGE, language_code, stem, words

TAG_END = "\ue000"
"""Ends a stem's language tag: a private-use character, which SQLite's unicode61 keeps inside a
token and ``reader.core.text.words`` never yields, so a tagged stem is one token no word can be
(text of no known language is tagged with this character alone)."""

_MAX_KEYS = 200_000
"""How many words' keys a language keeps (a build's whole vocabulary fits; typed words cannot
grow it without end)."""

# Words left out of a query when it has others ("la fièvre" searches "fièvre"), folded. Short lists of
# the articles, prepositions, pronouns and question words of each language, as English's in query.py.
_STOP_WORDS: dict[str, str] = {
    "ar": "في من على إلى عن مع هذا هذه ذلك تلك التي الذي الذين و أو ثم هو هي هم ما ماذا كيف متى أين"
    " أن إن قد كان كانت عند بين بعد قبل حتى هل",
    "es": "a al como con cual cuando de del donde el en es esta este hay la las lo los me mi o para"
    " pero por que quien se si son su sus te tu un una unas uno unos y yo",
    "fr": "a au aux avec c ce ces comment d dans de des du elle en est et il ils j je l la le les leur"
    " lui m ma mais me mes mon n ne nous on ou par pour qu quand que qui quoi s sa se ses son sur t"
    " ta te tes ton tu un une vos votre vous y",
    "pt": "a ao aos as com como da das de do dos e em na nas no nos o onde os ou para pela pelo por"
    " qual quando que quem se seu sua um uma",
    "sw": "au je hii hiyo huo hizo katika kama kwa la lakini na ni pia wa wake ya yake za zake cha vya",
}


class Language:
    """How search treats the words of one language: stems (tagged), stop words and word list."""

    def __init__(self, code: str) -> None:
        """``code``: a primary language subtag ('fr'); '' for text of no known language."""
        self.code = code
        self.tag = "" if code == DEFAULT_LANGUAGE else code + TAG_END
        listed = _STOP_WORDS.get(code)
        self.stop_words = STOP_WORDS if code == DEFAULT_LANGUAGE else frozenset(words(listed or ""))
        # Each word's key, made once: a build asks for the same words over and over (a 400-article
        # library: 1.3 million words, 20 thousand different ones).
        self._keys = _Keys(self)

    def __repr__(self) -> str:
        return f"Language({self.code!r})"

    def key(self, word: str) -> str:
        """A folded word's stem in this language, tagged (but in English): what the index of word
        forms holds."""
        return self._keys[word]

    def keys(self, text: str) -> str:
        """The keys of a text's words, joined by spaces (a row of the index of word forms)."""
        return self.keys_of(words(text))

    def keys_of(self, folded: Iterable[str]) -> str:
        """The keys of some folded words, joined by spaces."""
        return " ".join(map(self._keys.__getitem__, folded))

    def term_key(self, term: Sequence[str]) -> str:
        """How a synonym term is looked up: the keys of its words, stop words left out."""
        content = [w for w in term if w not in self.stop_words] or list(term)
        return " ".join(self.key(w) for w in content)

    def lexicon(self) -> Lexicon | None:
        """The language's word list (pyspellchecker's), read on first use; None if none is shipped."""
        return lexicon(self.code) if self.code else None


class _Keys(dict[str, str]):
    """A language's key of each word it was asked for: a lookup where known, the stem made once."""

    def __init__(self, language: Language) -> None:
        super().__init__()
        self._tag, self._code = language.tag, language.code

    def __missing__(self, word: str) -> str:
        if len(self) >= _MAX_KEYS:
            self.clear()
        key = self[word] = self._tag + stem(word, self._code)
        return key


def language(tag: str) -> Language:
    """The search language of a language tag ('fr', 'fr-CA', 'FR'); an unusable tag is no language.
    One object a language: ``language('fr') is language('fr-CA')``."""
    return _language(language_code(tag))


@functools.cache
def _language(code: str) -> Language:
    return Language(code)


def languages(tags: Iterable[str]) -> tuple[Language, ...]:
    """The distinct search languages of some language tags, in order; English where none is given."""
    found = {language(tag).code: language(tag) for tag in tags}
    return tuple(found.values()) or (language(DEFAULT_LANGUAGE),)


def stop_words(among: Iterable[Language]) -> frozenset[str]:
    """The words that are stop words in any of the languages."""
    return frozenset().union(*(lang.stop_words for lang in among))


def untag(key: str) -> str:
    """A key's stem without its language tag."""
    return key.rpartition(TAG_END)[2]


def split_language(term: str) -> tuple[str, str]:
    """A synonym group's first term as (language code, term): ``fr: fièvre`` is French; a term with
    no language (a line of an old synonyms file) gives ''."""
    head, colon, rest = term.partition(":")
    code = head.strip()
    if colon and rest.strip() and 2 <= len(code) <= 3 and code.isascii() and code.isalpha():
        return code.lower(), rest.strip()
    return "", term


def is_word(among: Sequence[Language], word: str) -> bool:
    """Whether a folded word is a word of any of the languages' lists (or a number or code).

    A language without a list knows no word: where none of them has one, any unknown string may be
    corrected."""
    return any(listed(lang.lexicon(), word) for lang in among) or listed(None, word)
