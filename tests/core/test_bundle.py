"""The bundle: read-only, verified on open, and every kind of damage caught."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.cli import main
from reader.core.bundle import SCHEMA_VERSION, Bundle, encode_row
from reader.core.errors import BundleError, SectionNotFoundError
from reader.core.model import section_paths
from reader.core.text import stems
from tests.forge import forge


def _write(path: Path, sql: str, *params: object) -> None:
    conn = sqlite3.connect(path)
    conn.execute(sql, params)
    conn.commit()
    conn.close()


def _sql(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def test_open_reads_metadata(shipped_bundle: Path) -> None:
    with Bundle.open(shipped_bundle) as bundle:
        assert bundle.schema_version == SCHEMA_VERSION
        assert bundle.digest.startswith("sha256:")
        assert bundle.section_count() == 23
        assert "line-height" in bundle.stylesheet()
        (article,) = bundle.articles()
        assert article.language == "en"


def test_info_tells_the_file_articles_size_and_build(shipped_bundle: Path) -> None:
    with Bundle.open(shipped_bundle) as bundle:
        info = bundle.info()
        assert info.path == shipped_bundle
        assert info.articles == tuple(bundle.articles())
        assert info.section_count == 23
        assert info.built_at == bundle.meta["built_at"]
        assert info.digest == bundle.digest
        assert info.schema_version == SCHEMA_VERSION
    assert [c.corrected for c in info.articles[0].corrections] == [
        "How long do the effects of ketamine last?",
        "Conclusion",
    ]


def test_bundle_is_opened_read_only(shipped_bundle: Path) -> None:
    with Bundle.open(shipped_bundle) as bundle, pytest.raises(sqlite3.OperationalError, match="readonly"):
        bundle.connection.execute("DELETE FROM sections")


def test_check_passes_on_a_good_bundle(shipped_bundle: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--bundle", str(shipped_bundle)]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    assert f"ok, schema {SCHEMA_VERSION}, 23 sections, sha256:" in out


def test_fts_index_finds_words(shipped_bundle: Path) -> None:
    with Bundle.open(shipped_bundle) as bundle:
        rows = bundle.connection.execute(
            "SELECT s.id FROM sections_fts JOIN sections s ON s.ord = sections_fts.rowid "
            "WHERE sections_fts MATCH ? ORDER BY rank",
            ("queasiness",),
        ).fetchall()
    assert {row[0] for row in rows} == {
        "ketamine-effects/short-term-side-effects",
        "ketamine-effects/summary-of-negative-effects",
    }


def _tamper_text(path: Path) -> None:
    conn = sqlite3.connect(path)
    (text,) = conn.execute("SELECT text FROM sections WHERE id = 'ketamine-effects/hallucinations'").fetchone()
    changed = text.replace("greater doses", "greater dosez", 1)
    assert changed != text
    conn.execute("UPDATE sections SET text = ? WHERE id = 'ketamine-effects/hallucinations'", (changed,))
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(_tamper_text, id="one-letter-of-text"),
        pytest.param(
            lambda p: _write(p, "UPDATE sections SET html = html || ' ' WHERE id = 'ketamine-effects/conclusion'"),
            id="html",
        ),
        pytest.param(
            lambda p: _write(p, "UPDATE sections SET title = 'X' WHERE id = 'ketamine-effects/conclusion'"), id="title"
        ),
        pytest.param(lambda p: _write(p, "UPDATE articles SET source = 'elsewhere'"), id="metadata"),
        pytest.param(
            lambda p: _write(p, "UPDATE meta SET value = value || ' ' WHERE key = 'stylesheet'"),
            id="stylesheet",
        ),
        pytest.param(
            lambda p: _write(p, "DELETE FROM sections WHERE id = 'ketamine-effects/conclusion'"), id="deleted-section"
        ),
    ],
)
def test_tampering_is_caught(damage: object, bundle_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert callable(damage)
    damage(bundle_copy)
    with pytest.raises(BundleError, match="does not match its digest"):
        Bundle.open(bundle_copy)
    assert main(["check", "--bundle", str(bundle_copy)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "does not match its digest" in err


def test_every_text_byte_is_covered_by_the_digest(bundle_copy: Path) -> None:
    conn = sqlite3.connect(bundle_copy)
    ords = [row[0] for row in conn.execute("SELECT ord FROM sections")]
    conn.close()
    for order in ords:
        _write(bundle_copy, "UPDATE sections SET text = text || '.' WHERE ord = ?", order)
        with pytest.raises(BundleError):
            Bundle.open(bundle_copy)
        _write(bundle_copy, "UPDATE sections SET text = substr(text, 1, length(text) - 1) WHERE ord = ?", order)
        Bundle.open(bundle_copy).close()


def test_truncated_bundle(bundle_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = bundle_copy.read_bytes()
    bundle_copy.write_bytes(data[: len(data) // 2])
    with pytest.raises(BundleError):
        Bundle.open(bundle_copy)
    assert main(["check", "--bundle", str(bundle_copy)]) == 1
    assert main(["outline", "--bundle", str(bundle_copy)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 2
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(None, "bundle not found", id="missing"),
        pytest.param(b"", "", id="empty-file"),
        pytest.param(b"not a database at all" * 100, "not a readable reader bundle", id="not-sqlite"),
    ],
)
def test_unreadable_bundle(
    content: bytes | None, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bundle.sqlite"
    if content is not None:
        path.write_bytes(content)
    assert main(["info", "--bundle", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"reader: error: {path}: {message}")
    assert err.count("\n") == 1


def test_other_schema_version(bundle_copy: Path) -> None:
    _write(bundle_copy, "UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(BundleError, match=f"schema version 99, this reader reads {SCHEMA_VERSION}"):
        Bundle.open(bundle_copy)


def test_damaged_search_index_is_caught_by_check(bundle_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    forge(bundle_copy, "INSERT INTO sections_fts (rowid, title, text) VALUES (999, 'ghost', 'ghost words')")
    assert main(["check", "--bundle", str(bundle_copy)]) == 1
    assert "index or file damaged" in capsys.readouterr().err


def test_a_changed_search_index_changes_the_digest(bundle_copy: Path) -> None:
    _write(bundle_copy, "INSERT INTO sections_stem (rowid, title, text) VALUES (999, 'ghost', 'ghost')")
    with pytest.raises(BundleError, match="does not match its digest"):
        Bundle.open(bundle_copy)


def test_a_refilled_stem_index_is_caught_by_check(bundle_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The attack of the report: the contentless stem index refilled with another section's words
    # (so that "hallucinate" finds "Fast Antidepressant Effects"), and the digest recomputed.
    conn = sqlite3.connect(bundle_copy)
    rows = conn.execute("SELECT ord, title, text FROM sections ORDER BY ord").fetchall()
    conn.close()
    shifted = [(rows[n][0], *rows[(n + 1) % len(rows)][1:]) for n in range(len(rows))]
    statements = ["INSERT INTO sections_stem (sections_stem) VALUES ('delete-all')"]
    statements += [
        f"INSERT INTO sections_stem (rowid, title, text) VALUES ({order}, {_sql(stems(title))}, {_sql(stems(text))})"
        for order, title, text in shifted
    ]
    forge(bundle_copy, *statements)
    with Bundle.open(bundle_copy) as bundle:  # the digest matches: only the check can tell
        assert bundle.digest
    assert main(["check", "--bundle", str(bundle_copy)]) == 1
    err = capsys.readouterr().err
    assert "word-form search index does not match the text" in err
    assert err.count("\n") == 1


def test_a_forged_vocabulary_is_caught_by_check(bundle_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    forge(bundle_copy, "UPDATE terms SET docs = docs + 5 WHERE term = 'ketamine'")
    assert main(["check", "--bundle", str(bundle_copy)]) == 1
    assert "search vocabulary does not match the text" in capsys.readouterr().err


HOSTILE: dict[str, str | tuple[str, ...]] = {
    "level-not-a-number": "UPDATE sections SET level = 'two' WHERE ord = 3",
    "level-out-of-range": "UPDATE sections SET level = 99 WHERE ord = 3",
    "html-not-text": "UPDATE sections SET html = x'00ff' WHERE ord = 3",
    "dropped-fts": "DROP TABLE sections_fts",
    "no-articles": "DELETE FROM articles",
    "no-sections": "DELETE FROM sections",
    "meta-not-text": "UPDATE meta SET value = x'00' WHERE key = 'stylesheet'",
    "parent-unknown": "UPDATE sections SET parent_id = 'nowhere' WHERE ord = 3",
    "duplicate-id": (
        "CREATE TABLE loose AS SELECT * FROM sections",  # the same columns, without UNIQUE
        "DROP TABLE sections",
        "ALTER TABLE loose RENAME TO sections",
        "UPDATE sections SET id = 'ketamine-effects/what-is-ketamine' WHERE ord = 3",
    ),
    "huge-section": "UPDATE sections SET text = text || printf('%.600000c', 'x') WHERE ord = 3",
    "deeply-nested-lists": (
        "UPDATE sections SET html = html || replace(printf('%.20000c', 'x'), 'x', '<ul><li>') WHERE ord = 3"
    ),
    "terms-not-counts": "UPDATE terms SET docs = 'many' WHERE term = 'ketamine'",
    "public-source-not-text": "UPDATE articles SET public_source = x'00ff'",
    "public-source-too-long": "UPDATE articles SET public_source = printf('%.201c', 'x')",
    "license-not-text": "UPDATE articles SET license = x'00ff'",
    "license-too-long": "UPDATE articles SET license = printf('%.201c', 'x')",
    "no-license-column": "ALTER TABLE articles DROP COLUMN license",
}


@pytest.mark.parametrize("statement", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_rows_fail_open_and_check_in_one_line(
    statement: str | tuple[str, ...], bundle_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    forge(bundle_copy, *((statement,) if isinstance(statement, str) else statement))
    with pytest.raises(BundleError):
        Bundle.open(bundle_copy)
    assert main(["check", "--bundle", str(bundle_copy)]) == 1
    for command in (["outline"], ["info"], ["search", "ketamine"], ["export", "--format", "txt", "--out", "-"]):
        assert main([*command, "--bundle", str(bundle_copy)]) == 2
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert captured.err.count("\n") == 5
    assert captured.out == ""


def test_subtree_and_unknown_section(shipped_bundle: Path) -> None:
    with Bundle.open(shipped_bundle) as bundle:
        ids = [s.id for s in bundle.subtree("the-positive-effects-of-ketamine")]
        assert ids == [
            "ketamine-effects/the-positive-effects-of-ketamine",
            "ketamine-effects/fast-antidepressant-effects",
            "ketamine-effects/anxiolytic-properties",
            "ketamine-effects/neuroplasticity-promotion",
            "ketamine-effects/discomfort-relief",
            "ketamine-effects/summary-of-positive-effects",
        ]
        assert [s.id for s in bundle.subtree("conclusion")] == ["ketamine-effects/conclusion"]
        with pytest.raises(SectionNotFoundError):
            bundle.subtree("nope")


def test_a_changed_correction_is_caught(bundle_copy: Path) -> None:
    _write(bundle_copy, "UPDATE corrections SET reason = 'no reason' WHERE ord = 0")
    with pytest.raises(BundleError, match="does not match its digest"):
        Bundle.open(bundle_copy)


def test_digest_encoding_tells_values_apart() -> None:
    assert encode_row(["ab", "c"]) != encode_row(["a", "bc"])
    assert encode_row([None]) != encode_row(["None"])
    assert encode_row([1]) != encode_row(["1"])


def test_section_paths(shipped_bundle: Path) -> None:
    with Bundle.open(shipped_bundle) as bundle:
        paths = section_paths(bundle.sections())
    assert paths["ketamine-effects/hallucinations"] == ("The Negative Effects of Ketamine", "2. Hallucinations")
    assert paths["ketamine-effects/what-is-ketamine"] == ("What is Ketamine?",)
    assert paths["ketamine-effects/understanding-the-effects-of-ketamine-a-comprehensive-overview"] == (
        "Understanding the Effects of Ketamine: A Comprehensive Overview",
    )


@pytest.mark.parametrize(
    ("html", "depth"),
    [
        ("<p>plain</p>", 1),
        ("<ul><li>a<ul><li>b</li></ul></li></ul>", 4),
        ("<p>a<br>b<br/>c<img src=x></p>", 1),
        ("<ul><li>" * 50, 100),  # left open: still nesting
        ("</p></p><p>x</p>", 1),
    ],
)
def test_nesting_depth(html: str, depth: int) -> None:
    from reader.core.sanitize import nesting_depth

    assert nesting_depth(html) == depth


_FORMATTING = "".join(f"<{tag}>" * 3 for tag in ("b", "i", "u", "s", "em", "strong", "small", "code", "sub"))
HOSTILE_HTML = {
    # An HTML parser ignores the slash on a tag that is not void, and end tags that close nothing.
    "self-closed-tables": "<table/><tr/><td/>" * 60 + "x",
    "self-closed-lists": "<ul/>" * 100_000,
    "stray-end-tags": "<ul></x>" * 5_000,
    # Formatting left open is opened again in every later paragraph: 480 KB became 15 MB.
    "reopened-formatting": "<p>" + _FORMATTING + "</p>" + "<p>x</p>" * 60_000,
}


@pytest.mark.parametrize("html", HOSTILE_HTML.values(), ids=HOSTILE_HTML.keys())
def test_html_that_a_parser_makes_deep_or_large_is_refused(
    html: str, bundle_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    forge(bundle_copy, ("UPDATE sections SET html = ? WHERE ord = 5", (html,)))
    with pytest.raises(BundleError, match="the limit is"):
        Bundle.open(bundle_copy)
    assert main(["check", "--bundle", str(bundle_copy)]) == 1
    assert "the limit is" in capsys.readouterr().err


@pytest.mark.parametrize(
    "stylesheet",
    [
        "p{}</style><script>alert(1)</script><img src=http://evil/x onerror=alert(2)><style>",
        'body{background-image:image-set("http://evil/t.png" 1x)}',
        'a{b:ur@import;l(http://evil/x)} @imp@import;ort "/etc/x";',
        "p{background:u\\72l(http://evil/x)}",
    ],
)
def test_the_stylesheet_cannot_fetch_or_break_out_of_an_html_export(
    stylesheet: str, bundle_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    forge(bundle_copy, ("UPDATE meta SET value = ? WHERE key = 'stylesheet'", (stylesheet,)))
    assert main(["export", "--format", "html", "--out", "-", "--bundle", str(bundle_copy)]) == 0
    exported = capsys.readouterr().out.lower()
    style = exported[exported.index("<style>") : exported.index("</style>") + len("</style>")]
    assert exported.count("</style>") == 1
    for needle in ("<script", "<img", "url(", "image-set(", "@import", "\\"):
        assert needle not in style, needle


STEM_INDEX_FORGERIES = {
    "totals-record": "UPDATE sections_stem_data SET block = x'016E860E' WHERE id = 1",
    "token-counts": "UPDATE sections_stem_docsize SET sz = x'017F' WHERE id = 1",
    "row-counts-missing": "DELETE FROM sections_stem_docsize WHERE id = 2",
    "configuration": "INSERT INTO sections_stem_config VALUES ('rank', 'bm25(10.0, 5.0)')",
}


@pytest.mark.parametrize("statement", STEM_INDEX_FORGERIES.values(), ids=STEM_INDEX_FORGERIES.keys())
def test_what_ranking_reads_from_the_stem_index_is_checked(
    statement: str, bundle_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    forge(bundle_copy, statement)
    assert main(["check", "--bundle", str(bundle_copy)]) == 1
    assert main(["search", "manufacturing dissociative", "--bundle", str(bundle_copy)]) in (0, 2)
    err = capsys.readouterr().err
    assert "word-form search index does not match the text" in err
    assert "Traceback" not in err
    assert err.count("\n") in (1, 2)


def test_a_huge_synonym_group_is_refused(bundle_copy: Path) -> None:
    rows = [("INSERT INTO synonyms VALUES (9999, ?, ?)", (n, "ketamine" if n == 0 else f"zz{n}q")) for n in range(60)]
    forge(bundle_copy, *rows)
    with pytest.raises(BundleError, match="synonym group 9999 has more than 50 terms"):
        Bundle.open(bundle_copy)


def test_expanding_a_large_synonym_group_takes_linear_time() -> None:
    import sqlite3 as sql
    import time

    from reader.core.search import Vocabulary

    conn = sql.connect(":memory:")
    conn.execute("CREATE TABLE terms (term TEXT, stem TEXT, docs INTEGER)")
    conn.execute("CREATE TABLE synonyms (grp INTEGER, ord INTEGER, term TEXT)")
    conn.executemany("INSERT INTO synonyms VALUES (0, ?, ?)", [(n, f"zz{n}q") for n in range(20_000)])
    vocabulary = Vocabulary(conn)
    started = time.perf_counter()
    assert len(vocabulary.expansions("zz0q")) == 19_999
    assert time.perf_counter() - started < 2  # the quadratic version took 8 s for 20,000 terms


def test_a_bundle_name_too_long_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(BundleError, match="cannot open: File name too long"):
        Bundle.open(tmp_path / ("b" * 300))


def test_the_public_source_is_stored_apart_from_the_provenance(shipped_bundle: Path) -> None:
    with Bundle.open(shipped_bundle) as bundle:
        (info,) = bundle.articles()
    assert info.public_source == "Web article; original publisher and author not recorded"
    assert "ketamine-effects.txt" in info.source  # the editors' record, for About only


@pytest.mark.parametrize("column", ["public_source", "license"])
def test_a_bundle_without_an_article_column_is_refused_naming_it(bundle_copy: Path, column: str) -> None:
    # Schema 6 has both columns; a bundle of this schema without one was forged.
    forge(bundle_copy, f"ALTER TABLE articles DROP COLUMN {column}")
    with pytest.raises(BundleError, match=f"not a readable reader bundle \\(no such column: {column}\\)"):
        Bundle.open(bundle_copy)


def test_an_empty_public_source_is_none(bundle_copy: Path) -> None:
    forge(bundle_copy, "UPDATE articles SET public_source = ''")
    with Bundle.open(bundle_copy) as bundle:
        assert bundle.articles()[0].public_source == ""


def test_a_forged_public_source_is_named_in_the_error(bundle_copy: Path) -> None:
    forge(bundle_copy, "UPDATE articles SET public_source = printf('%.201c', 'x')")
    with pytest.raises(BundleError, match="public source that is not text or is longer than 200 characters"):
        Bundle.open(bundle_copy)


def _encoded_as_first_written(row: Sequence[object]) -> bytes:
    """The row encoding as it was first written (the digest of every bundle built depends on it)."""
    parts = []
    for value in row:
        if value is None:
            parts.append(b"n;")
        elif isinstance(value, int):
            parts.append(b"i%d;" % value)
        elif isinstance(value, float):
            parts.append(b"f%r;" % value)
        elif isinstance(value, bytes):
            parts.append(b"b%d:" % len(value) + value)
        else:
            data = str(value).encode("utf-8")
            parts.append(b"s%d:" % len(data) + data)
    return b"".join(parts) + b"\n"


_VALUES = st.none() | st.integers() | st.floats(allow_nan=False) | st.text() | st.binary()


@given(st.lists(_VALUES, max_size=8))
def test_a_row_is_encoded_as_it_always_was(row: list[object]) -> None:
    assert encode_row(row) == _encoded_as_first_written(row)
