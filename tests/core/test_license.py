"""An article's content licence: front matter ``license`` (optional; an SPDX id or free text),
stored in the bundle's articles table, read back, and refused when forged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.cli import main
from reader.core.builder import build_bundle, parse_article
from reader.core.bundle import Bundle
from reader.core.errors import BundleError, SourceError
from reader.core.locations import articles_dir, stylesheet_path, synonyms_path
from reader.core.model import MAX_LICENSE_CHARACTERS
from tests.conftest import SourceWriter
from tests.forge import forge


def _with_front(folder: Path, extra: str) -> Path:
    path = folder / "article.md"
    path.write_text(path.read_text(encoding="utf-8").replace("---\n\n", f"{extra}\n---\n\n"), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("line", "stored"),
    [
        ("license: CC-BY-4.0", "CC-BY-4.0"),
        ('license: "Free to copy for patients, not for sale"', "Free to copy for patients, not for sale"),
        ("license: >\n  CC BY-SA 4.0,\n  WHO 2024", "CC BY-SA 4.0, WHO 2024"),
    ],
)
def test_a_licence_is_stored_and_read_back_as_one_line(
    write_source: SourceWriter, tmp_path: Path, line: str, stored: str
) -> None:
    folder = write_source("# Test Article\n\nText.\n")
    _with_front(folder, line)
    assert parse_article(folder / "article.md").info.license == stored
    out = tmp_path / "out.sqlite"
    build_bundle(folder, out, stylesheet_path(), synonyms_path())
    with Bundle.open(out) as bundle:
        assert bundle.articles()[0].license == stored
        assert bundle.info().articles[0].license == stored


def test_an_article_without_a_licence_states_none(write_source: SourceWriter) -> None:
    folder = write_source("# Test Article\n\nText.\n")
    assert parse_article(folder / "article.md").info.license == ""


def test_the_shipped_article_states_no_licence(shipped_bundle: Path) -> None:
    # Its text states none: the reader must not invent one.
    assert "license" not in (articles_dir() / "ketamine-effects.md").read_text(encoding="utf-8").split("---")[1]
    with Bundle.open(shipped_bundle) as bundle:
        assert [article.license for article in bundle.articles()] == [""]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('license: ""', "front matter: 'license' is missing or empty"),
        ("license: [CC-BY-4.0, MIT]", "front matter: 'license' is missing or empty"),
        (
            f"license: {'x' * (MAX_LICENSE_CHARACTERS + 1)}",
            f"'license' is {MAX_LICENSE_CHARACTERS + 1} characters; the limit is {MAX_LICENSE_CHARACTERS}",
        ),
    ],
)
def test_a_bad_licence_is_one_error_naming_file_and_line(write_source: SourceWriter, line: str, message: str) -> None:
    folder = write_source("# Test Article\n\nText.\n")
    path = _with_front(folder, line)
    with pytest.raises(SourceError) as caught:
        parse_article(path)
    text = str(caught.value)
    assert message in text
    assert text.startswith(f"{path}:6:")  # the front matter's sixth line holds the key
    assert "\n" not in text


@given(st.text(max_size=300))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_licence_text_is_stored_or_refused_in_one_line(write_source: SourceWriter, value: str) -> None:
    folder = write_source("# Test Article\n\nText.\n", name="article.md")
    path = folder / "article.md"
    path.write_text(
        path.read_text(encoding="utf-8").split("---\n\n")[0] + f"license: {value!r}\n---\n\n# Test Article\n\nText.\n",
        encoding="utf-8",
    )
    problem = ""
    try:
        info = parse_article(path).info
    except SourceError as exc:
        problem = str(exc)
    if problem:
        assert "\n" not in problem
        return
    assert info.license == " ".join(info.license.split())
    assert 0 < len(info.license) <= MAX_LICENSE_CHARACTERS


@pytest.mark.parametrize(
    ("statement", "problem"),
    [
        ("UPDATE articles SET license = x'00ff'", "that is not text"),
        (f"UPDATE articles SET license = printf('%.{MAX_LICENSE_CHARACTERS + 1}c', 'x')", "longer than 200 characters"),
    ],
)
def test_a_forged_licence_is_refused_naming_the_row(bundle_copy: Path, statement: str, problem: str) -> None:
    forge(bundle_copy, statement)
    with pytest.raises(BundleError, match=f"not a valid reader bundle: article row 0 has a licence .*{problem}"):
        Bundle.open(bundle_copy)


def test_reader_info_says_the_licence(
    write_source: SourceWriter, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_source("# Test Article\n\nText.\n")
    _with_front(folder, "license: CC-BY-4.0")
    out = tmp_path / "out.sqlite"
    build_bundle(folder, out, stylesheet_path(), synonyms_path())
    assert main(["info", "--json", "--bundle", str(out)]) == 0
    assert json.loads(capsys.readouterr().out)["license"] == "CC-BY-4.0"
    assert main(["info", "--bundle", str(out)]) == 0
    assert "license:        CC-BY-4.0" in capsys.readouterr().out.splitlines()
