"""Tiers skipped where the vocabulary shows they find nothing: the answers stay those of every tier run."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.bundle import Bundle
from reader.core.search import MARK_END, MARK_START, Searcher, Vocabulary
from reader.core.search.index import split_as_words
from reader.core.search.snippets import snippet


@pytest.fixture(scope="module")
def searcher(shipped_bundle: Path) -> Iterator[Searcher]:
    with Bundle.open(shipped_bundle) as bundle:
        yield Searcher(bundle)


def _answer(searcher: Searcher, text: str) -> tuple[object, ...]:
    result = searcher.search(text)
    hits = [(h.id, h.score, h.tier, h.snippet) for h in result.hits]
    return hits, result.corrected, result.suggestion, result.terms, result.phrases, result.absent


def _every_tier_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """No shortcut the vocabulary allows: every tier run, and a word typed searched as a prefix."""
    monkeypatch.setattr(Vocabulary, "may_hold", lambda self, word, prefix=False: True)
    monkeypatch.setattr(Vocabulary, "may_hold_stems", lambda self, stems, prefix=False: True)
    monkeypatch.setattr(Vocabulary, "stem_adds_nothing", lambda self, word, prefix=False: False)
    monkeypatch.setattr(Vocabulary, "only_itself", lambda self, word: False)


QUERIES = [
    "ketamine",
    "ketamine's",
    "s",
    "pregnant",
    "depresion",
    "halucinations",
    "nausea",
    "side effects",
    "high blood pressure",
    '"side effects" ketamine',
    '"ketamine effects"',
    "hallu",
    "neuro",
    "treatin",
    "zzzq",
    "glutamaté",
    "ketamine pregnant",
    "how often",
    "effects",
    "effect",
    "run",
    "dying",
    "die",
    "ketamine effects",
]


@pytest.mark.parametrize("text", QUERIES)
def test_skipping_tiers_changes_no_answer(searcher: Searcher, text: str) -> None:
    skipped = _answer(searcher, text)
    with pytest.MonkeyPatch.context() as monkeypatch:
        _every_tier_run(monkeypatch)
        assert _answer(searcher, text) == skipped


WORDS = st.sampled_from(
    ["ketamine", "effects", "side", "nausea", "blood", "pressure", "s", "the", "pregnant", "zq", "treating", "dose"]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    words=st.lists(WORDS, min_size=1, max_size=3),
    cut=st.integers(min_value=0, max_value=4),
    quoted=st.booleans(),
)
def test_skipping_tiers_changes_no_answer_for_any_mix(
    searcher: Searcher, words: list[str], cut: int, quoted: bool
) -> None:
    text = " ".join(words)
    text = text[: len(text) - cut] if cut < len(text) else text
    text = f'"{text}"' if quoted else text
    skipped = _answer(searcher, text)
    with pytest.MonkeyPatch.context() as monkeypatch:
        _every_tier_run(monkeypatch)
        assert _answer(searcher, text) == skipped


def test_a_word_typed_finds_as_its_prefix_would_for_every_word_of_the_bundle(searcher: Searcher) -> None:
    vocabulary = searcher.vocabulary
    words = vocabulary.sorted_terms
    alone = [w for w in words if vocabulary.only_itself(w)]
    assert 0 < len(alone) < len(words)  # "effect" is no word alone: "effects" starts with it
    assert not vocabulary.only_itself("effect")
    assert vocabulary.only_itself("ketamine")
    for word in words:
        typed = _answer(searcher, word)
        with pytest.MonkeyPatch.context() as monkeypatch:
            monkeypatch.setattr(Vocabulary, "only_itself", lambda self, word: False)
            assert _answer(searcher, word) == typed, word


def test_a_word_in_no_form_of_the_bundle_asks_no_index(searcher: Searcher, shipped_bundle: Path) -> None:
    with Bundle.open(shipped_bundle) as bundle:
        alone = Searcher(bundle)
        alone.search("ketamine")  # loads the vocabulary
        statements: list[str] = []
        bundle.connection.set_trace_callback(statements.append)
        result = alone.rank("pregnant", fallback=False).result
        bundle.connection.set_trace_callback(None)
    assert result.hits == ()
    assert result.absent == ("pregnant",)
    assert not [s for s in statements if "MATCH" in s]


def test_the_possessive_s_and_words_not_plain_are_never_ruled_out(searcher: Searcher) -> None:
    vocabulary = searcher.vocabulary
    assert vocabulary.may_hold("s")  # "ketamine's": the index keeps its "s" as a word
    assert vocabulary.may_hold("søren")
    assert not vocabulary.may_hold("pregnant")
    assert vocabulary.may_hold("ketam", prefix=True)
    assert not vocabulary.may_hold("ketam")
    assert vocabulary.may_hold_stems(["ketamin"])
    assert not vocabulary.may_hold_stems(["ketamin", "pregnant"])


def test_the_word_form_tier_is_skipped_only_where_it_adds_nothing(searcher: Searcher) -> None:
    vocabulary = searcher.vocabulary
    assert vocabulary.stem_adds_nothing("pregnant")  # no form at all
    forms = vocabulary.forms("effects")
    assert len(forms) > 1  # effect, effects
    assert not vocabulary.stem_adds_nothing("effects")


@pytest.mark.parametrize(
    ("text", "alike"),
    [
        ("Plain ASCII, with (punctuation) - and 1962.", True),
        ("Ketamine\u2019s \u201ceffects\u201d \u2013 caf\u00e9, na\u00efve", True),
        ("stra\u00dfe", False),  # casefold: "strasse"; SQLite keeps the sharp s
        ("\ufb01re", False),  # a ligature, split by NFKD only
        ("x\u00b2", False),
        ("caf\u00e9\u2122", False),  # TM: a word of NFKD, a separator to SQLite
    ],
)
def test_texts_split_as_words_only_where_sqlite_splits_them_alike(text: str, alike: bool) -> None:
    assert split_as_words([text, "plain"]) is alike


@pytest.mark.parametrize("text", ["ket", "neuro", "hallu", "side effects", "dose", '"side effects"', "nausea"])
def test_snippets_mark_what_a_match_of_every_term_marks(searcher: Searcher, shipped_bundle: Path, text: str) -> None:
    result = searcher.search(text)
    assert result.hits
    expression = " OR ".join('"' + t.replace('"', '""') + '"' for t in [*result.terms, *result.phrases])
    sql = "SELECT highlight(sections_fts, 1, ?, ?) FROM sections_fts WHERE sections_fts MATCH ? AND rowid = ?"
    with Bundle.open(shipped_bundle) as bundle:
        by_id = {s.id: s for s in bundle.sections()}
        for hit in result.hits:
            section = by_id[hit.id]
            if not section.text.strip():
                continue  # a part heading's snippet is its first sub-section's
            row = bundle.connection.execute(sql, (MARK_START, MARK_END, expression, section.order)).fetchone()
            marked = str(row[0]) if row and row[0] else section.text
            assert hit.snippet == snippet(marked), hit.id
    assert any(section.text.isascii() for section in by_id.values())  # the shortened MATCH is tried
