"""Articles as the unit: article ids, ``ARTICLE/SECTION`` section ids, links across articles, and
old plain section ids resolving wherever they are unique (issue 13)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.builder import build_bundle, parse_sources
from reader.core.bundle import SCHEMA_VERSION, Bundle
from reader.core.errors import BundleError, SectionNotFoundError, SourceError
from reader.core.locations import stylesheet_path, synonyms_path
from reader.core.model import AmbiguousSectionError, resolve_section
from reader.core.sanitize import clean_html
from tests.conftest import FRONT
from tests.forge import forge

FAQ = "\n\n## Treatment\n\nRest.\n\n## Frequently asked questions\n\nAsk.\n"


def _article(title: str, body: str = FAQ, article_id: str | None = None) -> str:
    front = FRONT.format(title=title)
    if article_id is not None:
        front = front.replace("---\n\n", f"id: {article_id}\n---\n\n", 1)
    return f"{front}# {title}{body}"


def _folder(tmp_path: Path, **sources: str) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)
    for name, text in sources.items():
        (folder / f"{name}.md").write_text(text, encoding="utf-8")
    return folder


def _build(folder: Path, tmp_path: Path) -> Path:
    out = tmp_path / "library.sqlite"
    build_bundle(folder, out, stylesheet_path(), synonyms_path())
    return out


# Article ids


def test_an_article_id_comes_from_the_front_matter_else_the_file_name(tmp_path: Path) -> None:
    folder = _folder(tmp_path, snake=_article("Snake bite", article_id="snake-bite"), burns=_article("Burns"))
    ids = {article.info.id: article.sections[1].id for article in parse_sources(folder).articles}
    assert ids == {"burns": "burns/treatment", "snake-bite": "snake-bite/treatment"}


def test_a_file_name_that_is_not_a_slug_is_made_one(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "Snake Bite (2024).md").write_text(_article("Snake"), encoding="utf-8")
    (article,) = parse_sources(tmp_path / "articles").articles
    assert article.info.id == "snake-bite-2024"


@pytest.mark.parametrize(
    "value", ["Snake", "snake_bite", "snake/bite", "-snake", "snake--bite", "x" * 65, "''", "[a]", "sn\u00e4ke"]
)
def test_an_article_id_that_is_not_a_slug_is_an_error_with_its_line(tmp_path: Path, value: str) -> None:
    folder = _folder(tmp_path, a=_article("A", article_id=value))
    with pytest.raises(SourceError) as info:
        parse_sources(folder)
    assert info.value.path == folder / "a.md"
    assert info.value.line == 6
    assert "'id'" in str(info.value)
    assert "\n" not in str(info.value)


def test_a_duplicate_article_id_names_both_files(tmp_path: Path) -> None:
    folder = _folder(tmp_path, a=_article("A", article_id="same"), b=_article("B", article_id="same"))
    with pytest.raises(SourceError, match=r"duplicate article id 'same' \(also a.md\)") as info:
        parse_sources(folder)
    assert (info.value.path.name, info.value.line) == ("b.md", 6)


def test_a_file_name_id_clashing_with_a_front_matter_id(tmp_path: Path) -> None:
    folder = _folder(tmp_path, a=_article("A", article_id="burns"), burns=_article("Burns"))
    with pytest.raises(SourceError, match=r"duplicate article id 'burns' \(also a.md\)") as info:
        parse_sources(folder)
    assert (info.value.path.name, info.value.line) == ("burns.md", 1)


def test_section_slugs_need_only_be_unique_inside_their_article(tmp_path: Path) -> None:
    folder = _folder(tmp_path, a=_article("A", "\n\n## Dosage\n\n## Dosage\n"))
    with pytest.raises(SourceError, match="duplicate section id 'dosage' \\(also line 10\\)") as info:
        parse_sources(folder)
    assert info.value.line == 12


# Links


def test_links_inside_and_across_articles_get_the_full_id(tmp_path: Path) -> None:
    body = "\n\nSee [here](#treatment), [burns](burns#treatment) and [full](#burns/frequently-asked-questions).\n" + FAQ
    folder = _folder(tmp_path, snake=_article("Snake", body), burns=_article("Burns"))
    out = _build(folder, tmp_path)
    with Bundle.open(out) as bundle:
        html = bundle.section("snake/snake").html
    assert '<a href="#snake/treatment">here</a>' in html
    assert '<a href="#burns/treatment">burns</a>' in html
    assert '<a href="#burns/frequently-asked-questions">full</a>' in html


def test_an_old_plain_link_to_another_article_still_finds_its_section(tmp_path: Path) -> None:
    folder = _folder(tmp_path, a=_article("A", "\n\nSee [b](#only-in-b).\n"), b=_article("B", "\n\n## Only in B\n"))
    (a, _) = parse_sources(folder).articles
    assert '<a href="#b/only-in-b">b</a>' in a.sections[0].html


@pytest.mark.parametrize(
    ("link", "message"),
    [
        ("[x](#nowhere)", "dangling link to '#nowhere': no such section"),
        ("[x](other#treatment)", "dangling link to 'other#treatment': no article 'other'"),
        ("[x](b#nowhere)", "dangling link to 'b#nowhere': article 'b' has no section 'nowhere'"),
        ("[x](#b/nowhere)", "dangling link to '#b/nowhere': article 'b' has no section 'nowhere'"),
    ],
)
def test_a_dangling_link_names_file_and_line(tmp_path: Path, link: str, message: str) -> None:
    folder = _folder(tmp_path, a=_article("A", f"\n\nText.\n\nSee {link}.\n"), b=_article("B"))
    with pytest.raises(SourceError) as info:
        parse_sources(folder)
    assert (info.value.path.name, info.value.line) == ("a.md", 12)
    assert info.value.message == message


def test_an_ambiguous_plain_link_is_an_error_naming_the_candidates(tmp_path: Path) -> None:
    folder = _folder(tmp_path, a=_article("A", "\n\nSee [x](#treatment).\n"), b=_article("B"), c=_article("C"))
    with pytest.raises(SourceError, match="write one of b#treatment, c#treatment") as info:
        parse_sources(folder)
    assert (info.value.path.name, info.value.line) == ("a.md", 10)


def test_the_sanitiser_keeps_full_id_fragments() -> None:
    html = '<h2 id="a-b/c-d">T</h2><p><a href="#a-b/c-d">x</a></p>'
    assert clean_html(html) == html


# Resolving ids


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two articles with the same section names, and one section only the first has."""
    tmp_path = tmp_path_factory.mktemp("library")
    body = FAQ + "\n## Only here\n\nText.\n"
    folder = _folder(tmp_path, snake=_article("Snake", body), burns=_article("Burns"))
    return _build(folder, tmp_path)


def test_the_resolver_takes_full_ids_and_unique_plain_ones() -> None:
    ids = {"snake/treatment", "burns/treatment", "snake/only-here"}
    assert resolve_section("burns/treatment", ids) == "burns/treatment"
    assert resolve_section("only-here", ids) == "snake/only-here"
    with pytest.raises(AmbiguousSectionError, match="'treatment' is in 2 articles") as info:
        resolve_section("treatment", ids)
    assert sorted(info.value.candidates) == ["burns/treatment", "snake/treatment"]
    for unknown in ("nowhere", "snake/nowhere", "only-here/"):
        with pytest.raises(SectionNotFoundError):
            resolve_section(unknown, ids)


def test_the_bundle_resolves_old_plain_ids(library: Path) -> None:
    with Bundle.open(library) as bundle:
        assert bundle.resolve_section("snake/treatment") == "snake/treatment"
        assert bundle.section("only-here").id == "snake/only-here"
        assert [s.id for s in bundle.subtree("snake")] == [
            "snake/snake",
            "snake/treatment",
            "snake/frequently-asked-questions",
            "snake/only-here",
        ]
        with pytest.raises(AmbiguousSectionError) as info:
            bundle.section("treatment")
        assert str(info.value) == (
            "section id 'treatment' is in 2 articles: burns/treatment, snake/treatment; give ARTICLE/SECTION"
        )
        with pytest.raises(SectionNotFoundError):
            bundle.section("%")


def test_the_outline_has_one_node_per_article(library: Path) -> None:
    with Bundle.open(library) as bundle:
        roots = bundle.outline()
    assert [(root.id, root.title) for root in roots] == [("burns/burns", "Burns"), ("snake/snake", "Snake")]
    assert [child.id for child in roots[1].children] == [
        "snake/treatment",
        "snake/frequently-asked-questions",
        "snake/only-here",
    ]


# The bundle's rows


def test_an_old_schema_is_refused_in_one_line(library: Path, tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite"
    old.write_bytes(library.read_bytes())
    forge(old, "UPDATE meta SET value = '4' WHERE key = 'schema_version'")
    with pytest.raises(BundleError) as info:
        Bundle.open(old)
    assert (
        str(info.value)
        == f"{old}: schema version 4, this reader reads {SCHEMA_VERSION}: rebuild it with 'reader build'"
    )


@pytest.mark.parametrize(
    ("statements", "problem"),
    [
        (
            ["UPDATE sections SET id = 'treatment' WHERE id = 'snake/treatment'"],
            "has an id that is not ARTICLE/SECTION",
        ),
        (
            ["UPDATE sections SET id = 'snake/Treat ment' WHERE id = 'snake/treatment'"],
            "has an id that is not ARTICLE/SECTION",
        ),
        (
            ["UPDATE sections SET id = 'snake/a/b' WHERE id = 'snake/treatment'"],
            "has an id that is not ARTICLE/SECTION",
        ),
        (
            ["UPDATE sections SET id = 'burns/elsewhere' WHERE id = 'snake/treatment'"],
            "has an id that is not ARTICLE/SECTION",
        ),
        (
            ["UPDATE sections SET id = 'snake/-x' WHERE id = 'snake/treatment'"],
            "has an id that is not ARTICLE/SECTION",
        ),
        (
            [
                "PRAGMA foreign_keys = OFF",
                "UPDATE articles SET id = 'Snake Bite' WHERE id = 'snake'",
                "UPDATE sections SET article_id = 'Snake Bite' WHERE article_id = 'snake'",
                "UPDATE sections SET id = 'Snake Bite/' || substr(id, 7) WHERE article_id = 'Snake Bite'",
            ],
            "has an id that is not a slug",
        ),
    ],
)
def test_a_forged_id_is_refused(library: Path, tmp_path: Path, statements: list[str], problem: str) -> None:
    forged = tmp_path / "forged.sqlite"
    forged.write_bytes(library.read_bytes())
    forge(forged, *statements)
    with pytest.raises(BundleError, match="not a valid reader bundle") as info:
        Bundle.open(forged)
    assert problem in str(info.value)
    assert "\n" not in str(info.value)
