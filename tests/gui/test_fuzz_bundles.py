"""Forged bundles, their digests recomputed, never crash or hang a command or the window.

Hypothesis changes a few values of a good bundle (wrong types, huge or hostile text, missing
rows, deleted tables) and recomputes the digest, as an attacker would. Every command then ends
with its exit code and at most one line of error; the window either refuses the bundle with a
one-line reason or opens it and can be used. Each example has a time limit (hypothesis' deadline)
and the whole run a memory limit; ``tests/test_fuzz_commands.py`` runs the commands as separate
processes under operating-system limits.
"""

from __future__ import annotations

import contextlib
import io
import os
import resource
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from reader.cli import main
from reader.core.bundle import Bundle
from reader.core.errors import BundleError
from reader.gui.main_window import MainWindow
from reader.gui.settings import Settings
from tests.forge import forge

# Table -> (the column that picks a row, the columns a mutation may change).
COLUMNS = {
    "sections": ("ord", ("id", "article_id", "parent_id", "level", "title", "html", "text")),
    "articles": ("ord", ("id", "title", "source", "language", "edition")),
    "corrections": ("ord", ("article_id", "original", "corrected", "reason")),
    "meta": ("key", ("value",)),
    "terms": ("term", ("term", "stem", "docs")),
    "synonyms": ("grp", ("term", "grp")),
}
TABLES = (*COLUMNS, "sections_fts", "sections_stem", "sections_stem_data", "sections_fts_data")
HOSTILE_TEXT = (
    "",
    " ",
    "x" * 600_000,
    "<ul><li>" * 300,
    '<img src="/dev/zero"><img src="file:///etc/passwd">',
    "<table>" + "<tr><td>x</td></tr>" * 2000 + "</table>",
    "\x1b]0;forged\x07\x1b[2J",
    "line\nbreak\r\nand\x00nul",
    "#",
    "../../etc/passwd",
    "what-is-ketamine",
    "hallucinations",
    "understanding-the-effects-of-ketamine-a-comprehensive-overview",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ‮rtl",
    "9" * 5000,
)
VALUES = st.one_of(
    st.none(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(HOSTILE_TEXT),
    st.text(st.characters(exclude_categories=["Cs"]), max_size=40),
    st.binary(max_size=20),
)


@st.composite
def mutations(draw: st.DrawFn) -> tuple[str, tuple[object, ...]]:
    """One change an attacker might make to a bundle's rows."""
    kind = draw(st.sampled_from(("update", "update", "update", "delete", "drop")))
    if kind == "drop":
        return f"DROP TABLE IF EXISTS {draw(st.sampled_from(TABLES))}", ()
    table = draw(st.sampled_from(tuple(COLUMNS)))
    key, columns = COLUMNS[table]
    offset = draw(st.integers(min_value=0, max_value=30))
    row = f"{key} = (SELECT {key} FROM {table} ORDER BY {key} LIMIT 1 OFFSET {offset})"
    if kind == "delete":
        return f"DELETE FROM {table} WHERE {row}", ()
    column = draw(st.sampled_from(columns))
    return f"UPDATE {table} SET {column} = ? WHERE {row}", (draw(VALUES),)


def _run(*args: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, err.getvalue()


def _use_window(bundle: Bundle, folder: Path, qtbot: QtBot) -> None:
    window = MainWindow(bundle, Settings(folder))
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    window.resume(None)
    for section in bundle.sections()[:6]:
        window.open_section(section.id)
    window.search_controller.search("ketamine")
    window.search_controller.search("forged")
    window.search_controller.panel.results.viewport().repaint()
    window.content.viewport().repaint()
    window.close()


@settings(
    max_examples=int(os.environ.get("READER_FUZZ_EXAMPLES", "30")),  # more for a long hunt
    deadline=20_000,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(changes=st.lists(mutations(), min_size=1, max_size=3))
def test_forged_bundles_never_crash_a_command_or_the_window(
    changes: list[tuple[str, tuple[object, ...]]],
    shipped_bundle: Path,
    tmp_path_factory: pytest.TempPathFactory,
    qtbot: QtBot,
) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / "forged.sqlite"
    path.write_bytes(shipped_bundle.read_bytes())
    try:
        forge(path, *changes)
    except sqlite3.Error:
        return  # the database itself refused the change (a constraint): nothing to open
    commands = [
        ["check"],
        ["outline"],
        ["outline", "--json"],
        ["info", "--json"],
        ["search", "ketamine"],
        ["search", "--json", "halucinations"],
        ["export", "--format", "txt", "--out", "-"],
        ["export", "--format", "html", "--out", "-"],
        ["export", "--format", "pdf", "--out", str(folder / "out.pdf")],
    ]
    for command in commands:
        code, err = _run(*command, "--bundle", str(path))
        assert code in (0, 1, 2), command
        assert "Traceback" not in err, (command, err)
        if code:
            assert err.count("\n") == 1, (command, err)
    try:
        bundle = Bundle.open(path)
    except BundleError as exc:
        message = str(exc)
        bundle = None
    if bundle is None:
        assert "\n" not in message
        return
    with bundle:
        _use_window(bundle, folder / "config", qtbot)


def test_the_fuzzing_stayed_within_memory() -> None:
    # After the forged bundles above (same process): a section that ballooned would show here.
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss < 3 * 1024 * 1024  # KiB: 3 GiB
