"""What the window reads of a library (core.catalog): each article's bundle and sections, the
status bar's path, the Library tab's rows; and the export of one article of a bundle."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.core.builder import build_bundle
from reader.core.bundle import Bundle
from reader.core.catalog import BundleRow, Catalog, bundle_rows, short_digest, skipped_files
from reader.core.errors import SectionNotFoundError
from reader.core.export import export_sections, handout
from reader.core.library import Library, Notice
from reader.core.locations import stylesheet_path, synonyms_path
from reader.core.model import OutlineNode, build_outline
from tests.core.packs_support import SNAKE, trust
from tests.core.test_library import PUBLISHER, make_bundle
from tests.forge import forge


def _write(folder: Path, article_id: str, title: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    front = f'---\ntitle: "{title}"\nsource: "Test source"\nlanguage: en\nedition: "1"\n---\n\n'
    body = f"# {title}\n\nAbout it.\n\n## Care\n\nRest.\n\n### At night\n\nSleep.\n\n## Danger signs\n\nFever.\n"
    (folder / f"{article_id}.md").write_text(front + body, encoding="utf-8")


@pytest.fixture(scope="module")
def bundles(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Bundle a holds burns and cough; bundle b holds cough again and diarrhoea."""
    root = tmp_path_factory.mktemp("catalog")
    paths = []
    for name, articles in {
        "a": [("burns", "Burns"), ("cough", "Cough")],
        "b": [("cough", "Cough B"), ("diarrhoea", "Diarrhoea")],
    }.items():
        for article_id, title in articles:
            _write(root / name, article_id, title)
        build_bundle(root / name, root / f"{name}.sqlite", stylesheet_path(), synonyms_path())
        paths.append(root / f"{name}.sqlite")
    return paths[0], paths[1]


def test_each_article_comes_from_the_bundle_the_library_shows_it_from(bundles: tuple[Path, Path]) -> None:
    with Library.open(list(bundles)) as library:
        catalog = Catalog.of(library)
        assert catalog.article_ids() == ["burns", "cough", "diarrhoea"]
        first, second = library.bundles
        assert catalog.bundle_of("cough") is first  # the first named wins an article both hold
        assert catalog.bundle_of("diarrhoea") is second
        assert catalog.bundle_of("nothing") is None
        assert catalog.article_of("diarrhoea/care") == "diarrhoea"
        assert catalog.article_of("diarrhoea") == ""
        assert [s.id for s in catalog.sections_of("cough")] == [
            "cough/cough",
            "cough/care",
            "cough/at-night",
            "cough/danger-signs",
        ]
        assert catalog.articles["cough"].title == "Cough"
        assert [node.title for node in catalog.roots()] == ["Burns", "Cough", "Diarrhoea"]


def test_the_outline_given_a_level_at_a_time_is_each_article_s_whole_outline(bundles: tuple[Path, Path]) -> None:
    with Library.open(list(bundles)) as library:
        catalog = Catalog.of(library)

    def lazy(node: OutlineNode) -> tuple[object, ...]:
        return (node.id, node.title, node.level, [lazy(child) for child in catalog.below(node.id)])

    def eager(node: OutlineNode) -> tuple[object, ...]:
        return (node.id, node.title, node.level, [eager(child) for child in node.children])

    roots = catalog.roots()
    assert not any(node.children for node in roots)  # nothing below is read for the first level
    whole = [node for article in catalog.article_ids() for node in build_outline(catalog.headings_of(article))]
    assert [lazy(node) for node in roots] == [eager(node) for node in whole]
    assert any(node.children for node in whole)  # there is something below to compare
    assert catalog.top_of("diarrhoea/at-night") == catalog.top_of("diarrhoea/diarrhoea") == "diarrhoea/diarrhoea"
    assert catalog.top_of("nowhere/care") is None
    assert catalog.below("nowhere/care") == []
    assert catalog.has_below("diarrhoea/diarrhoea")
    assert catalog.has_below("diarrhoea/care")
    assert not catalog.has_below("diarrhoea/at-night")
    assert not catalog.has_below("nowhere/care")
    assert catalog.parts("diarrhoea/at-night") == ("Care", "At night")
    assert "cough/at-night" in catalog.section_ids()


def test_the_path_starts_with_the_article_title(bundles: tuple[Path, Path]) -> None:
    with Library.open(list(bundles)) as library:
        catalog = Catalog.of(library)
    assert catalog.path("diarrhoea/at-night") == ("Diarrhoea", "Care", "At night")
    assert catalog.path("diarrhoea/care") == ("Diarrhoea", "Care")
    assert catalog.path("diarrhoea/diarrhoea") == ("Diarrhoea",)  # the title section: said once
    assert catalog.path("nowhere/care") == ()


def test_the_library_rows_say_ok_skipped_and_what_was_left_out(bundles: tuple[Path, Path], tmp_path: Path) -> None:
    broken = tmp_path / "bad\x1bname.sqlite"
    with Library.open(list(bundles)) as library:
        library.notices.append(Notice(broken, "left out: content does not match its digest"))
        rows = bundle_rows(library)
        digests = [bundle.digest for bundle in library.bundles]
        lines = skipped_files(library)
    a, b, bad = rows
    assert (a.path, a.origin, a.status, a.ok) == (str(bundles[0]), "named", "ok", True)
    assert a.digest == short_digest(digests[0]) == digests[0][: len("sha256:") + 12]
    assert b.status.startswith("ok; article 'cough' left out: also in ")
    assert bad == BundleRow(str(tmp_path / "bad\\x1bname.sqlite"), "", "", "skipped: content does not match its digest")
    assert not bad.ok
    assert lines == ["bad\\x1bname.sqlite: content does not match its digest"]


@pytest.mark.parametrize(("digest", "shown"), [("sha256:" + "ab" * 32, "sha256:" + "ab" * 6), ("", ""), ("odd", "odd")])
def test_a_short_digest(digest: str, shown: str) -> None:
    assert short_digest(digest) == shown


def test_an_article_exports_alone(bundles: tuple[Path, Path]) -> None:
    with Bundle.open(bundles[0]) as bundle:
        ((info, sections),) = export_sections(bundle, None, "cough")
        assert info.id == "cough"
        assert [s.article_id for s in sections] == ["cough"] * 4
        item = handout(bundle, None, article_id="cough")
        assert 'id="cough/danger-signs"' in item.html
        assert "burns/" not in item.html
        assert item.title == "Cough"
        assert [info.id for info, _ in export_sections(bundle, None)] == ["burns", "cough"]
        with pytest.raises(SectionNotFoundError):
            export_sections(bundle, None, "nothing")


def test_each_article_names_its_pack_s_publisher_on_one_line(bundles: tuple[Path, Path], tmp_path: Path) -> None:
    second = tmp_path / "b.sqlite"
    second.write_bytes(bundles[1].read_bytes())
    name = "Clinic\x1b  editors\n" + "x" * 400
    forge(second, ("INSERT INTO meta VALUES ('pack_publisher', ?)", (name,)))
    with Library.open([bundles[0], second]) as library:
        publishers = Catalog.of(library).publishers()
    assert publishers["burns"] == publishers["cough"] == ""  # a bundle that is not a pack
    shown = publishers["diarrhoea"]
    assert shown.startswith("Clinic\\x1b editors xxx")
    assert len(shown) == 200 + len("\\x1b") - 1  # cut to 200 characters, then the escape shown


def test_the_library_tab_names_the_pack_and_the_key_that_signed_it(tmp_path: Path) -> None:
    folder = Path(os.environ["READER_LIBRARY"])
    make_bundle(folder / "snake.sqlite", *SNAKE)
    trust(PUBLISHER, tmp_path / "publisher-keys")
    with Library.open() as library:
        (row,) = [row for row in bundle_rows(library) if row.path.endswith("snake.sqlite")]
    assert row.ok
    assert row.status.startswith("ok; pack snake v1 (Test Publisher), key ")
