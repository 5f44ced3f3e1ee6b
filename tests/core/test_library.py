"""The library: every bundle the reader can see (shipped, machine-wide, user's), broken ones left out
with a notice, one article id shown once, and one search over all of it."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core import folders as folders_module
from reader.core.builder import build_bundle
from reader.core.bundle import Bundle, content_digest
from reader.core.errors import BundleError
from reader.core.library import Library, LibraryError, bundles_in, library_places
from reader.core.locations import stylesheet_path, synonyms_path
from reader.core.model import AmbiguousSectionError
from reader.core.packs.keys import SecretKey
from reader.core.packs.manifest import PackInfo
from reader.core.packs.seal import seal_bundle
from reader.core.packs.trust import remove_trusted
from reader.core.search import LibraryHit, Searcher
from tests.core.packs_support import SNAKE, forge, trust, write_article

SHIPPED_TITLE = "Understanding the Effects of Ketamine: A Comprehensive Overview"


PUBLISHER = SecretKey(bytes(range(32)))
"""The tests' publisher: ``make_bundle`` signs with it, and ``trusted_publisher`` trusts it."""


def make_bundle(
    out: Path, article_id: str, title: str, heading: str, body: str, secret: SecretKey | None = PUBLISHER
) -> Path:
    """Build a bundle of one article at ``out`` with the public builder: a content pack (its id
    the file's name) signed by ``secret``, or a plain bundle when None."""
    source = write_article(out.parent / f"src-{out.stem}", article_id, title, heading, body)
    out.parent.mkdir(parents=True, exist_ok=True)
    build_bundle(source, out, stylesheet_path(), synonyms_path())
    if secret is not None:
        seal_bundle(out, PackInfo(out.stem, title, "Test Publisher", 1), secret)
    return out


@pytest.fixture(autouse=True)
def trusted_publisher(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The user trusts the tests' publisher (a private list; no machine-wide one)."""
    monkeypatch.setenv("READER_SYSTEM_TRUST", "")
    trust(PUBLISHER, tmp_path / "publisher-keys")


@pytest.fixture
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """The user's and the machine-wide library folders, both private to the test."""
    user, machine = tmp_path / "user-library", tmp_path / "machine-library"
    monkeypatch.setenv("READER_LIBRARY", str(user))
    monkeypatch.setenv("READER_SYSTEM_LIBRARY", str(machine))
    return user, machine


MALARIA = ("malaria", "Malaria", "Quinfrax fever pattern", "Fever every other day, and zorblax chills.")


def test_a_bundle_in_the_user_folder_joins_the_shipped_content(folders: tuple[Path, Path]) -> None:
    user, _ = folders
    make_bundle(user / "snake.sqlite", *SNAKE)
    with Library.open() as library:
        assert [a.title for a in library.articles()] == [SHIPPED_TITLE, "Snake Bite"]
        assert library.notices == []
        titles = [s.title for _, s in library.sections()]
        assert "Zorblax venom signs" in titles
        assert "What is Ketamine?" in titles


def test_the_machine_wide_folder_is_read_before_the_user_s(folders: tuple[Path, Path]) -> None:
    user, machine = folders
    make_bundle(machine / "malaria.sqlite", *MALARIA)
    make_bundle(user / "snake.sqlite", *SNAKE)
    with Library.open() as library:
        assert [a.title for a in library.articles()] == [SHIPPED_TITLE, "Malaria", "Snake Bite"]
        assert [e.origin for e in library.entries()] == ["shipped", "machine", "user"]


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _not_a_bundle(path: Path) -> None:
    path.write_text("just some notes\n", encoding="utf-8")


def _forged_row(path: Path) -> None:
    """A row no builder writes (level 9), the digest recomputed to match it."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE sections SET level = 9 WHERE level = 2")
        conn.execute("UPDATE meta SET value = ? WHERE key = 'digest'", (content_digest(conn),))
        conn.commit()


def _changed_text(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE sections SET text = 'changed' WHERE level = 2")
        conn.commit()


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (_truncate, "left out: "),
        (_not_a_bundle, "not a readable reader bundle"),
        (_forged_row, "left out: changed since it was added"),
        (_changed_text, "left out: changed since it was added"),
    ],
    ids=["truncated", "not-a-bundle", "forged-row", "changed-text"],
)
def test_a_broken_bundle_is_left_out_with_a_notice_and_the_others_stay(
    damage: object, reason: str, folders: tuple[Path, Path], caplog: pytest.LogCaptureFixture
) -> None:
    user, _ = folders
    make_bundle(user / "a-snake.sqlite", *SNAKE)
    broken = make_bundle(user / "b-malaria.sqlite", *MALARIA)
    damage(broken)  # type: ignore[operator]
    with Library.open() as library:
        assert [a.title for a in library.articles()] == [SHIPPED_TITLE, "Snake Bite"]
        assert library.reads_folders
        (notice,) = library.notices
        assert notice.path == broken
        assert reason in notice.reason
        assert "\n" not in str(notice)
        hits = library.searcher().search("zorblax").hits
        assert [hit.title for hit in hits] == ["Zorblax venom signs"]
    assert [r.getMessage() for r in caplog.records] == [f"library: {notice}"]


def test_an_unreadable_folder_is_a_notice(folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    user, machine = folders
    make_bundle(user / "snake.sqlite", *SNAKE)
    machine.mkdir()
    real_scandir = os.scandir

    def scandir(path: str) -> object:
        if Path(path) == machine:
            raise PermissionError(13, "Permission denied", path)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    with Library.open() as library:
        assert [a.title for a in library.articles()] == [SHIPPED_TITLE, "Snake Bite"]
        assert [(n.path, n.reason) for n in library.notices] == [(machine, "cannot read the folder: Permission denied")]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any folder")
def test_a_folder_without_read_permission_is_a_notice(folders: tuple[Path, Path]) -> None:
    user, _ = folders
    make_bundle(user / "snake.sqlite", *SNAKE)
    user.chmod(0)
    try:
        paths, notices = bundles_in(user)
    finally:
        user.chmod(0o755)
    assert paths == []
    assert notices[0].reason.startswith("cannot read the folder")


def test_links_out_of_the_folder_and_odd_files_are_skipped(tmp_path: Path, folders: tuple[Path, Path]) -> None:
    user, _ = folders
    outside = make_bundle(tmp_path / "elsewhere" / "outside.sqlite", *MALARIA)
    make_bundle(user / "snake.sqlite", *SNAKE)
    (user / "link.sqlite").symlink_to(outside)
    (user / "inside.sqlite").symlink_to(user / "snake.sqlite")
    (user / "folder.sqlite").mkdir()
    os.mkfifo(user / "pipe.sqlite")
    (user / "notes.txt").write_text("not a bundle name", encoding="utf-8")
    paths, notices = bundles_in(user)
    assert paths == [user / "inside.sqlite", user / "snake.sqlite"]
    assert {n.path.name: n.reason for n in notices} == {
        "folder.sqlite": "not a regular file: skipped",
        "link.sqlite": "a link to outside the library folder: skipped",
        "pipe.sqlite": "not a regular file: skipped",
    }


def test_at_most_so_many_bundles_are_read_from_a_folder(
    folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    user, _ = folders
    user.mkdir()
    for name in ("c", "a", "b"):
        (user / f"{name}.sqlite").write_bytes(b"")
    monkeypatch.setattr(folders_module, "MAX_BUNDLES_PER_FOLDER", 2)
    paths, notices = bundles_in(user)
    assert [p.name for p in paths] == ["a.sqlite", "b.sqlite"]
    assert [n.reason for n in notices] == ["more than 2 bundles: only the first read"]


def test_the_same_article_is_shown_once_from_the_user_s_folder(folders: tuple[Path, Path]) -> None:
    user, machine = folders
    make_bundle(machine / "snake.sqlite", "snake-bite", "Snake Bite", "Clinic zorblax notes", "Clinic text.")
    make_bundle(user / "snake.sqlite", *SNAKE)
    with Library.open() as library:
        assert [a.title for a in library.articles()] == [SHIPPED_TITLE, "Snake Bite"]
        (notice,) = library.notices
        assert notice.path == machine / "snake.sqlite"
        assert notice.reason == f"article 'snake-bite' left out: also in {user / 'snake.sqlite'}, shown from there"
        hits = library.searcher().search("zorblax").hits
        assert [hit.title for hit in hits] == ["Zorblax venom signs"]
        assert "Clinic zorblax notes" not in [s.title for _, s in library.sections()]


def test_named_bundles_are_the_whole_library_and_the_first_named_wins(tmp_path: Path) -> None:
    first = make_bundle(tmp_path / "one.sqlite", *SNAKE)
    second = make_bundle(tmp_path / "two.sqlite", "snake-bite", "Snake Bite", "Other zorblax", "Text.")
    third = make_bundle(tmp_path / "three.sqlite", *MALARIA)
    with Library.open([first, second, third]) as library:
        assert [a.title for a in library.articles()] == ["Snake Bite", "Malaria"]
        assert "Other zorblax" not in [s.title for _, s in library.sections()]
        assert [n.path for n in library.notices] == [second]
        assert not library.reads_folders  # a pack added to the user's folder is not among them


def test_search_finds_nothing_of_an_article_the_library_hides(tmp_path: Path) -> None:
    first = make_bundle(tmp_path / "one.sqlite", "snake-bite", "Snake Bite", "Zorblax first aid", "Keep still.")
    both = write_article(tmp_path / "src-both", *SNAKE)
    write_article(both, *MALARIA)
    second = tmp_path / "both.sqlite"
    build_bundle(both, second, stylesheet_path(), synonyms_path())
    with Library.open([first, second]) as library:  # the second bundle's Snake Bite is hidden
        hits = library.searcher().search("zorblax").hits
        assert sorted(hit.title for hit in hits) == ["Quinfrax fever pattern", "Zorblax first aid"]


def test_a_named_bundle_that_cannot_be_read_is_an_error(tmp_path: Path) -> None:
    good = make_bundle(tmp_path / "one.sqlite", *SNAKE)
    with pytest.raises(BundleError, match="bundle not found"):
        Library.open([good, tmp_path / "missing.sqlite"])


def test_shipped_content_that_cannot_be_built_is_a_notice(
    folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail() -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("reader.core.cache.default_bundle", fail)
    places, notices = library_places()
    assert places == []
    assert "the shipped content cannot be read: No space left on device" in notices[0].reason
    with pytest.raises(LibraryError, match="no bundle to read in the library"):
        Library.open()
    make_bundle(folders[0] / "snake.sqlite", *SNAKE)
    with Library.open() as library:
        assert [a.id for a in library.articles()] == ["snake-bite"]


def test_search_across_two_bundles_names_each_hit_s_article(tmp_path: Path) -> None:
    snake = make_bundle(tmp_path / "snake.sqlite", *SNAKE)
    malaria = make_bundle(tmp_path / "malaria.sqlite", *MALARIA)
    with Library.open([snake, malaria]) as library:
        result = library.searcher().search("zorblax")
    found = {(hit.title, hit.article, hit.article_id) for hit in result.hits if isinstance(hit, LibraryHit)}
    assert found == {
        ("Zorblax venom signs", "Snake Bite", "snake-bite"),
        ("Quinfrax fever pattern", "Malaria", "malaria"),
    }
    assert [h.score for h in result.hits] == sorted((h.score for h in result.hits), reverse=True)
    assert all("**zorblax**" in hit.snippet_text().lower() for hit in result.hits)
    assert result.hits[0].to_json()["article_id"] in ("snake-bite", "malaria")


def test_a_library_of_one_bundle_ranks_as_its_searcher(shipped_bundle: Path) -> None:
    with Library.open([shipped_bundle]) as library:
        ours = library.searcher()
        with Bundle.open(shipped_bundle) as bundle:
            alone = Searcher(bundle)
            for query in ("ketamine", "depresion", "nausea", "side effects", "pregnant", "hallu"):
                mine, theirs = ours.search(query), alone.search(query)
                assert [(h.id, h.score, h.snippet) for h in mine.hits] == [
                    (h.id, h.score, h.snippet) for h in theirs.hits
                ], query
                assert (mine.corrected, mine.suggestion, mine.absent) == (
                    theirs.corrected,
                    theirs.suggestion,
                    theirs.absent,
                ), query


def test_a_correction_in_one_bundle_yields_to_the_words_as_typed_in_another(tmp_path: Path) -> None:
    snake = make_bundle(tmp_path / "snake.sqlite", *SNAKE)  # has "zorblax"
    other = make_bundle(tmp_path / "other.sqlite", "other", "Other", "Zorblak signs", "The zorblak rash.")
    with Library.open([snake]) as alone:
        assert alone.searcher().search("zorblak").corrected == "zorblax"
    with Library.open([snake, other]) as library:
        result = library.searcher().search("zorblak")
    assert result.corrected is None
    assert [hit.title for hit in result.hits] == ["Zorblak signs"]


def test_a_word_is_absent_only_when_no_bundle_has_it(tmp_path: Path) -> None:
    snake = make_bundle(tmp_path / "snake.sqlite", *SNAKE)
    malaria = make_bundle(tmp_path / "malaria.sqlite", *MALARIA)
    with Library.open([snake, malaria]) as library:
        searcher = library.searcher()
        assert searcher.search("quinfrax").absent == ()
        assert searcher.search("pregnant").absent == ("pregnant",)


def test_a_section_is_found_in_whichever_bundle_shows_it(tmp_path: Path) -> None:
    snake = make_bundle(tmp_path / "snake.sqlite", *SNAKE)
    malaria = make_bundle(tmp_path / "malaria.sqlite", *MALARIA)
    with Library.open([snake, malaria]) as library:
        section_id = next(s.id for _, s in library.sections() if s.title == "Quinfrax fever pattern")
        assert library.find_section(section_id).path == malaria
        assert [node.title for node in library.outline()] == ["Snake Bite", "Malaria"]


def test_an_old_id_many_articles_share_names_them(folders: tuple[Path, Path], tmp_path: Path) -> None:
    user, _ = folders
    source = tmp_path / "two"
    write_article(source, "snake-bite", "Snake Bite", "Treatment", "Clean the bite.")
    write_article(source, "malaria", "Malaria", "Treatment", "Take the tablets.")
    build_bundle(source, user / "two.sqlite", stylesheet_path(), synonyms_path())
    seal_bundle(user / "two.sqlite", PackInfo("two", "Two articles", "Test Publisher", 1), PUBLISHER)
    with Library.open() as library:
        assert library.find_section("malaria/treatment").path == user / "two.sqlite"
        with pytest.raises(
            AmbiguousSectionError, match=r"treatment.*malaria.*snake-bite|treatment.*snake-bite.*malaria"
        ):
            library.find_section("treatment")


def test_a_typo_is_corrected_against_every_bundle_s_words_as_one(tmp_path: Path) -> None:
    snake = make_bundle(tmp_path / "snake.sqlite", *SNAKE)  # "zorblax" in one section
    other = make_bundle(tmp_path / "other.sqlite", "care", "Zorblax Care", "Zorblak rash", "The zorblak rash.")
    with Library.open([other]) as alone:
        assert alone.searcher().search("zorblaq").corrected == "zorblak"  # alone, a tie: the first
    with Library.open([snake, other]) as library:
        result = library.searcher().search("zorblaq")
    assert result.corrected == "zorblax"  # two sections of the library have it, one has "zorblak"
    found = {hit.article_id for hit in result.hits if isinstance(hit, LibraryHit)}
    assert found == {"snake-bite", "care"}
    assert {hit.tier for hit in result.hits} == {"corrected"}


def test_a_pack_changed_after_it_was_added_is_left_out_as_changed(folders: tuple[Path, Path]) -> None:
    user, _ = folders
    make_bundle(user / "snake.sqlite", *SNAKE)
    forge(user / "snake.sqlite", "UPDATE sections SET text = 'Cut the bite and suck it.' WHERE level = 2")
    with Library.open() as library:
        assert [a.id for a in library.articles()] == ["ketamine-effects"]
        assert [(n.path, n.reason) for n in library.notices] == [
            (user / "snake.sqlite", "left out: changed since it was added")
        ]


@pytest.mark.parametrize(
    ("secret", "reason"),
    [
        (None, "left out: not signed by a trusted publisher: not a content pack (built without a pack.yaml)"),
        (SecretKey(b"\x07" * 32), "left out: not signed by a trusted publisher: signed by key "),
    ],
    ids=["unsigned", "untrusted"],
)
def test_an_unsigned_or_untrusted_bundle_of_a_library_folder_is_left_out(
    folders: tuple[Path, Path], secret: SecretKey | None, reason: str
) -> None:
    _, machine = folders
    make_bundle(machine / "malaria.sqlite", *MALARIA, secret=secret)
    with Library.open() as library:
        assert [a.id for a in library.articles()] == ["ketamine-effects"]
        (notice,) = library.notices
        assert notice.reason.startswith(reason)


def test_a_pack_whose_key_is_no_longer_trusted_is_left_out(folders: tuple[Path, Path]) -> None:
    user, _ = folders
    make_bundle(user / "snake.sqlite", *SNAKE)
    with Library.open() as library:
        assert "snake-bite" in [a.id for a in library.articles()]
    remove_trusted(PUBLISHER.public.key_id)
    with Library.open() as library:
        assert "snake-bite" not in [a.id for a in library.articles()]
        assert f"signed by key {PUBLISHER.public.key_id}, which" in library.notices[0].reason


def test_shipped_and_named_bundles_are_trusted_by_where_they_are(tmp_path: Path) -> None:
    plain = make_bundle(tmp_path / "plain.sqlite", *SNAKE, secret=None)
    with Library.open([plain]) as library:
        assert ([a.id for a in library.articles()], library.notices) == (["snake-bite"], [])
    with Library.open() as library:
        assert ([a.id for a in library.articles()], library.notices) == (["ketamine-effects"], [])


def test_pynacl_is_loaded_only_when_a_library_folder_holds_a_bundle(folders: tuple[Path, Path]) -> None:
    code = "import sys; from reader.core.library import Library; Library.open().close(); print('nacl' in sys.modules)"

    def loads_nacl() -> str:
        return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout

    assert loads_nacl() == "False\n"
    make_bundle(folders[0] / "snake.sqlite", *SNAKE)
    assert loads_nacl() == "True\n"


def test_each_entry_names_its_pack_and_key(folders: tuple[Path, Path]) -> None:
    user, _ = folders
    make_bundle(user / "snake.sqlite", *SNAKE)
    with Library.open() as library:
        shipped, snake = library.entries()
    assert (shipped.pack, shipped.key_id, shipped.to_json()["pack"]) == (None, "", None)
    assert snake.pack == PackInfo("snake", "Snake Bite", "Test Publisher", 1)
    assert snake.key_id == PUBLISHER.public.key_id
    assert snake.to_json()["pack"] == {
        "id": "snake",
        "title": "Snake Bite",
        "publisher": "Test Publisher",
        "version": 1,
    }


def test_a_pack_opened_before_then_changed_is_caught_despite_the_verified_record(folders: tuple[Path, Path]) -> None:
    user, _ = folders
    pack = make_bundle(user / "snake.sqlite", *SNAKE)
    with Library.open() as library:
        assert "snake-bite" in [a.id for a in library.articles()]
    forge(pack, "UPDATE sections SET text = 'Cut the bite and suck it.' WHERE level = 2")
    with Library.open() as library:
        assert "snake-bite" not in [a.id for a in library.articles()]
        assert [n.reason for n in library.notices] == ["left out: changed since it was added"]


def test_reload_reads_the_folders_again_in_place_and_closes_what_it_held(folders: tuple[Path, Path]) -> None:
    user, _ = folders
    make_bundle(user / "snake.sqlite", *SNAKE)
    with Library.open() as library:
        held = list(library.bundles)
        make_bundle(user / "malaria.sqlite", *MALARIA)
        library.reload()
        assert [a.title for a in library.articles()] == [SHIPPED_TITLE, "Malaria", "Snake Bite"]
        assert [a.id for a in library.searcher().search("quinfrax").hits] != []
        for bundle in held:
            with pytest.raises(sqlite3.ProgrammingError):
                bundle.connection.execute("SELECT 1")


def test_a_reload_that_fails_keeps_the_library_as_it_was(
    folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    user, _ = folders
    make_bundle(user / "snake.sqlite", *SNAKE)

    def unreadable(cls: type[Library], named: object = None) -> Library:
        raise LibraryError("no bundle to read in the library")

    with Library.open() as library:
        monkeypatch.setattr(Library, "open", classmethod(unreadable))
        with pytest.raises(LibraryError):
            library.reload()
        assert [a.title for a in library.articles()] == [SHIPPED_TITLE, "Snake Bite"]
        assert [s.title for _, s in library.sections()][-1] == "Zorblax venom signs"


def test_a_library_suggests_only_when_no_bundle_finds_anything(tmp_path: Path) -> None:
    snake = make_bundle(tmp_path / "snake.sqlite", *SNAKE)
    malaria = make_bundle(tmp_path / "malaria.sqlite", *MALARIA)
    with Library.open([snake, malaria]) as library:
        searcher = library.searcher()
        nothing = searcher.search("zorblax wibblewobble")  # found nowhere, even corrected
        corrected = searcher.search("zorblaks venum")  # found corrected in one bundle only
    assert (nothing.hits, nothing.suggestion) == ((), "zorblax")
    assert (corrected.corrected, corrected.suggestion) == ("zorblax venom", None)
    assert len(corrected.hits) == 1
