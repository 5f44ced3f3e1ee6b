"""Search in a library that mixes languages: each article's words in its own language (word forms,
stop words, word list, synonyms), a query looked for in each of them, English as before."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.builder import build_bundle, read_synonyms
from reader.core.bundle import Bundle
from reader.core.errors import SourceError
from reader.core.locations import articles_dir, stylesheet_path, synonyms_path
from reader.core.search import Searcher, SearchResult, highlight_pattern
from reader.core.search.languages import TAG_END, is_word, language, languages, split_language
from reader.core.text import fold
from tests.conftest import SourceWriter

DATA = Path(__file__).resolve().parents[1] / "data" / "languages"


@pytest.fixture(scope="module")
def mixed_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped English article with the French, Spanish, Arabic and Swahili test articles, one bundle, the
    shipped synonyms followed by the test's groups of each language."""
    source = tmp_path_factory.mktemp("mixed")
    for article in [*articles_dir().glob("*.md"), *DATA.glob("*.md")]:
        shutil.copy(article, source)
    groups = (DATA / "synonyms.txt").read_text(encoding="utf-8")
    (source / "synonyms.txt").write_text(synonyms_path().read_text(encoding="utf-8") + groups, encoding="utf-8")
    out = source / "mixed.sqlite"
    build_bundle(source, out, stylesheet_path(), source / "synonyms.txt")
    return out


@pytest.fixture(scope="module")
def mixed(mixed_bundle: Path) -> Iterator[Searcher]:
    with Bundle.open(mixed_bundle) as bundle:
        yield Searcher(bundle)


@pytest.fixture(scope="module")
def english(shipped_bundle: Path) -> Iterator[Searcher]:
    with Bundle.open(shipped_bundle) as bundle:
        yield Searcher(bundle)


def _ids(result: SearchResult) -> list[str]:
    return [hit.id for hit in result.hits]


def test_the_bundle_holds_each_language_s_stems_apart(mixed_bundle: Path) -> None:
    with Bundle.open(mixed_bundle) as bundle:
        rows = dict(bundle.connection.execute("SELECT term, stem FROM terms WHERE term IN ('vomit', 'treatment')"))
    assert rows == {"vomit": f"fr{TAG_END}vom", "treatment": "treatment"}  # English stems as they always were


# French: Snowball's French stems, accents folded, French stop words.


@pytest.mark.parametrize(
    ("query", "section"),
    [
        ("vomissements", "fievre/quand-l-enfant-vomit"),  # the text says "vomit" and "vomir"
        ("enfants", "fievre/quand-l-enfant-vomit"),  # the text says "enfant"
        ("déshydraté", "fievre/signes-de-deshydratation"),
    ],
)
def test_french_word_forms_find_each_other(mixed: Searcher, query: str, section: str) -> None:
    result = mixed.search(query)
    assert section in _ids(result)
    assert {hit.tier for hit in result.hits} == {"stem"}  # not as written: by the French stem


@pytest.mark.parametrize("query", ["fièvre", "fievre", "FIÈVRE", "la fièvre"])
def test_french_accents_and_stop_words_do_not_matter(mixed: Searcher, query: str) -> None:
    result = mixed.search(query)
    assert _ids(result)[:2] == ["fievre/la-fievre-et-la-deshydratation-chez-l-enfant", "fievre/la-fievre"]
    assert result.hits[0].tier == "exact"


def test_a_word_form_of_one_language_does_not_reach_another_s_text(mixed: Searcher) -> None:
    # "continuing" is "continu" in English, as French "continue" is "continu" in French: the stems
    # meet only in their own language, so the French section is not a word form of the English word.
    assert "fievre/quand-l-enfant-vomit" not in _ids(mixed.search("continuing"))
    assert "fievre/quand-l-enfant-vomit" in _ids(mixed.search("continuer"))


def test_a_french_typo_is_corrected_and_a_french_word_is_not(mixed: Searcher) -> None:
    typo = mixed.search("fievrre")
    assert typo.corrected == "fievre"
    assert _ids(typo)[:2] == ["fievre/la-fievre-et-la-deshydratation-chez-l-enfant", "fievre/la-fievre"]
    # "voire" is French ("even"), one letter from the text's "boire": the French list knows it.
    assert is_word([language("fr")], "voire")
    assert not is_word([language("en")], "voire")  # English alone would have "corrected" it
    word = mixed.search("voire")
    assert (word.hits, word.corrected, word.absent) == ((), None, ("voire",))


def test_french_synonyms_of_a_french_group(mixed: Searcher) -> None:
    result = mixed.search("hyperthermie")  # "fr: fièvre, hyperthermie"
    assert _ids(result)[:2] == ["fievre/la-fievre-et-la-deshydratation-chez-l-enfant", "fievre/la-fievre"]
    assert result.corrected == "fievre"
    assert {hit.tier for hit in result.hits} == {"synonym"}


@pytest.mark.parametrize(
    ("query", "section"),
    [
        ("niños", "fiebre/cuando-preocuparse"),  # the section says "niño"
        ("ninos", "fiebre/cuando-preocuparse"),
        ("deshidratacion", "fiebre/deshidratacion"),  # without its accent
        ("vómitos", "fiebre/cuando-preocuparse"),  # the text says "vomita"
    ],
)
def test_spanish_word_forms_and_accents(mixed: Searcher, query: str, section: str) -> None:
    assert section in _ids(mixed.search(query))


# Arabic: vowel marks, hamza seats and tatweel folded, the definite article and prefixes stemmed.


@pytest.mark.parametrize(
    ("query", "section"),
    [
        ("الحمى", "humma/humma"),  # the text writes it with vowel marks: الْحُمَّى
        ("حمى", "humma/humma"),  # without the definite article
        ("الماء", "humma/humma"),  # the text: الْمَـــاءَ (vowel marks and tatweel)
        ("اسهال", "humma/jafaf"),  # the text: بالإسهال (with a preposition, the hamza on its alif)
        ("السخونة", "humma/humma"),  # "ar: الحمى, السخونة"
    ],
)
def test_arabic_without_vowel_marks_finds_text_with_them(mixed: Searcher, query: str, section: str) -> None:
    assert section in _ids(mixed.search(query))


# Swahili: no stemmer and no word list; words as written, by their start while typed.


def test_swahili_words_are_matched_as_written_and_by_prefix(mixed: Searcher) -> None:
    assert language("sw").code == "sw"
    assert _ids(mixed.search("kuhara")) == ["homa/upungufu-wa-maji-mwilini"]
    assert _ids(mixed.search("kunyw")) == ["homa/homa"]  # "kunywa", while typed
    whole = mixed.search("kunyw ")  # a whole word: no stem finds "kunywa", only a correction
    assert [(hit.id, hit.tier) for hit in whole.hits] == [("homa/homa", "corrected")]
    typo = mixed.search("mtotto")  # no Swahili list: any unknown string may be a typo
    assert typo.corrected == "mtoto"


# English as before.

ENGLISH = [
    "ketamine",
    "side effects",
    '"side effects"',
    "nausea",
    "depresion",
    "hallu",
    "treating",
    "high blood pressure",
    "pregnant",
    "how often",
    "effects of ketamine",
    "dose",
    "safety",
    "halucinations",
    "glutamaté",
    "continuing",
]


@pytest.mark.parametrize("query", ENGLISH)
def test_english_queries_find_what_they_found_alone(english: Searcher, mixed: Searcher, query: str) -> None:
    """Typed in English, the English article's hits are those of the English bundle, tier by tier
    (within a tier bm25 ranks by the statistics of the whole bundle, which any added article changes)."""
    alone, together = english.search(query, limit=50), mixed.search(query, limit=80, language="en")

    def tiers(result: SearchResult) -> list[tuple[str, frozenset[str]]]:
        hits = [hit for hit in result.hits if hit.id.startswith("ketamine-effects/")]
        names = list(dict.fromkeys(hit.tier for hit in hits))
        return [(name, frozenset(hit.id for hit in hits if hit.tier == name)) for name in names]

    assert tiers(together) == tiers(alone)
    assert (together.corrected, together.absent, together.suggestion) == (
        alone.corrected,
        alone.absent,
        alone.suggestion,
    )


def test_the_language_a_query_is_typed_in_tells_its_words_from_typos(mixed: Searcher) -> None:
    # "depresion" is Spanish (depresión), and a typo of the English "depression".
    assert mixed.search("depresion", language="en").corrected == "depression"
    assert mixed.search("depresion", language="es").absent == ("depresion",)
    assert mixed.search("depresion").absent == ("depresion",)  # language unknown: a word of some language
    # "voire" is French, one letter from the French text's "boire".
    assert mixed.search("voire", language="fr-CA").absent == ("voire",)
    assert mixed.search("voire", language="en").corrected == "boire"
    # Its stop words: "son" is a French one ("his"), and an English word no text has.
    french = mixed.search("son fièvre", language="fr")
    assert _ids(french)[:2] == ["fievre/la-fievre-et-la-deshydratation-chez-l-enfant", "fievre/la-fievre"]
    english = mixed.search("son fièvre", language="en")
    assert (english.hits, english.absent) == ((), ("son",))


def test_a_query_language_the_bundle_lacks_reads_the_query_in_the_bundle_s(english: Searcher) -> None:
    assert english.search("pregnant", language="fr").absent == ("pregnant",)  # the English list still decides


# Languages, tags and synonym lines.


def test_languages_are_told_by_their_primary_subtag() -> None:
    assert [lang.code for lang in languages(["fr", "fr-CA", "FR", "pt_BR", "en", ""])] == ["fr", "pt", "en", ""]
    assert languages([]) == (language("en"),)
    assert language("../en").code == ""  # not a language: words as written
    assert language("en").key("treating") == "treat"
    assert language("fr").key("vomissements") == f"fr{TAG_END}vom"
    assert language("sw").key("watoto") == f"sw{TAG_END}watoto"
    assert language("la fièvre").key("x") == f"{TAG_END}x"


@pytest.mark.parametrize(
    ("term", "split"),
    [
        ("fr: fièvre", ("fr", "fièvre")),
        ("AR:الحمى", ("ar", "الحمى")),
        ("nausea", ("", "nausea")),
        ("fr:", ("", "fr:")),  # nothing after the colon: no language
        ("note: this", ("", "note: this")),  # not a language code
    ],
)
def test_a_synonym_group_names_its_language_before_a_colon(term: str, split: tuple[str, str]) -> None:
    assert split_language(term) == split


def test_a_group_of_a_language_the_bundle_lacks_finds_nothing(tmp_path: Path) -> None:
    source = tmp_path / "source"
    shutil.copytree(articles_dir(), source)
    found: dict[str, tuple[str, ...]] = {}
    for line in ("hallucination, mirages", "fr: hallucination, mirages"):
        (source / "synonyms.txt").write_text(line + "\n", encoding="utf-8")
        out = tmp_path / f"{len(found)}.sqlite"
        build_bundle(source, out, stylesheet_path(), source / "synonyms.txt")
        with Bundle.open(out) as bundle:
            found[line] = tuple(_ids(Searcher(bundle).search("mirages")))
    assert found["hallucination, mirages"]  # a group of every language
    assert found["fr: hallucination, mirages"] == ()  # French, and no article is


@pytest.mark.parametrize(
    ("query", "written"),
    [("fievre", "La fièvre est une température"), ("الحمى", "الْحُمَّى هِيَ ارْتِفَاعُ"), ("اطفال", "عند الأطفال")],
)
def test_the_window_marks_the_words_as_the_text_writes_them(mixed: Searcher, query: str, written: str) -> None:
    result = mixed.search(query)
    match = re.search(highlight_pattern(result.terms, result.phrases), written, re.IGNORECASE)
    assert match is not None
    assert fold(match.group(0)) in result.terms


def test_an_article_of_arabic_headings_builds_with_an_id_for_each(write_source: SourceWriter, tmp_path: Path) -> None:
    folder = write_source("# الحمى\n\nنص.\n\n## الأسباب\n\nنص.\n\n## العلاج\n\nنص.\n", title="الحمى")
    out = tmp_path / "ar.sqlite"
    build_bundle(folder, out, stylesheet_path(), synonyms_path())
    with Bundle.open(out) as bundle:
        ids = [section.id.split("/", 1)[1] for section in bundle.sections()]
    assert ids == ["section-1", "section-2", "section-3"]


def test_a_synonym_group_of_a_language_is_read_and_checked_without_its_code(tmp_path: Path) -> None:
    synonyms = tmp_path / "synonyms.txt"
    synonyms.write_text("fr: fièvre, hyperthermie\nfever, pyrexia\n", encoding="utf-8")
    assert read_synonyms(synonyms) == [["fr: fièvre", "hyperthermie"], ["fever", "pyrexia"]]
    synonyms.write_text("fr: fièvre, fièvre\n", encoding="utf-8")
    with pytest.raises(SourceError, match="at least two different terms"):
        read_synonyms(synonyms)
    synonyms.write_text("fr: fièvre, , hyperthermie\n", encoding="utf-8")
    with pytest.raises(SourceError, match="empty term"):
        read_synonyms(synonyms)
