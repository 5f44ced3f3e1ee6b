"""The builder: outline of the shipped article, content safety, and every bad source."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.cli import main
from reader.core.builder import build_bundle, parse_article, parse_sources, slugify
from reader.core.bundle import Bundle
from reader.core.errors import SourceError
from reader.core.locations import stylesheet_path, synonyms_path
from reader.core.model import iter_outline
from tests.conftest import FRONT, SourceWriter

EXPECTED_OUTLINE = [
    (
        "ketamine-effects/understanding-the-effects-of-ketamine-a-comprehensive-overview",
        [
            ("ketamine-effects/what-is-ketamine", ["ketamine-effects/table-1-common-uses-of-ketamine"]),
            (
                "ketamine-effects/the-positive-effects-of-ketamine",
                [
                    "ketamine-effects/fast-antidepressant-effects",
                    "ketamine-effects/anxiolytic-properties",
                    "ketamine-effects/neuroplasticity-promotion",
                    "ketamine-effects/discomfort-relief",
                    "ketamine-effects/summary-of-positive-effects",
                ],
            ),
            (
                "ketamine-effects/the-negative-effects-of-ketamine",
                [
                    "ketamine-effects/dissociative-effects",
                    "ketamine-effects/hallucinations",
                    "ketamine-effects/dependence-and-abuse-potential",
                    "ketamine-effects/short-term-side-effects",
                    "ketamine-effects/summary-of-negative-effects",
                ],
            ),
            (
                "ketamine-effects/security-considerations-for-online-ketamine-treatment",
                ["ketamine-effects/key-safety-tips"],
            ),
            (
                "ketamine-effects/often-asked-questions-faq",
                [
                    "ketamine-effects/is-ketamine-safe-for-everybody",
                    "ketamine-effects/how-long-do-the-effects-of-ketamine-last",
                    "ketamine-effects/can-i-self-prescribe-ketamine-gotten-online",
                    "ketamine-effects/what-should-i-anticipate-during-a-ketamine-treatment-session",
                ],
            ),
            ("ketamine-effects/conclusion", []),
        ],
    ),
]


def test_outline_of_the_shipped_article(shipped_bundle: Path) -> None:
    with Bundle.open(shipped_bundle) as bundle:
        roots = bundle.outline()
    shape = [(root.id, [(part.id, [leaf.id for leaf in part.children]) for part in root.children]) for root in roots]
    assert shape == EXPECTED_OUTLINE
    assert all(not leaf.children for root in roots for part in root.children for leaf in part.children)
    levels = {node.id: node.level for _, node in iter_outline(roots)}
    assert levels["ketamine-effects/understanding-the-effects-of-ketamine-a-comprehensive-overview"] == 1
    assert levels["ketamine-effects/what-is-ketamine"] == 2
    assert levels["ketamine-effects/hallucinations"] == 3


def test_titles_keep_their_numbers(shipped_bundle: Path) -> None:
    with Bundle.open(shipped_bundle) as bundle:
        assert bundle.section("hallucinations").title == "2. Hallucinations"
        assert bundle.section("hallucinations").parent_id == "ketamine-effects/the-negative-effects-of-ketamine"


def test_tables_have_header_rows_and_borders(shipped_bundle: Path) -> None:
    with Bundle.open(shipped_bundle) as bundle:
        html = bundle.section("summary-of-negative-effects").html
    assert '<table border="1"' in html
    assert "<th>Effect</th>" in html
    assert html.count("<tr>") == 5


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("2. Anxiolytic Properties", "anxiolytic-properties"),
        ("Often Asked Questions (FAQ)", "often-asked-questions-faq"),
        ("Table 1: Common Uses of Ketamine", "table-1-common-uses-of-ketamine"),
        ("Café – naïve ÜBER", "cafe-naive-uber"),
        ("???", "section-1"),
    ],
)
def test_slugify(title: str, slug: str) -> None:
    assert slugify(title) == slug


UNSAFE = """# Test Article

<script>alert(1)</script>

<iframe src="http://example.org"></iframe>

Text <b onclick="x()">bold</b> and ![pixel](http://example.org/p.png) here.

[js](javascript:alert(1)) [file](file:///etc/passwd) [rel](other.md)
[web](https://example.org) [mail](mailto:a@b.c)

<img src="http://example.org/a.png">
"""


def test_raw_html_and_unsafe_links_do_not_survive(write_source: SourceWriter) -> None:
    folder = write_source(UNSAFE)
    result = parse_sources(folder)
    html = result.articles[0].sections[0].html
    for forbidden in (
        "<script",
        "<iframe",
        "<img",
        "<b ",
        'href="javascript:',
        'href="file:',
        'href="other.md"',
    ):
        assert forbidden not in html
    assert "&lt;script&gt;" in html
    assert '<a href="https://example.org">web</a>' in html
    assert '<a href="mailto:a@b.c">mail</a>' in html
    assert "pixel" in html
    assert any("other.md" in w for w in result.warnings)


def test_internal_links_resolve_across_sections(write_source: SourceWriter) -> None:
    folder = write_source("# Test Article\n\nSee [part](#second-part).\n\n## Second part\n\nText.\n")
    html = parse_sources(folder).articles[0].sections[0].html
    assert '<a href="#article/second-part">part</a>' in html


BAD_SOURCES = [
    pytest.param(b"\xff\xfe not text", "not UTF-8", 1, id="not-utf8"),
    pytest.param((FRONT.format(title="T") + "# T\n\ncaf\xe9\n").encode("latin-1"), "not UTF-8", 10, id="latin1-line"),
    pytest.param(
        (FRONT.format(title="T") + "Some text.\n\n## Part\n").encode(),
        "text before the title",
        8,
        id="no-title",
    ),
    pytest.param((FRONT.format(title="T") + "## Part\n\nText.\n").encode(), "no title", 8, id="part-first"),
    pytest.param((FRONT.format(title="T") + "\n").encode(), "no title", 1, id="empty-body"),
    pytest.param((FRONT.format(title="T") + "# T\n\n# Another\n").encode(), "two titles", 10, id="two-titles"),
    pytest.param(
        (FRONT.format(title="T") + "# T\n\n## Part\n\n## Part\n").encode(),
        "duplicate section id",
        12,
        id="duplicate-id",
    ),
    pytest.param(
        (FRONT.format(title="T") + "# T\n\nSee [x](#nowhere).\n").encode(),
        "dangling link",
        10,
        id="dangling-link",
    ),
    pytest.param(b"# T\n\nText.\n", "no front matter", 1, id="no-front-matter"),
    pytest.param(b"---\ntitle: [unclosed\n---\n# T\n", "front matter", 2, id="bad-yaml"),
    pytest.param(
        FRONT.format(title="T").replace('source: "Test source"\n', "").encode() + b"# T\n",
        "'source' is missing",
        1,
        id="missing-source",
    ),
    pytest.param(
        FRONT.format(title="T").replace('edition: "1"', "colour: blue").encode() + b"# T\n",
        "unknown key 'colour'",
        5,
        id="unknown-key",
    ),
    pytest.param(
        FRONT.format(title="T").replace("---\n\n", 'public_source: ""\n---\n\n').encode() + b"# T\n",
        "'public_source' is missing or empty",
        6,
        id="public-source-empty",
    ),
    pytest.param(
        FRONT.format(title="T").replace("---\n\n", "public_source: [a, b]\n---\n\n").encode() + b"# T\n",
        "'public_source' is missing or empty",
        6,
        id="public-source-a-list",
    ),
    pytest.param(
        FRONT.format(title="T").replace("---\n\n", f"public_source: {'x' * 201}\n---\n\n").encode() + b"# T\n",
        "'public_source' is 201 characters; the limit is 200",
        6,
        id="public-source-too-long",
    ),
    pytest.param(
        (FRONT.format(title="Other") + "# T\n").encode(),
        "differs from the front matter title",
        8,
        id="title-mismatch",
    ),
    pytest.param(
        (
            FRONT.format(title="T").replace(
                "---\n\n", "corrections:\n  - original: a\n    corrected: zz\n    reason: r\n---\n\n"
            )
            + "# T\n\nText.\n"
        ).encode(),
        "'zz' is not in the text",
        6,
        id="correction-not-applied",
    ),
]


@pytest.mark.parametrize(("content", "message", "line"), BAD_SOURCES)
def test_bad_source_gives_one_line_error_and_no_bundle(
    content: bytes, message: str, line: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    source = folder / "bad.md"
    source.write_bytes(content)
    out = tmp_path / "out" / "bundle.sqlite"
    code = main(["build", "--source", str(folder), "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1, err
    assert f"{source}:{line}: " in err
    assert message in err
    assert "Traceback" not in err
    assert not out.exists()
    assert not any(out.parent.glob("*")) if out.parent.exists() else True


def test_empty_folder_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    code = main(["build", "--source", str(folder), "--out", str(tmp_path / "b.sqlite")])
    err = capsys.readouterr().err
    assert code == 1
    assert f"{folder}: no article sources" in err


def test_the_same_headings_in_many_articles_build(write_source: SourceWriter, tmp_path: Path) -> None:
    body = "\n\n## Treatment\n\nRest.\n\n## Side effects\n\nFew.\n\n## Frequently asked questions\n\nAsk.\n"
    for number in range(20):
        folder = write_source(f"# Article {number}{body}", name=f"t{number:02d}.md", title=f"Article {number}")
    result = parse_sources(folder)
    assert len(result.articles) == 20
    assert [s.id for s in result.articles[3].sections] == [
        "t03/article-3",
        "t03/treatment",
        "t03/side-effects",
        "t03/frequently-asked-questions",
    ]
    assert result.articles[3].sections[1].parent_id == "t03/article-3"
    out = tmp_path / "library.sqlite"
    build_bundle(folder, out, stylesheet_path(), synonyms_path())
    with Bundle.open(out) as bundle:
        assert "ok, schema" in bundle.full_check()
        assert bundle.section_count() == 80
        assert bundle.section("t07/treatment").html.startswith('<h2 id="t07/treatment">')


def test_failed_build_keeps_the_previous_bundle(
    shipped_bundle: Path, write_source: SourceWriter, tmp_path: Path
) -> None:
    out = tmp_path / "bundle.sqlite"
    out.write_bytes(shipped_bundle.read_bytes())
    folder = write_source("# Test Article\n\n# Two\n")
    assert main(["build", "--source", str(folder), "--out", str(out)]) == 1
    assert out.read_bytes() == shipped_bundle.read_bytes()
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["bundle.sqlite"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.text(alphabet=st.sampled_from("#|-*_[]()<>!`\n abcé1.:"), max_size=300))
def test_any_source_builds_or_fails_cleanly(body: str, tmp_path: Path) -> None:
    source = tmp_path / "fuzz.md"
    source.write_text(FRONT.format(title="T") + body, encoding="utf-8")
    try:
        article = parse_article(source)
    except SourceError as exc:
        message = str(exc)
    else:
        assert article.sections[0].level == 1
        assert all("<script" not in s.html for s in article.sections)
        return
    assert message.startswith(str(source))
    assert "\n" not in message


def test_the_public_source_is_read_as_one_line(write_source: SourceWriter) -> None:
    folder = write_source("# Test Article\n\nText.\n")
    path = folder / "article.md"
    text = path.read_text(encoding="utf-8").replace("---\n\n", "public_source: >\n  Clinic leaflet,\n  2026\n---\n\n")
    path.write_text(text, encoding="utf-8")
    assert parse_article(path).info.public_source == "Clinic leaflet, 2026"


def test_a_source_without_a_public_source_has_none(write_source: SourceWriter) -> None:
    folder = write_source("# Test Article\n\nText.\n")
    info = parse_article(folder / "article.md").info
    assert (info.source, info.public_source) == ("Test source", "")


def test_the_shipped_article_prints_no_internal_note() -> None:
    from reader.core.locations import articles_dir

    info = parse_article(articles_dir() / "ketamine-effects.md").info
    assert info.public_source == "Web article; original publisher and author not recorded"
    assert "ketamine-effects.txt" in info.source
    assert "supplied to the project" not in info.public_source
