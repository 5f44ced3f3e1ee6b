"""Limits on what a build reads: the size of a source, stylesheet or synonyms file, and synonyms."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.builder import build_bundle, read_synonyms
from reader.core.errors import SourceError
from reader.core.limits import MAX_GROUP_TERMS, MAX_SOURCE_BYTES, MAX_SYNONYM_TERMS
from reader.core.locations import stylesheet_path, synonyms_path
from reader.core.sources import read_regular_bytes
from tests.conftest import SourceWriter

MIB = 1024 * 1024
HUGE = 2600 * MIB
"""The size of the sparse files these tests make: they take no disk space, and reading one would
need gigabytes of memory."""


def sparse(path: Path, size: int = HUGE, text: str = "") -> Path:
    """Make ``path`` a file of ``size`` bytes that starts with ``text`` and uses no disk space."""
    path.write_text(text, encoding="utf-8")
    os.truncate(path, size)
    return path


def test_a_huge_article_is_refused_without_reading_it(write_source: SourceWriter, tmp_path: Path) -> None:
    folder = write_source("# Test Article\n\nText.\n")
    huge = sparse(folder / "zbig.md")
    with pytest.raises(SourceError) as error:
        build_bundle(folder, tmp_path / "out.sqlite", stylesheet_path(), synonyms_path())
    assert str(error.value) == f"{huge}: too large (2600 MiB; the limit is 4 MiB)"
    assert not (tmp_path / "out.sqlite").exists()


@pytest.mark.parametrize("which", ["stylesheet", "synonyms"])
def test_a_huge_stylesheet_or_synonyms_file_is_refused(which: str, write_source: SourceWriter, tmp_path: Path) -> None:
    folder = write_source("# Test Article\n\nText.\n")
    huge = sparse(tmp_path / which)
    stylesheet = huge if which == "stylesheet" else stylesheet_path()
    synonyms = huge if which == "synonyms" else synonyms_path()
    with pytest.raises(SourceError, match=r": too large \(2600 MiB; the limit is 4 MiB\)$"):
        build_bundle(folder, tmp_path / "out.sqlite", stylesheet, synonyms)


@pytest.mark.parametrize(("size", "fails"), [(MAX_SOURCE_BYTES, False), (MAX_SOURCE_BYTES + 1, True)])
def test_the_size_limit_is_exact(size: int, fails: bool, tmp_path: Path) -> None:
    path = sparse(tmp_path / "a.md", size)
    if fails:
        with pytest.raises(SourceError, match=r"a\.md: too large \(5 MiB; the limit is 4 MiB\)$"):
            read_regular_bytes(path)
    else:
        assert len(read_regular_bytes(path)) == size


def test_a_file_that_grows_after_its_size_was_looked_at_is_read_no_further(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = sparse(tmp_path / "a.md")
    real_fstat = os.fstat

    def fstat_before_it_grew(fd: int) -> os.stat_result:
        result = list(real_fstat(fd))
        result[6] = 10  # st_size
        return os.stat_result(result)

    monkeypatch.setattr(os, "fstat", fstat_before_it_grew)
    with pytest.raises(SourceError, match=r"too large \(more than 4 MiB; the limit is 4 MiB\)$"):
        read_regular_bytes(path)


def test_a_prefix_of_a_huge_file_can_be_read(tmp_path: Path) -> None:
    path = sparse(tmp_path / "a.sqlite", text="SQLite")
    assert read_regular_bytes(path, 6) == b"SQLite"


DIGEST_IN_1_GIB = """
import resource, sys
from pathlib import Path
resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
from reader.core.sources import sources_digest
print(sources_digest(*map(Path, sys.argv[1:])))
"""


@pytest.mark.skipif(os.name != "posix", reason="limits memory with RLIMIT_AS")
def test_the_cache_key_does_not_read_a_huge_source(write_source: SourceWriter) -> None:
    folder = write_source("# Test Article\n\nText.\n")
    huge = sparse(folder / "zbig.md")
    argv = [sys.executable, "-c", DIGEST_IN_1_GIB, str(folder), str(stylesheet_path()), str(synonyms_path())]

    def digest() -> str:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=60, check=False)
        assert (done.returncode, done.stderr) == (0, "")
        return done.stdout

    first = digest()
    os.truncate(huge, HUGE + 1)
    assert digest() != first


def write_synonyms(path: Path, lines: list[str]) -> Path:
    """Write a synonyms file of these lines."""
    path.write_text("# synonyms\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def terms(count: int, prefix: str = "t") -> str:
    """A synonym group of ``count`` different terms."""
    return ", ".join(f"{prefix}{number}x" for number in range(count))


def test_a_synonym_group_of_the_most_terms_is_read(tmp_path: Path) -> None:
    path = write_synonyms(tmp_path / "synonyms.txt", [terms(MAX_GROUP_TERMS)])
    assert [len(group) for group in read_synonyms(path)] == [MAX_GROUP_TERMS]


def test_a_synonym_group_of_too_many_terms_is_refused_with_its_line(tmp_path: Path) -> None:
    path = write_synonyms(tmp_path / "synonyms.txt", ["a, b", terms(MAX_GROUP_TERMS + 1)])
    with pytest.raises(SourceError) as error:
        read_synonyms(path)
    assert str(error.value) == f"{path}:3: a synonym group may have at most 50 terms"


def test_too_many_synonym_terms_in_all_are_refused(tmp_path: Path) -> None:
    groups = MAX_SYNONYM_TERMS // MAX_GROUP_TERMS
    lines = [terms(MAX_GROUP_TERMS, f"g{group}t") for group in range(groups)]
    path = write_synonyms(tmp_path / "synonyms.txt", lines)
    assert sum(len(group) for group in read_synonyms(path)) == MAX_SYNONYM_TERMS
    write_synonyms(path, [*lines, "one, more"])
    with pytest.raises(SourceError) as error:
        read_synonyms(path)
    assert str(error.value) == f"{path}: at most 5000 synonym terms"
