"""The command-line contract: outputs, JSON shapes, exports and exit codes."""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from reader import __version__, cli
from reader.cli import _parse, main
from reader.core.bundle import SCHEMA_VERSION
from reader.core.bundle_writer import write_bundle
from reader.core.model import ArticleInfo, Correction, Section
from reader.core.safe_text import visible
from tests.conftest import FRONT, SourceWriter


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"reader {__version__}"


def test_outline_json_nests_as_in_the_article(shipped_bundle: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["outline", "--json", "--bundle", str(shipped_bundle)], capsys)
    assert code == 0
    (root,) = json.loads(out)
    assert set(root) == {"id", "title", "level", "children"}
    assert root["level"] == 1
    faq = next(c for c in root["children"] if c["id"] == "ketamine-effects/often-asked-questions-faq")
    assert [q["title"] for q in faq["children"]][1] == "2. How long do the effects of ketamine last?"


def test_outline_text_shows_titles_and_ids(shipped_bundle: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--bundle", str(shipped_bundle), "outline"], capsys)
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 23
    assert lines[1].startswith("  What is Ketamine?")
    assert lines[1].endswith("ketamine-effects/what-is-ketamine")


def test_info_json_keys(shipped_bundle: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["info", "--json", "--bundle", str(shipped_bundle)], capsys)
    assert code == 0
    info = json.loads(out)
    assert {
        "bundle",
        "title",
        "source",
        "language",
        "edition",
        "built_at",
        "digest",
        "sections",
        "app_version",
        "schema_version",
        "corrections",
    } <= set(info)
    assert info["title"] == "Understanding the Effects of Ketamine: A Comprehensive Overview"
    assert info["sections"] == 23
    assert info["app_version"] == __version__
    assert info["corrections"][0]["original"] == "How long do medicstoregb of ketamine last?"


def test_info_text_lists_corrections(shipped_bundle: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["info", "--bundle", str(shipped_bundle)], capsys)
    assert code == 0
    assert "medicstoregb" in out
    assert "(added) -> 'Conclusion'" in out


def test_export_whole_article_as_text(shipped_bundle: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "article.txt"
    assert run(["export", "--bundle", str(shipped_bundle), "--format", "txt", "--out", str(out)], capsys)[0] == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("Understanding the Effects of Ketamine: A Comprehensive Overview\n")
    assert "PTSD | Shows guarantee in reducing signs of PTSD." in text
    assert "- Report Side Effects: Keep an open line" in text
    assert "Editorial corrections" in text
    assert max(len(line) for line in text.splitlines() if " | " not in line) <= 78


def test_export_one_section_as_html(shipped_bundle: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "part.html"
    argv = [
        "export",
        "--bundle",
        str(shipped_bundle),
        "--format",
        "html",
        "--out",
        str(out),
        "--section",
        "the-negative-effects-of-ketamine",
    ]
    assert run(argv, capsys)[0] == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert 'id="ketamine-effects/hallucinations"' in page
    assert 'id="ketamine-effects/summary-of-negative-effects"' in page
    assert 'id="ketamine-effects/fast-antidepressant-effects"' not in page
    assert 'id="ketamine-effects/key-safety-tips"' not in page
    assert "<style>" in page


def test_export_to_standard_output(shipped_bundle: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        [
            "export",
            "--bundle",
            str(shipped_bundle),
            "--format",
            "txt",
            "--out",
            "-",
            "--section",
            "conclusion",
        ],
        capsys,
    )
    assert code == 0
    assert "\nConclusion\n----------\n\nKetamine represents a transformative technique" in out
    assert "Key Safety Tips" not in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["export", "--format", "doc", "--out", "x"], "unknown format 'doc'"),
        (["export", "--format", "txt", "--out", "x", "--section", "nope"], "no section with id 'nope'"),
        (["export", "--format", "pdf", "--out", "-"], "a PDF needs a file"),
        (["export", "--format", "txt", "--out", "/proc/forbidden/x.txt"], "cannot write"),
    ],
)
def test_export_errors(
    argv: list[str],
    message: str,
    shipped_bundle: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run([*argv, "--bundle", str(shipped_bundle)], capsys)
    assert code == 2
    assert err.count("\n") == 1
    assert message in err
    assert not (tmp_path / "x").exists()


def test_build_needs_out_with_source(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["build", "--source", str(tmp_path)], capsys)
    assert code == 2
    assert "--out is required with --source" in err


def test_build_reports_size_and_digest(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "b.sqlite"
    code, stdout, _ = run(["build", "--source", "resources/articles", "--out", str(out)], capsys)
    assert code == 0
    assert stdout.startswith(f"built {out} (")
    assert "sha256:" in stdout


def test_python_dash_m_entry_point(shipped_bundle: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "reader", "check", "--bundle", str(shipped_bundle)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert f"ok, schema {SCHEMA_VERSION}" in result.stdout


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], {"bundle": None, "section": None, "search": None}),
        (["--bundle", "b.sqlite"], {"bundle": [Path("b.sqlite")], "section": None, "search": None}),
        (["--sec", "faq", "--search=build"], {"bundle": None, "section": "faq", "search": "build"}),
    ],
)
def test_window_options(argv: list[str], expected: dict[str, object]) -> None:
    args = _parse(argv)
    assert args.command is None
    assert {key: getattr(args, key) for key in expected} == expected


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--bogus"], "unrecognized arguments: --bogus"),
        (["stray"], "invalid choice: 'stray'"),
        (["--bundle"], "argument --bundle: expected one argument"),
    ],
)
def test_a_bad_window_command_line_gets_the_full_parser_s_error(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: reader")
    assert "COMMAND ..." in err  # the usage of the full parser, sub-commands included
    assert message in err.splitlines()[-1]


def test_a_command_name_as_an_option_value_still_parses(capsys: pytest.CaptureFixture[str]) -> None:
    args = _parse(["--search", "build"])
    assert (args.command, args.search) == (None, "build")


def _article_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "article.md").write_text(FRONT.format(title="T") + "# T\n\nText.\n", encoding="utf-8")
    return folder


def _damaged_sqlite(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\0" + b"\xff" * 200)


def _other_sqlite(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE meta (key, value)")
        conn.commit()


def _sqlite(*statements: str) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        with contextlib.closing(sqlite3.connect(path)) as conn:
            for statement in statements:
                conn.execute(statement)
            conn.commit()

    return make


def _fifo(path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("needs FIFOs")
    os.mkfifo(path)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_text("notes\n", encoding="utf-8"), "is not a reader bundle"),
        (lambda p: p.write_bytes(b""), "is not a reader bundle"),
        (_damaged_sqlite, "is not a reader bundle"),
        (_other_sqlite, "is not a reader bundle"),
        (_sqlite("CREATE TABLE meta (a)", "CREATE TABLE sections (b)"), "is not a reader bundle"),
        (
            _sqlite(
                "CREATE TABLE meta (key, value)",
                "CREATE TABLE sections (b)",
                "INSERT INTO meta VALUES ('schema_version', '1')",
            ),
            "is not a reader bundle",
        ),
        (_sqlite("CREATE TABLE meta (key, value)", "CREATE TABLE sections (b)"), "is not a reader bundle"),
        (_fifo, "is not a reader bundle"),
        (lambda p: p.mkdir(), "is a folder"),
    ],
    ids=[
        "text",
        "empty",
        "damaged-sqlite",
        "other-sqlite",
        "bundle-tables-only",
        "meta-without-digest",
        "empty-meta",
        "fifo",
        "folder",
    ],
)
def test_build_never_replaces_what_is_not_a_bundle(
    make: Callable[[Path], None], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _article_folder(tmp_path)
    out = tmp_path / "precious"
    make(out)
    before = out.read_bytes() if out.is_file() else None
    code, stdout, err = run(["build", "--source", str(folder), "--out", str(out)], capsys)
    assert code == 2
    assert err.startswith(f"reader: error: {out}: {message}")
    assert err.count("\n") == 1
    assert stdout == ""
    assert (out.read_bytes() if out.is_file() else None) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles", "precious"]


def test_build_never_replaces_a_source(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _article_folder(tmp_path)
    article = folder / "article.md"
    before = article.read_bytes()
    for extra in ([], ["--force"]):
        code, _, err = run(["build", "--source", str(folder), "--out", str(article), *extra], capsys)
        assert code == 2
        assert err.startswith(f"reader: error: {article}: ")
        assert err.count("\n") == 1
        assert article.read_bytes() == before


def test_build_writes_into_the_source_folder_only_with_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _article_folder(tmp_path)
    out = folder / "sub" / "bundle.sqlite"
    code, _, err = run(["build", "--source", str(folder), "--out", str(out)], capsys)
    assert code == 2
    assert err == f"reader: error: {out}: is inside the source folder {folder}; choose another --out, or add --force\n"
    assert not out.exists()
    assert run(["build", "--source", str(folder), "--out", str(out), "--force"], capsys)[0] == 0
    assert out.is_file()
    assert run(["build", "--source", str(folder), "--out", str(out), "--force"], capsys)[0] == 0


def test_build_help_tells_of_force(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["build", "--help"])
    assert "--force" in capsys.readouterr().out


EVIL = "\x1b]0;owned\x07\x1b[2J\x9b2J\x85\u2028\r"
SHOWN = "\\x1b]0;owned\\x07\\x1b[2J\\x9b2J\\x85\\u2028\\r"


@pytest.fixture(scope="module")
def hostile_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A bundle written around the builder: its titles, texts and metadata hold terminal controls."""
    out = tmp_path_factory.mktemp("hostile") / "hostile.sqlite"
    info = ArticleInfo("evil", f"Evil{EVIL}", f"Source{EVIL}", "en", f"1{EVIL}", (Correction("", "Evil", EVIL),))
    sections = [
        Section("evil/evil", "evil", None, 1, 0, f"Evil{EVIL}", f"<h1>Evil{EVIL}</h1>", ""),
        Section("evil/part", "evil", "evil/evil", 2, 1, f"Part{EVIL}", f"<p>Owned{EVIL}</p>", f"Owned{EVIL}\nline two"),
    ]
    write_bundle(out, [(info, sections)], "p {}")
    return out


def _strings(value: object) -> list[str]:
    """Every string in a JSON value."""
    if isinstance(value, str):
        return [value]
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    return [text for item in items for text in _strings(item)]


UNSAFE_OUTPUT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


@pytest.mark.parametrize(
    "argv",
    [
        ["outline"],
        ["info"],
        ["search", "owned"],
        ["export", "--format", "txt", "--out", "-"],
        ["export", "--format", "html", "--out", "-"],
        ["outline", "--json"],
        ["info", "--json"],
        ["search", "--json", "owned"],
    ],
    ids=" ".join,
)
def test_printed_bundle_text_shows_controls_as_escapes(
    argv: list[str], hostile_bundle: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run([*argv, "--bundle", str(hostile_bundle)], capsys)
    assert (code, err) == (0, "")
    assert not UNSAFE_OUTPUT.findall(out)
    if "--json" in argv:
        assert any(EVIL in text for text in _strings(json.loads(out)))  # the JSON still holds the text as it is
    else:
        assert SHOWN in out


def test_txt_export_to_a_terminal_keeps_its_lines(hostile_bundle: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = run(["export", "--format", "txt", "--out", "-", "--bundle", str(hostile_bundle)], capsys)[1]
    assert out.startswith(f"Evil{SHOWN}\n")
    assert "\nOwned\\x1b]0;owned\\x07\\x1b[2J\\x9b2J\n\n" in out  # the text's line breaks are kept
    assert "\nline two\n" in out


FORGED = "x\nreader: error: forged\r\x1b[1A"


def test_a_file_name_cannot_forge_an_error_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / f"articles{FORGED}"
    folder.mkdir()
    (folder / f"bad{FORGED}.md").write_text("# No front matter\n", encoding="utf-8")
    code, _, err = run(["build", "--source", str(folder), "--out", str(tmp_path / "b.sqlite")], capsys)
    assert code == 1
    assert err.count("\n") == 1
    assert err.startswith("reader: error: ")
    assert "bad" + visible(FORGED) + ".md:1: no front matter" in err


def test_a_bundle_name_cannot_forge_an_error_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["outline", "--bundle", str(tmp_path / f"b{FORGED}.sqlite")], capsys)
    assert code == 2
    assert err == f"reader: error: {tmp_path}/b{visible(FORGED)}.sqlite: bundle not found\n"


def test_a_failed_check_is_one_line(bundle_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tampered = bundle_copy.rename(tmp_path / f"copy{FORGED}.sqlite")
    with contextlib.closing(sqlite3.connect(tampered)) as conn:
        conn.execute("UPDATE sections SET title = 'changed' WHERE id = 'ketamine-effects/conclusion'")
        conn.commit()
    code, _, err = run(["check", "--bundle", str(tampered)], capsys)
    assert code == 1
    assert err.count("\n") == 1
    assert err.startswith("reader: check failed: ")


def test_a_bundle_value_cannot_forge_an_error_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "forged.sqlite"
    info = ArticleInfo("a", "A", "S", "en", "1")
    sections = [
        Section("a", "a", None, 1, 0, "A", "<h1>A</h1>", ""),
        Section(f"b{FORGED}", "a", "a", 7, 1, "B", "<p>B</p>", "B"),
    ]
    write_bundle(out, [(info, sections)], "")
    code, _, err = run(["outline", "--bundle", str(out)], capsys)
    assert code == 2
    assert err.count("\n") == 1
    assert visible(FORGED) in err


def test_warnings_are_one_line_each(
    write_source: SourceWriter, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_source("# Test Article\n\n![x](y.png)\n", name=f"a{FORGED}.md")
    code, out, err = run(["build", "--source", str(folder), "--out", str(tmp_path / f"b{FORGED}.sqlite")], capsys)
    assert code == 0
    assert err == f"{folder}/a{visible(FORGED)}.md:10: warning: images are not shown offline; kept its alt text\n"
    assert out.count("\n") == 1


def test_a_usage_error_cannot_be_forged(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["outline", "stray" + FORGED])
    err = capsys.readouterr().err
    assert err.endswith(f"\nreader: error: unrecognized arguments: stray{visible(FORGED)}\n")


LONG_NAME = "b" * 300


@pytest.mark.parametrize(
    "argv",
    [
        ["info", "--bundle", "{long}"],
        ["check", "--bundle", "{long}"],  # 1 once the bundle's opening names it as a failed check
        ["outline", "--bundle", "{long}"],
        ["search", "--bundle", "{long}", "x"],
        ["build", "--source", "{folder}", "--out", "{long}.sqlite"],
        ["export", "--bundle", "{bundle}", "--format", "txt", "--out", "{long}.txt"],
    ],
)
def test_a_file_name_too_long_is_one_line_and_exit_2(
    argv: list[str],
    write_source: SourceWriter,
    shipped_bundle: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = write_source("# Test Article\n\nText.\n")
    long = tmp_path / LONG_NAME
    values = {"long": str(long), "folder": str(folder), "bundle": str(shipped_bundle)}
    code, out, err = run([word.format(**values) for word in argv], capsys)
    assert out == ""
    assert code == 2 or (argv[0] == "check" and code == 1)
    assert err.count("\n") == 1
    assert err.startswith("reader: ")
    assert LONG_NAME in err


def test_self_check_with_a_file_name_too_long_is_one_line(tmp_path: Path) -> None:
    argv = [sys.executable, "-m", "reader", "self-check", "--bundle", str(tmp_path / LONG_NAME)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(argv, capture_output=True, text=True, timeout=60, env=env, check=False)
    assert done.returncode in (1, 2)
    assert done.stderr.count("\n") == 1
    assert LONG_NAME in done.stderr


def test_an_os_error_is_one_line_with_its_file_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def fail(_args: object) -> int:
        raise OSError(5, "Input/output error", f"/media/usb/a{FORGED}.sqlite")

    monkeypatch.setitem(cli._COMMANDS, "info", fail)
    code, out, err = run(["info"], capsys)
    assert (code, out) == (2, "")
    assert err == f"reader: error: /media/usb/a{visible(FORGED)}.sqlite: Input/output error\n"


def test_build_replaces_a_bundle(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _article_folder(tmp_path)
    out = tmp_path / "bundle.sqlite"
    for _ in range(2):
        code, _, err = run(["build", "--source", str(folder), "--out", str(out)], capsys)
        assert (code, err) == (0, "")


@pytest.mark.parametrize(
    ("query", "corrected"),
    [("depresion", "depression"), ("halucinations", "hallucinations"), ("nausea", "queasiness"), ("ketamine", None)],
)
def test_search_json_says_the_query_as_searched(
    query: str, corrected: str | None, shipped_bundle: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["search", "--json", "--bundle", str(shipped_bundle), query], capsys)
    assert (code, err) == (0, "")
    result = json.loads(out)
    assert (result["corrected"], result["absent"], result["suggestion"]) == (corrected, [], None)
    assert result["hits"]
    assert all("**" in hit["snippet"] for hit in result["hits"][:3])  # the words that matched, marked


@pytest.mark.parametrize(
    ("query", "absent", "suggestion"),
    [("pregnant", ["pregnant"], None), ("kids", ["kids"], None), ("pregnant ketamine", ["pregnant"], "ketamine")],
)
def test_search_json_names_the_words_no_section_mentions(
    query: str, absent: list[str], suggestion: str | None, shipped_bundle: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["search", "--json", "--bundle", str(shipped_bundle), query], capsys)
    result = json.loads(out)
    assert (code, result["hits"], result["corrected"]) == (0, [], None)
    assert (result["absent"], result["suggestion"]) == (absent, suggestion)


def test_search_text_names_the_words_no_section_mentions(
    shipped_bundle: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["search", "--bundle", str(shipped_bundle), "pregnant"], capsys)
    assert (code, out) == (0, "No results for: pregnant\nNo section mentions: pregnant\n")


def _two_articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("burns", "snake"):
        text = FRONT.format(title=name.title()) + f"# {name.title()}\n\n## Treatment\n\nRest.\n\n## Only {name}\n"
        (folder / f"{name}.md").write_text(text, encoding="utf-8")
    out = tmp_path / "library.sqlite"
    assert main(["build", "--source", str(folder), "--out", str(out)]) == 0
    return out


def test_section_ids_across_articles(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bundle = str(_two_articles(tmp_path))
    capsys.readouterr()
    code, out, _ = run(["outline", "--json", "--bundle", bundle], capsys)
    assert code == 0
    roots = json.loads(out)
    assert [root["id"] for root in roots] == ["burns/burns", "snake/snake"]
    assert [child["id"] for child in roots[1]["children"]] == ["snake/treatment", "snake/only-snake"]
    text = ["export", "--format", "txt", "--out", "-", "--bundle", bundle, "--section"]
    assert run([*text, "snake/treatment"], capsys)[1].startswith("Snake\n")
    assert run([*text, "only-burns"], capsys)[1].startswith("Burns\n")  # an old plain id, unique
    code, _, err = run([*text, "treatment"], capsys)
    assert code == 2
    assert err.startswith("reader: error: ")
    assert "'treatment'" in err
    assert err.count("\n") == 1
    assert run(["check", "--bundle", bundle], capsys)[0] == 0


def test_output_is_utf8_whatever_the_stream_s_encoding(shipped_bundle: Path) -> None:
    # As the pip-installed script runs it (not through __main__), with a Windows code page's stdout.
    script = "import sys; from reader.cli import main; sys.exit(main())"
    argv = [sys.executable, "-c", script, "search", "side effects", "--bundle", str(shipped_bundle)]
    env = {**os.environ, "PYTHONIOENCODING": "cp1252"}
    done = subprocess.run(argv, capture_output=True, env=env, timeout=60, check=False)
    assert done.returncode == 0
    assert "›" in done.stdout.decode("utf-8")
