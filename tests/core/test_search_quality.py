"""Search as a nurse in a hurry meets it (issue 12): corrections said, no misleading suggestions,
absent words named, snippets that read as text, and answers before headings that merely mention."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.builder import build_bundle
from reader.core.bundle import Bundle
from reader.core.locations import stylesheet_path, synonyms_path
from reader.core.search import MARK_END, MARK_START, STOP_WORDS, Searcher
from reader.core.search.snippets import prose, snippet
from tests.conftest import SourceWriter


@pytest.fixture(scope="module")
def searcher(shipped_bundle: Path) -> Iterator[Searcher]:
    with Bundle.open(shipped_bundle) as bundle:
        yield Searcher(bundle)


def _marked(result_snippets: list[str]) -> set[str]:
    return {m.casefold() for s in result_snippets for m in re.findall(f"{MARK_START}(.*?){MARK_END}", s)}


# (typed, the query as searched, a word the snippets must mark): a typo, a word form of a typo, a word
# form the text lacks, a synonym for a word the text lacks, a synonym term of two words
CORRECTIONS = [
    ("depresion", "depression", "depression"),
    ("halucinations", "hallucinations", "hallucinations"),
    ("side efects", "side effects", "effects"),
    ("depressed", "depression", "depressive"),
    ("nausea", "queasiness", "queasiness"),
    ("hypertension", "blood pressure", "high blood pressure"),
    ("feeling sick", "queasiness", "queasiness"),
]


@pytest.mark.parametrize(("typed", "searched", "marked"), CORRECTIONS)
def test_a_corrected_word_is_said_and_marked(searcher: Searcher, typed: str, searched: str, marked: str) -> None:
    result = searcher.search(typed)
    assert result.hits
    assert result.corrected == searched
    assert searcher.search(result.corrected).hits  # what is said was searched finds something itself
    assert marked in _marked([hit.snippet for hit in result.hits])
    if " " not in marked:
        assert marked in result.terms  # the window marks the same words in the article


def test_the_misspelt_depression_is_marked_in_the_text(searcher: Searcher) -> None:
    result = searcher.search("depresion")
    assert {"depression", "depressive"} <= set(result.terms)
    assert result.absent == ()


def test_words_the_text_holds_are_not_said_to_be_corrected(searcher: Searcher) -> None:
    for typed in ("ketamine", "hallucinations", "side effects", "ketam", "hallucination", '"blood pressure"'):
        assert searcher.search(typed).corrected is None, typed


@pytest.mark.parametrize("word", ["kids", "driving", "heart", "ke", "pregnant", "pregnancy", "xyzzy", "2024"])
def test_a_word_the_text_lacks_is_named_not_corrected(searcher: Searcher, word: str) -> None:
    result = searcher.search(word)
    assert (result.hits, result.corrected, result.suggestion) == ((), None, None)
    assert result.absent == (word,)


def test_a_word_the_text_lacks_is_left_out_of_the_suggestion(searcher: Searcher) -> None:
    result = searcher.search("αβ nausea")
    assert (result.hits, result.suggestion, result.absent) == ((), "nausea", ("αβ",))
    result = searcher.search('pregnant "side effects"')
    assert (result.suggestion, result.absent) == ('"side effects"', ("pregnant",))


def test_a_word_found_only_as_a_synonym_is_not_absent(searcher: Searcher) -> None:
    assert searcher.search("nausea").absent == ()
    assert searcher.search("nausia").absent == ()  # corrected: found
    assert searcher.search("nausia", correct=False).absent == ("nausia",)


QUERIES_WITHOUT_HITS = ["kids", "ke", "αβ nausea", "driving", "heart", "what is xyzzy", "halucinashuns", "ab", "oof"]


@pytest.mark.parametrize("query", QUERIES_WITHOUT_HITS)
def test_a_suggestion_is_never_a_stop_word_and_finds_something(searcher: Searcher, query: str) -> None:
    suggestion = searcher.search(query).suggestion
    if suggestion is not None:
        assert any(word not in STOP_WORDS for word in suggestion.split()), suggestion
        assert searcher.search(suggestion).hits, suggestion


def test_a_whole_word_is_not_the_stem_of_a_longer_one(tmp_path: Path, write_source: SourceWriter) -> None:
    folder = write_source("# Test Article\n\nThe kidney filters the blood.\n")
    out = tmp_path / "kidney.sqlite"
    build_bundle(folder, out, stylesheet_path(), synonyms_path())
    with Bundle.open(out) as bundle:
        searcher = Searcher(bundle)
        assert searcher.search("kidn").hits  # typing: the start of a word
        kids = searcher.search("kids")
        assert (kids.hits, kids.absent) == ((), ("kids",))


SNIPPET_QUERIES = ["depression", "effects", "report side effects", "anxiety", "ptsd", "how often", "faq", "questions"]


@pytest.mark.parametrize("query", SNIPPET_QUERIES)
def test_snippets_read_as_text(searcher: Searcher, query: str) -> None:
    hits = searcher.search(query).hits
    assert hits
    for hit in hits:
        text = hit.snippet_text("", "")
        assert text.strip(), hit.id  # every hit has one, a part heading too
        assert "|" not in text, (hit.id, text)
        assert not re.search(r"(^|[.…:] )(- |\d+\. )", text), (hit.id, text)
        assert "Effect: Description" not in text
        assert "Effect Description" not in text


def test_a_table_row_reads_as_its_cells(searcher: Searcher) -> None:
    hit = next(h for h in searcher.search("depression").hits if h.id == "ketamine-effects/summary-of-positive-effects")
    assert f"Rapid Relief from {MARK_START}Depression{MARK_END}: Visible decrease" in hit.snippet


def test_a_list_item_loses_its_marker(searcher: Searcher) -> None:
    hit = next(h for h in searcher.search("report side effects").hits if h.id == "ketamine-effects/key-safety-tips")
    assert f"{MARK_START}Report{MARK_END} {MARK_START}Side{MARK_END}" in hit.snippet
    assert "- " not in hit.snippet


def test_an_answer_comes_before_a_heading_that_mentions_the_word_in_passing(searcher: Searcher) -> None:
    hits = searcher.search("how often").hits
    ids = [hit.id for hit in hits]
    assert ids[0] != "ketamine-effects/often-asked-questions-faq"
    body = [
        i
        for i, hit in enumerate(hits)
        if hit.tier == "exact" and hit.id != "ketamine-effects/often-asked-questions-faq"
    ]
    assert ids.index("ketamine-effects/often-asked-questions-faq") > max(body)
    assert [hit.score for hit in hits] == sorted((hit.score for hit in hits), reverse=True)
    faq = hits[ids.index("ketamine-effects/often-asked-questions-faq")]
    assert faq.snippet.endswith(".")
    assert "Ketamine" in faq.snippet


def test_a_part_heading_about_the_words_keeps_its_place(searcher: Searcher) -> None:
    ids = [hit.id for hit in searcher.search("ketamine").hits[:3]]
    assert "ketamine-effects/the-positive-effects-of-ketamine" in ids
    assert searcher.search("faq").hits[0].id == "ketamine-effects/often-asked-questions-faq"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Effect | Description\nFast | Within hours.\nLasting | Weeks", "Fast: Within hours. Lasting: Weeks."),
        ("Intro:\n- Report effects\n- Dose\n2. Ask", "Intro: Report effects. Dose. Ask."),
        ("One | row alone", "One: row alone."),
        ("a |  | c\nd | e | f", "d: e; f."),
        ("", ""),
    ],
)
def test_prose(text: str, expected: str) -> None:
    assert prose(text) == expected


def test_a_snippet_closes_a_mark_it_cuts() -> None:
    words = " ".join(f"w{i}" for i in range(40))
    text = f"{words} {MARK_START}side effects{MARK_END} end"
    cut = snippet(text, size=3)
    assert cut.count(MARK_START) == cut.count(MARK_END) == 1
    assert snippet("No match here. Second sentence.") == "No match here."
