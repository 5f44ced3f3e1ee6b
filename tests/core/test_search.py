"""Search: a table of what clinic staff type and the sections they mean, and any text is safe."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.cli import main
from reader.core.bundle import Bundle
from reader.core.search import MARK_END, MARK_START, Searcher, highlight_pattern, parse_query


@pytest.fixture(scope="module")
def searcher(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Searcher]:
    from reader.core.builder import build_bundle
    from reader.core.locations import articles_dir, stylesheet_path, synonyms_path

    out = tmp_path_factory.mktemp("search") / "content.sqlite"
    build_bundle(articles_dir(), out, stylesheet_path(), synonyms_path())
    with Bundle.open(out) as bundle:
        yield Searcher(bundle)


# (what a clinic worker types, a section it must find among the first three, the tier it comes from)
QUERIES = [
    # words, and case, accents and punctuation
    ("ketamine", "the-positive-effects-of-ketamine", "exact"),
    ("KETAMINE", "the-positive-effects-of-ketamine", "exact"),
    ("Ketamine's", "the-positive-effects-of-ketamine", "exact"),
    ("glutamate", "what-is-ketamine", "exact"),
    ("1962", "what-is-ketamine", "exact"),
    ("NMDA receptor", "discomfort-relief", "exact"),
    ("hallucinations", "hallucinations", "exact"),
    ("HALLUCINATIONS!", "hallucinations", "exact"),
    ("glutamaté", "what-is-ketamine", "exact"),
    ("transformative", "conclusion", "exact"),
    ("recreational drug", "dependence-and-abuse-potential", "exact"),
    ("self-prescribe", "can-i-self-prescribe-ketamine-gotten-online", "exact"),
    ("how long does it last", "how-long-do-the-effects-of-ketamine-last", "exact"),
    # word forms
    ("hallucination", "hallucinations", "exact"),
    ("treatments", "key-safety-tips", "exact"),
    ("depressed", "fast-antidepressant-effects", "stem"),
    ("queasy", "short-term-side-effects", "stem"),
    ("secure", "security-considerations-for-online-ketamine-treatment", "stem"),
    ("monitoring", "what-should-i-anticipate-during-a-ketamine-treatment-session", "stem"),
    ("dissociative", "dissociative-effects", "exact"),
    # prefixes while typing
    ("neuro", "neuroplasticity-promotion", "exact"),
    ("ketam", "the-positive-effects-of-ketamine", "exact"),
    ("hallu", "hallucinations", "exact"),
    ("anxiolyt", "anxiolytic-properties", "exact"),
    # synonyms
    ("nausea", "short-term-side-effects", "synonym"),
    ("feeling sick", "short-term-side-effects", "synonym"),
    ("safety", "security-considerations-for-online-ketamine-treatment", "exact"),
    ("hypertension", "short-term-side-effects", "synonym"),
    ("addiction", "dependence-and-abuse-potential", "synonym"),
    ("painkiller", "discomfort-relief", "synonym"),
    ("physician", "key-safety-tips", "synonym"),
    ("telemedicine", "security-considerations-for-online-ketamine-treatment", "synonym"),
    ("therapeutic", "conclusion", "synonym"),
    ("trauma", "table-1-common-uses-of-ketamine", "synonym"),
    ("duration", "how-long-do-the-effects-of-ketamine-last", "synonym"),
    ("licensed", "key-safety-tips", "synonym"),
    ("plasticity", "neuroplasticity-promotion", "synonym"),
    ("anaesthetic", "table-1-common-uses-of-ketamine", "synonym"),
    ("unfavourable effect", "the-negative-effects-of-ketamine", "synonym"),
    # typos
    ("halucinations", "hallucinations", "corrected"),
    ("hallucinatons", "hallucinations", "corrected"),
    ("anxeity", "anxiolytic-properties", "corrected"),
    ("neuroplasticty", "neuroplasticity-promotion", "corrected"),
    ("nausia", "short-term-side-effects", "corrected"),
    ("glutamat", "what-is-ketamine", "exact"),
    # phrases
    ('"side effects"', "short-term-side-effects", "exact"),
    ('"blood pressure"', "short-term-side-effects", "exact"),
    ('"common uses"', "table-1-common-uses-of-ketamine", "exact"),
    ('"high blood pressure" history', "is-ketamine-safe-for-everybody", "exact"),
]


ARTICLE = "ketamine-effects"


@pytest.mark.parametrize(("query", "section", "tier"), QUERIES)
def test_finds_what_was_meant(searcher: Searcher, query: str, section: str, tier: str) -> None:
    section = f"{ARTICLE}/{section}"  # the table names sections within the shipped article
    result = searcher.search(query)
    top = [hit.id for hit in result.hits[:3]]
    assert section in top, (query, top)
    assert next(hit.tier for hit in result.hits if hit.id == section) == tier


def test_table_is_large_enough() -> None:
    assert len(QUERIES) >= 40


def test_titles_weigh_more_than_text(searcher: Searcher) -> None:
    assert searcher.search("hallucinations").hits[0].id == f"{ARTICLE}/hallucinations"
    unknown_word = searcher.search("glossary conclusion")  # every word must be found: 'glossary' is nowhere
    assert (unknown_word.hits, unknown_word.suggestion) == ((), "conclusion")
    assert searcher.search("conclusion").hits[0].id == f"{ARTICLE}/conclusion"


def test_tiers_come_in_order(searcher: Searcher) -> None:
    order = ["exact", "stem", "synonym", "corrected"]
    for query in ("dissociation", "safety", "anxious", "treatment"):
        tiers = [order.index(hit.tier) for hit in searcher.search(query).hits]
        assert tiers == sorted(tiers), query


def test_typo_correction_is_announced_and_can_be_refused(searcher: Searcher) -> None:
    result = searcher.search("halucinations")
    assert result.corrected == "hallucinations"
    assert searcher.search("halucinations", correct=False).hits == ()


def test_no_results_offers_a_suggestion(searcher: Searcher) -> None:
    result = searcher.search("halucinashuns")
    assert result.hits == ()
    assert result.suggestion == "hallucinations"
    assert searcher.search(result.suggestion).hits[0].id == f"{ARTICLE}/hallucinations"


def test_words_that_never_meet_suggest_fewer_words(searcher: Searcher) -> None:
    result = searcher.search("glutamate hallucinations")
    assert result.hits == ()
    assert result.suggestion in {"glutamate", "hallucinations"}


def test_snippets_mark_the_matched_words(searcher: Searcher) -> None:
    hit = searcher.search("nausea").hits[0]
    assert f"{MARK_START}queasiness{MARK_END}" in hit.snippet
    assert "<b>queasiness</b>" in hit.snippet_html()
    assert hit.path == ("The Negative Effects of Ketamine", "4. Short-TERM Side Effects")


def test_highlight_terms_cover_forms_and_synonyms(searcher: Searcher) -> None:
    result = searcher.search("treat")
    assert {"treating", "treatment", "treatments"} <= set(result.terms)
    pattern = highlight_pattern(result.terms, result.phrases)
    import re

    assert re.search(pattern, "Clients treating pain", re.IGNORECASE)
    assert not re.search(pattern, "retreat", re.IGNORECASE)


@pytest.mark.parametrize(
    ("text", "words", "prefix", "phrases"),
    [
        ("Ketamine's effects", ["ketamine", "effects"], True, []),
        ("what is ketamine ", ["ketamine"], False, []),
        ("what is", ["what", "is"], False, []),
        ("what is ket", ["ket"], True, []),
        ('"side effects" nausea', ["nausea"], True, [["side", "effects"]]),
        ('nausea "side effects"', ["nausea"], False, [["side", "effects"]]),
        ('"hallucinations"', ["hallucinations"], False, []),
        ("ne", ["ne"], False, []),
        ("NEAR(a b) OR x* AND ^y col:z", ["near", "b", "x", "y", "col", "z"], False, []),
        ("", [], False, []),
    ],
)
def test_parse_query(text: str, words: list[str], prefix: bool, phrases: list[list[str]]) -> None:
    query = parse_query(text)
    assert (query.words, query.prefix, query.phrases) == (words, prefix, phrases)


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        '"',
        '""',
        "*",
        "^",
        "NEAR(ketamine safety)",
        "ketamine AND",
        "OR",
        "NOT ketamine",
        "title:ketamine",
        "(ketamine",
        "ketamine)",
        "x" * 10_000,
        "ketamine " * 2000,
        "\x00\x01\x02",
        "😀😀",
        "קטמין",
        "كيتامين",
        "\u202eenimatek",
        "ke\ttamine\n",
        "'; DROP TABLE sections; --",
    ],
)
def test_hostile_input_never_raises(searcher: Searcher, text: str) -> None:
    result = searcher.search(text)
    json.dumps(result.to_json())
    assert len(result.hits) <= 20


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=120), limit=st.integers(min_value=-5, max_value=500))
def test_any_text_gives_valid_output(searcher: Searcher, text: str, limit: int) -> None:
    result = searcher.search(text, limit=limit)
    encoded = json.loads(json.dumps(result.to_json()))
    assert set(encoded) == {"query", "corrected", "hits", "suggestion", "absent"}
    assert all(isinstance(word, str) for word in encoded["absent"])
    assert len(result.hits) <= max(1, min(limit, 200))
    assert len({hit.id for hit in result.hits}) == len(result.hits)
    for hit in result.hits:
        assert set(hit.to_json()) == {"id", "title", "path", "snippet", "score"}


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=st.sampled_from('ab"*^():-+ NEARORNOTAND'), max_size=40))
def test_fts_syntax_is_never_passed_through(searcher: Searcher, text: str) -> None:
    searcher.search(text)


def test_cli_search_json(shipped_bundle: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "--bundle", str(shipped_bundle), "--json", "--limit", "2", "nausia"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["query"] == "nausia"
    assert result["corrected"] == "nausea"
    assert len(result["hits"]) == 2
    assert result["hits"][0]["id"] == f"{ARTICLE}/short-term-side-effects"
    assert set(result["hits"][0]) == {"id", "title", "path", "snippet", "score", "article", "article_id"}
    assert "**queasiness**" in result["hits"][0]["snippet"]


def test_cli_search_text_and_dash_query(shipped_bundle: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "--bundle", str(shipped_bundle), "--", "-hallucinations"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"2. Hallucinations  [{ARTICLE}/hallucinations]")


def test_cli_search_no_results(shipped_bundle: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "--bundle", str(shipped_bundle), "halucinashuns"]) == 0
    assert capsys.readouterr().out == (
        "No results for: halucinashuns\nNo section mentions: halucinashuns\nDid you mean: hallucinations?\n"
    )


def test_cli_search_stdin_one_json_line_per_query(
    shipped_bundle: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    lines = ["nausea", "", "\x00 NEAR(a b)", "😀", "x" * 10_000, "safety"]
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO("\n".join(lines).encode() + b"\n\xff\n")))
    assert main(["search", "--bundle", str(shipped_bundle), "--stdin", "--json"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == len(lines) + 1
    results = [json.loads(line) for line in out]
    assert [r["query"] for r in results[:2]] == ["nausea", ""]
    assert results[0]["hits"][0]["id"] == f"{ARTICLE}/short-term-side-effects"
    assert results[5]["hits"][0]["id"] in {
        f"{ARTICLE}/key-safety-tips",
        f"{ARTICLE}/security-considerations-for-online-ketamine-treatment",
    }


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["search"], "give a QUERY or --stdin"),
        (["search", "--stdin", "x"], "give a QUERY or --stdin"),
        (["search", "--limit", "0", "x"], "--limit must be between 1 and 200"),
    ],
)
def test_cli_search_usage_errors(
    argv: list[str], message: str, shipped_bundle: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*argv, "--bundle", str(shipped_bundle)]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1


def _synonym_groups() -> list[list[str]]:
    from reader.core.builder import read_synonyms
    from reader.core.locations import synonyms_path

    return read_synonyms(synonyms_path())


@pytest.mark.parametrize("group", _synonym_groups(), ids=lambda group: group[0])
def test_every_synonym_group_finds_the_article_words(
    searcher: Searcher, shipped_bundle: Path, group: list[str]
) -> None:
    """Each member of a group finds a section holding one of the group's words or phrases."""
    from reader.core.text import stems

    with Bundle.open(shipped_bundle) as bundle:
        sections = {s.id: stems(f"{s.title} {s.text}") for s in bundle.sections()}
    expected = {id_ for id_, text in sections.items() for term in group if f" {stems(term)} " in f" {text} "}
    assert expected, f"no word of the group {group} is in the article: the group finds nothing"
    for term in group:
        found = {hit.id for hit in searcher.search(term, limit=50).hits}
        assert found & expected, (term, sorted(expected))


def test_synonym_file_has_a_few_dozen_groups() -> None:
    assert len(_synonym_groups()) >= 30


def test_snippets_are_one_line(searcher: Searcher) -> None:
    for query in ("safety", "tips", "dosage", "anesthesia"):
        for hit in searcher.search(query).hits:
            assert "\n" not in hit.snippet, (query, hit.id)
