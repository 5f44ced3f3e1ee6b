"""Hostile source folders and sources: the build finishes, and says what it refused in one line."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.cli import main
from reader.core.builder import parse_sources
from reader.core.errors import SourceError
from reader.core.limits import MAX_NESTING, MAX_SECTION_BYTES, MAX_TITLE_CHARACTERS
from reader.core.safe_text import has_controls
from reader.core.sanitize import nesting_depth
from tests.conftest import FRONT, SourceWriter

BUILD_TIMEOUT_S = 60


def build(folder: Path, out: Path) -> subprocess.CompletedProcess[str]:
    """Run ``reader build`` in a child process, so that a hang fails the test instead of blocking it."""
    return subprocess.run(
        [sys.executable, "-m", "reader", "build", "--source", str(folder), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
        check=False,
    )


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _symlink_to_fifo(path: Path) -> None:
    fifo = path.parent.parent / "pipe"
    os.mkfifo(fifo)
    path.symlink_to(fifo)


def _symlink_to_device(path: Path) -> None:
    path.symlink_to(os.devnull)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs and symbolic links")
@pytest.mark.parametrize("make", [_fifo, _symlink_to_fifo, _symlink_to_device])
def test_a_source_that_is_not_a_regular_file_is_skipped_with_a_warning(
    make: Callable[[Path], None], write_source: SourceWriter, tmp_path: Path
) -> None:
    folder = write_source("# Test Article\n\nText.\n")
    odd = folder / "odd.md"
    make(odd)
    out = tmp_path / "out" / "bundle.sqlite"
    result = build(folder, out)
    assert result.returncode == 0, result.stderr
    assert result.stderr == f"{odd}: warning: skipped, not a regular file\n"
    assert out.is_file()


@pytest.mark.skipif(os.name != "posix", reason="needs symbolic links")
def test_a_symlink_to_a_source_is_built(write_source: SourceWriter, tmp_path: Path) -> None:
    folder = write_source("# Test Article\n\nText.\n")
    elsewhere = tmp_path / "second.md"
    elsewhere.write_text(FRONT.format(title="Second") + "# Second\n\nMore.\n", encoding="utf-8")
    (folder / "second.md").symlink_to(elsewhere)
    out = tmp_path / "bundle.sqlite"
    result = build(folder, out)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def front(edition: str = '"1"', extra: str = "") -> str:
    """Front matter for the title 'T' with this edition value (on line 5) and extra lines after it."""
    return f"---\ntitle: T\nsource: S\nlanguage: en\nedition: {edition}\n{extra}---\n"


DEEP = "quotes and lists nested too deeply"
HOSTILE_SOURCES = [
    pytest.param(front("1" * 5000) + "# T\n", "front matter: ", 5, id="5000-digits"),
    pytest.param(front("0x" + "f" * 5000) + "# T\n", "front matter: ", 5, id="5000-hex-digits"),
    pytest.param(front("2024-02-30") + "# T\n", "front matter: ", 5, id="no-such-date"),
    pytest.param(front("[" * 3000) + "# T\n", "front matter: ", 5, id="deep-flow-yaml"),
    pytest.param(front(extra="corrections:\n" + "- " * 3000 + "x\n") + "# T\n", "front matter: ", 7, id="deep-yaml"),
    pytest.param(front(extra="1: a\nb: c\n") + "# T\n", "front matter: unknown key 1", 6, id="number-key"),
    pytest.param(front() + "# T\n\n" + "> " * 10_000 + "deep\n", DEEP, 9, id="deep-quotes"),
    pytest.param(front() + "# T\n\n" + "- " * 10_000 + "deep\n", DEEP, 9, id="deep-lists"),
    pytest.param("", "no front matter", 1, id="empty-file"),
    pytest.param(front(), "no title", 1, id="only-front-matter"),
]


@pytest.mark.parametrize(("content", "message", "line"), HOSTILE_SOURCES)
def test_a_hostile_source_is_one_line_with_file_and_line(
    content: str,
    message: str,
    line: int,
    write_source: SourceWriter,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = write_source(content, front=False)
    code = main(["build", "--source", str(folder), "--out", str(tmp_path / "bundle.sqlite")])
    err = capsys.readouterr().err
    assert code == 1, err
    assert err.startswith(f"reader: error: {folder / 'article.md'}:{line}: {message}"), err
    assert err.count("\n") == 1
    assert not (tmp_path / "bundle.sqlite").exists()


def test_nesting_just_within_the_parser_s_limit_builds(write_source: SourceWriter) -> None:
    folder = write_source("# Test Article\n\n" + "> " * 19 + "deep\n")
    (article,) = parse_sources(folder).articles
    assert "deep" in article.sections[0].text


SOURCE_TEXT = st.one_of(
    st.text(max_size=400),
    st.text(alphabet=st.sampled_from("-:[]{}#>*`|&;\\\"' \n\t\r\x00\x1b\x85aé12x"), max_size=400),
    st.text(max_size=300).map(lambda body: FRONT.format(title="T") + "# T\n\n" + body),
    st.text(alphabet=st.sampled_from("-:[]{}!&*#?|>'\"%@`,\n 1a"), max_size=200).map(
        lambda yaml: f"---\ntitle: T\n{yaml}\n---\n# T\n"
    ),
    st.lists(
        st.tuples(st.one_of(st.integers(), st.text("ab:-[ ", max_size=4)), st.text("ab1:-[]{}! ", max_size=12)),
        max_size=5,
    ).map(lambda pairs: "---\n" + "".join(f"{key}: {value}\n" for key, value in pairs) + "---\n# T\n"),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=SOURCE_TEXT)
def test_any_text_builds_or_raises_source_error(content: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    (folder / "fuzz.md").write_bytes(content.encode("utf-8", "surrogatepass"))
    try:
        result = parse_sources(folder)
    except SourceError as exc:
        error = exc
    else:
        sections = [section for article in result.articles for section in article.sections]
        assert not any(has_controls(s.title + s.html + s.text) for s in sections)
        assert all(nesting_depth(s.html) <= MAX_NESTING for s in sections)  # the bundle will open
        return
    assert error.path == folder / "fuzz.md"
    assert error.line is not None


CONTROLLED = (
    '---\ntitle: "T\\e]0;owned\\a"\nsource: "S\\x9b2J"\nlanguage: en\nedition: "1"\n---\n'  # lines 1-6
    "\n"  # 7
    "# T\x1b]0;owned\x07\n"  # 8
    "\n"  # 9
    "Clear \x1b[2J the\x00 screen\x85.\r\n"  # 10
    "\r\n"  # 11
    "| a\x9b | b |\n|---|---|\n| c | d\x7f |\n"  # 12-14
    "\n"  # 15
    "## Part\tone\n"  # 16
    "\n"  # 17
    "Form&#12;feed and return&#13;here, and\ttab.\n"  # 18
)


def test_control_characters_are_removed_with_a_warning_a_line(write_source: SourceWriter) -> None:
    folder = write_source(CONTROLLED, front=False)
    result = parse_sources(folder)
    (article,) = result.articles
    source = folder / "article.md"
    assert result.warnings == [
        f"{source}:{line}: warning: removed control characters" for line in (2, 3, 8, 10, 12, 14, 18)
    ]
    assert (article.info.title, article.info.source) == ("T]0;owned", "S2J")
    first, part = article.sections
    assert first.title == "T]0;owned"
    assert first.text == "Clear [2J the screen.\na | b\nc | d"
    assert part.title == "Part\tone"
    assert part.text == "Formfeed and returnhere, and\ttab."
    everything = "".join(s.title + s.html + s.text for s in article.sections) + "".join(article.info[1:5])
    assert not [ch for ch in everything if unicodedata.category(ch) == "Cc" and ch not in "\t\n"]


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("See <http://a%0Cb%1B[2J>.", "See http://ab[2J."),  # an autolink's text: percent escapes decoded
        ("Form&#12;feed.", "Formfeed."),
        ("Plain text, 5% of it.", "Plain text, 5% of it."),
    ],
)
def test_what_the_parser_decodes_is_cleaned_too(line: str, text: str, write_source: SourceWriter) -> None:
    folder = write_source(f"# Test Article\n\n{line}\n")
    result = parse_sources(folder)
    assert result.articles[0].sections[0].text == text
    removed = [f"{folder / 'article.md'}:10: warning: removed control characters"]
    assert result.warnings == (removed if text != line else [])


def test_a_section_over_the_size_limit_is_an_error(write_source: SourceWriter) -> None:
    paragraph = "word " * 200 + "\n\n"
    body = paragraph * (MAX_SECTION_BYTES // len(paragraph) + 1)
    folder = write_source("# Test Article\n\nIntro.\n\n## Big part\n\n" + body + "## Small part\n\nText.\n")
    with pytest.raises(SourceError) as info:
        parse_sources(folder)
    kib = MAX_SECTION_BYTES // 1024
    found = re.fullmatch(
        rf"section 'big-part' is (\d+) KiB; the limit is {kib} KiB: split it with more headings", info.value.message
    )
    assert found is not None, info.value.message
    assert int(found.group(1)) > kib
    assert info.value.line == 12


def test_a_section_within_the_size_limit_builds(write_source: SourceWriter) -> None:
    paragraph = "word " * 200 + "\n\n"
    body = paragraph * (MAX_SECTION_BYTES // (len(paragraph) + 10))  # 10: what <p></p> and a newline add
    folder = write_source("# Test Article\n\n" + body)
    (article,) = parse_sources(folder).articles
    assert MAX_SECTION_BYTES * 0.99 < len(article.sections[0].html.encode()) <= MAX_SECTION_BYTES


@pytest.mark.parametrize(("length", "fails"), [(MAX_TITLE_CHARACTERS, False), (MAX_TITLE_CHARACTERS + 1, True)])
def test_a_heading_over_the_title_limit_is_an_error(length: int, fails: bool, write_source: SourceWriter) -> None:
    heading = "é" * length
    folder = write_source(f"# Test Article\n\n## {heading}\n\nText.\n")
    if not fails:
        assert parse_sources(folder).articles[0].sections[1].title == heading
        return
    with pytest.raises(SourceError) as info:
        parse_sources(folder)
    assert info.value.message == (f"heading is {length} characters; the limit is {MAX_TITLE_CHARACTERS}: shorten it")
    assert info.value.line == 10


def test_a_section_nesting_deeper_than_a_bundle_may_is_an_error(write_source: SourceWriter) -> None:
    emphasis = "".join(f"*a{n} " for n in range(25)) + "x" + "".join(f" b{n}*" for n in range(25))
    folder = write_source("# Test Article\n\n" + "> " * 19 + emphasis + "\n")
    with pytest.raises(SourceError) as info:
        parse_sources(folder)
    limit = f"the limit is {MAX_NESTING}: flatten its quotes, lists or emphasis"
    assert info.value.message == f"section 'test-article' nests its tags 45 deep; {limit}"
    assert info.value.line == 8
