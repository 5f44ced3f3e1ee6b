"""Content packs: pack.yaml, publisher keys and their files, the trust lists, signatures (issue 14)."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.errors import BundleError, SourceError
from reader.core.packs import trust as trust_module
from reader.core.packs.keys import (
    KeyFileError,
    PublicKey,
    SecretKey,
    parse_public_key,
    read_public_key,
    read_secret_key,
    write_key_pair,
)
from reader.core.packs.manifest import PackInfo
from reader.core.packs.pack_file import parse_pack, read_pack_file
from reader.core.packs.trust import TrustError, add_trusted, list_trusted, remove_trusted, trusted_keys
from reader.core.packs.verify import CHANGED, NOT_TRUSTED, check_signature, open_pack
from tests.core.packs_support import build_pack, forge, trust

GOOD = "id: snake-pack\ntitle: Snake bites\npublisher: Clinic Health Press\nversion: 3\n"


@pytest.fixture
def trust_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """The user's and the machine-wide trust lists, private to the test."""
    user, machine = tmp_path / "trust-user", tmp_path / "trust-machine"
    monkeypatch.setenv("READER_TRUST", str(user))
    monkeypatch.setenv("READER_SYSTEM_TRUST", str(machine))
    return user, machine


def test_a_pack_yaml_is_read(tmp_path: Path) -> None:
    (tmp_path / "pack.yaml").write_text(GOOD, encoding="utf-8")
    assert read_pack_file(tmp_path) == PackInfo("snake-pack", "Snake bites", "Clinic Health Press", 3)


def test_a_folder_without_pack_yaml_is_no_pack(tmp_path: Path) -> None:
    assert read_pack_file(tmp_path) is None


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("", 1, "empty: give id, title, publisher and version"),
        ("- id\n- title\n", 1, "must be a mapping"),
        ("id: a\ntitle: T\npublisher: P\n", 1, "'version' is missing"),
        (GOOD + "licence: x\n", 5, "unknown key 'licence'"),
        (GOOD + "title: again\n", 5, "'title' is given twice"),
        (GOOD.replace("version: 3", 'version: "3"'), 4, "write it without quotes"),
        (GOOD.replace("version: 3", "version: 0"), 4, "'version' '0' is not a whole number from 1"),
        (GOOD.replace("version: 3", "version: -2"), 4, "'version' '-2' is not"),
        (GOOD.replace("version: 3", "version: 1.5"), 4, "'version' '1.5' is not a whole number"),
        (GOOD.replace("version: 3", "version: 0x10"), 4, "'version' '0x10' is not"),
        (GOOD.replace("version: 3", "version: 1234567890"), 4, "is not a whole number"),
        (GOOD.replace("id: snake-pack", "id: Snake Pack"), 1, "'id' 'Snake Pack' is not a pack id"),
        (GOOD.replace("id: snake-pack", "id: aux"), 1, "'id' 'aux' is a file name Windows reserves"),
        (GOOD.replace("title: Snake bites", "title:"), 2, "'title' is empty"),
        (GOOD.replace("title: Snake bites", 'title: "  "'), 2, "'title' is missing or empty"),
        (GOOD.replace("title: Snake bites", "title: [a, b]"), 2, "'title' is not a single value"),
        (GOOD.replace("title: Snake bites", f"title: {'x' * 201}"), 2, "'title' is 201 characters"),
        (GOOD.replace("publisher: Clinic Health Press", 'publisher: "a\\x1bb"'), 3, "control character"),
        ("id: [unclosed\n", 2, "expected"),
        ("a: &x [*x]\n", 1, "unknown key 'a'"),
    ],
)
def test_a_bad_pack_yaml_is_one_error_with_file_and_line(text: str, line: int, message: str) -> None:
    path = Path("packs/pack.yaml")
    with pytest.raises(SourceError) as caught:
        parse_pack(path, text)
    assert (caught.value.path, caught.value.line) == (path, line)
    assert message in caught.value.message
    assert str(caught.value).startswith(f"{path}:{line}: ")


def test_a_pack_yaml_that_is_not_utf8_names_its_line(tmp_path: Path) -> None:
    (tmp_path / "pack.yaml").write_bytes(b"id: a\ntitle: \xff\n")
    with pytest.raises(SourceError, match=r"pack.yaml:2: not UTF-8 text"):
        read_pack_file(tmp_path)


def test_a_huge_or_odd_pack_yaml_is_refused_unread(tmp_path: Path) -> None:
    (tmp_path / "pack.yaml").write_bytes(b"#" * (64 * 1024 + 1))
    with pytest.raises(SourceError, match="larger than 64 KiB"):
        read_pack_file(tmp_path)
    (tmp_path / "pack.yaml").unlink()
    (tmp_path / "pack.yaml").mkdir()
    with pytest.raises(SourceError, match="not a regular file"):
        read_pack_file(tmp_path)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_pack_yaml_text_is_a_pack_or_one_source_error(text: str) -> None:
    path = Path("pack.yaml")
    outcome = _parsed(path, text)
    if isinstance(outcome, SourceError):
        assert outcome.path == path
        assert outcome.line is not None
        assert outcome.line >= 1
        assert "\n" not in str(outcome)
    else:
        assert outcome.version >= 1
        assert outcome.id
        assert outcome.title
        assert outcome.publisher


def _parsed(path: Path, text: str) -> PackInfo | SourceError:
    """The pack a text reads as, or the error it raises."""
    try:
        return parse_pack(path, text)
    except SourceError as exc:
        return exc


KEYS = st.sampled_from(["id", "title", "publisher", "version", "other", "id "])
VALUES = st.one_of(st.text(max_size=30), st.integers(), st.just("[1, 2]"), st.just("{a: 1}"), st.just("~"))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(KEYS, VALUES), max_size=6))
def test_any_mapping_of_pack_keys_is_a_pack_or_one_source_error(pairs: list[tuple[str, object]]) -> None:
    text = "".join(f"{key}: {value}\n" for key, value in pairs)
    outcome = _parsed(Path("pack.yaml"), text)
    if isinstance(outcome, SourceError):
        assert outcome.line is not None
        assert 1 <= outcome.line <= len(text.splitlines()) + 1


def test_keygen_writes_a_secret_only_its_owner_reads_and_a_one_line_public_key(tmp_path: Path) -> None:
    secret_path, public_path = write_key_pair(tmp_path / "clinic")
    assert (secret_path.name, public_path.name) == ("clinic.key", "clinic.pub")
    assert stat.S_IMODE(secret_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(public_path.stat().st_mode) & 0o044 == 0o044  # others may read a public key
    lines = public_path.read_text(encoding="ascii").splitlines()
    assert len(lines) == 1
    secret = read_secret_key(secret_path)
    public = read_public_key(public_path)
    assert public == secret.public
    assert public.key_id in lines[0]
    assert len(public.key_id) == 16
    assert secret.seed.hex() not in repr(secret)


def test_keygen_keeps_0600_whatever_the_umask(tmp_path: Path) -> None:
    import os

    old = os.umask(0)
    try:
        secret_path, _ = write_key_pair(tmp_path / "k")
    finally:
        os.umask(old)
    assert stat.S_IMODE(secret_path.stat().st_mode) == 0o600


def test_keygen_never_writes_over_a_key(tmp_path: Path) -> None:
    write_key_pair(tmp_path / "k")
    before = (tmp_path / "k.key").read_bytes()
    with pytest.raises(KeyFileError, match="already exists"):
        write_key_pair(tmp_path / "k")
    assert (tmp_path / "k.key").read_bytes() == before
    (tmp_path / "k2.pub").write_text("mine\n", encoding="ascii")
    with pytest.raises(KeyFileError, match="k2.pub: already exists"):
        write_key_pair(tmp_path / "k2")
    assert not (tmp_path / "k2.key").exists()


def test_a_signature_checks_only_with_its_key_and_message() -> None:
    one, other = SecretKey.generate(), SecretKey.generate()
    signature = one.sign(b"message")
    assert one.public.verifies(b"message", signature)
    assert not one.public.verifies(b"messagf", signature)
    assert not other.public.verifies(b"message", signature)
    assert not one.public.verifies(b"message", signature[:-1])
    assert not PublicKey(b"\x00" * 32).verifies(b"message", signature)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_any_pub_file_text_is_a_key_or_one_key_file_error(text: str) -> None:
    try:
        key: PublicKey | KeyFileError = parse_public_key(Path("x.pub"), text)
    except KeyFileError as exc:
        key = exc
    if isinstance(key, KeyFileError):
        assert str(key).startswith("x.pub: ")
        assert "\n" not in str(key)
    else:
        assert len(key.raw) == 32


@settings(max_examples=100, deadline=None)
@given(st.binary(min_size=32, max_size=32), st.sampled_from([" ", "  ", "\t"]), st.booleans())
def test_a_public_key_read_out_and_typed_again_is_the_same_key(raw: bytes, space: str, upper: bool) -> None:
    key = PublicKey(raw)
    line = key.line().split("#")[0].replace(" ", space)
    typed = line.upper().replace("READER-ED25519", "reader-ed25519") if upper else line
    assert parse_public_key(Path("x.pub"), f"\n# from the clinic's email\n{typed}\n") == key


def test_a_secret_key_is_never_shown_in_an_error(tmp_path: Path) -> None:
    secret_path, _ = write_key_pair(tmp_path / "k")
    seed_hex = read_secret_key(secret_path).seed.hex()
    with pytest.raises(KeyFileError) as caught:
        read_public_key(secret_path)
    assert "is a secret key" in str(caught.value)
    assert seed_hex not in str(caught.value)
    broken = tmp_path / "broken.key"
    broken.write_text(secret_path.read_text(encoding="ascii")[:-5] + "zz\n", encoding="ascii")
    with pytest.raises(KeyFileError) as caught:
        read_secret_key(broken)
    assert seed_hex[:20] not in str(caught.value)


def test_trust_add_list_remove(trust_dirs: tuple[Path, Path], tmp_path: Path) -> None:
    user, machine = trust_dirs
    _, public_path = write_key_pair(tmp_path / "publisher")
    key = read_public_key(public_path)
    entry, new = add_trusted(public_path)
    assert new
    assert entry.path == user / f"{key.key_id}.pub"
    assert add_trusted(public_path)[1] is False
    assert trusted_keys() == ({key.key_id: key}, [])
    assert [(e.key_id, e.scope) for e in list_trusted()[0]] == [(key.key_id, "user")]
    with pytest.raises(TrustError, match="not in the machine list"):
        remove_trusted(key.key_id, system=True)
    assert remove_trusted(key.key_id.upper()) == [entry.path]
    assert trusted_keys() == ({}, [])
    with pytest.raises(TrustError, match="not in the user list"):
        remove_trusted(key.key_id)
    with pytest.raises(TrustError, match="is not a key id"):
        remove_trusted("../../etc/passwd")
    add_trusted(public_path, system=True)
    assert [(e.key_id, e.scope) for e in list_trusted()[0]] == [(key.key_id, "machine")]
    with pytest.raises(TrustError, match="it is in the machine-wide list: add --system"):
        remove_trusted(key.key_id)
    assert list(machine.iterdir()) == [machine / f"{key.key_id}.pub"]


def test_a_bad_key_file_in_a_trust_list_is_named_and_trusts_nothing(trust_dirs: tuple[Path, Path]) -> None:
    user, _ = trust_dirs
    user.mkdir()
    (user / "junk.pub").write_text("reader-ed25519 1234\n", encoding="ascii")
    keys, problems = trusted_keys()
    assert keys == {}
    assert [(path.name, "not a reader public key" in reason) for path, reason in problems] == [("junk.pub", True)]


@pytest.fixture
def denied(monkeypatch: pytest.MonkeyPatch) -> None:
    """Writing a trust list fails as it does without administrator rights."""
    import contextlib

    @contextlib.contextmanager
    def no_rights(out: Path) -> Iterator[Path]:
        raise PermissionError(13, "Permission denied", str(out.parent))
        yield out  # pragma: no cover

    monkeypatch.setattr(trust_module, "atomic_path", no_rights)


@pytest.mark.usefixtures("denied")
def test_trusting_for_the_machine_without_rights_says_so(trust_dirs: tuple[Path, Path], tmp_path: Path) -> None:
    _, public_path = write_key_pair(tmp_path / "publisher")
    with pytest.raises(TrustError, match="needs administrator rights") as caught:
        add_trusted(public_path, system=True)
    assert "\n" not in str(caught.value)


def test_a_trust_folder_that_is_a_file_is_one_line(
    trust_dirs: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="ascii")
    monkeypatch.setenv("READER_TRUST", str(blocker / "sub"))
    _, public_path = write_key_pair(tmp_path / "publisher")
    with pytest.raises(TrustError, match="cannot change the list of trusted keys"):
        add_trusted(public_path)


@pytest.fixture
def signed(tmp_path: Path, trust_dirs: tuple[Path, Path]) -> tuple[Path, SecretKey]:
    """A pack signed by a trusted key."""
    secret = SecretKey.generate()
    trust(secret, tmp_path / "keys")
    return build_pack(tmp_path / "pack.sqlite", secret), secret


def test_a_signed_pack_opens_verified(signed: tuple[Path, SecretKey]) -> None:
    path, secret = signed
    bundle, check = open_pack(path, trusted_keys()[0])
    with bundle:
        assert check.verified
        assert check.key_id == secret.public.key_id
        assert check.pack == PackInfo("snake-pack", "Pack snake-pack", "Test Publisher", 1)


@pytest.mark.parametrize(
    ("sql", "params"),
    [
        ("UPDATE sections SET text = 'Take two spoons of kerosene.' WHERE level = 2", ()),
        ("UPDATE meta SET value = '99' WHERE key = 'pack_version'", ()),
        ("UPDATE meta SET value = 'Someone Else' WHERE key = 'pack_publisher'", ()),
        ("UPDATE meta SET value = 'other-pack' WHERE key = 'pack_id'", ()),
    ],
    ids=["text", "version", "publisher", "id"],
)
def test_a_row_changed_and_the_digest_recomputed_is_caught_by_the_signature(
    signed: tuple[Path, SecretKey], sql: str, params: tuple[object, ...]
) -> None:
    path, _ = signed
    forge(path, sql, params)
    with pytest.raises(BundleError, match=CHANGED):
        open_pack(path, trusted_keys()[0])


def test_a_pack_signed_again_by_an_untrusted_key_is_not_trusted(signed: tuple[Path, SecretKey], tmp_path: Path) -> None:
    path, _ = signed
    build_pack(path, SecretKey.generate())
    with pytest.raises(BundleError, match=f"{NOT_TRUSTED}: signed by key [0-9a-f]{{16}}, which"):
        open_pack(path, trusted_keys()[0])


def test_an_unsigned_pack_and_a_plain_bundle_are_not_trusted(tmp_path: Path, shipped_bundle: Path) -> None:
    unsigned = build_pack(tmp_path / "unsigned.sqlite", None)
    with pytest.raises(BundleError, match=f"{NOT_TRUSTED}: not signed"):
        open_pack(unsigned, {})
    with pytest.raises(BundleError, match=f"{NOT_TRUSTED}: not a content pack"):
        open_pack(shipped_bundle, {})


def test_a_signature_row_that_is_not_a_signature_is_a_change(signed: tuple[Path, SecretKey]) -> None:
    path, _ = signed
    forge(path, "UPDATE meta SET value = 'ed25519:!!!' WHERE key = 'signature'")
    with pytest.raises(BundleError, match=CHANGED):
        open_pack(path, trusted_keys()[0])


def test_pack_rows_that_are_not_a_pack_s_are_refused(signed: tuple[Path, SecretKey]) -> None:
    path, _ = signed
    meta = {"pack_id": "a", "pack_title": "T", "pack_publisher": "P", "pack_version": "x"}
    with pytest.raises(BundleError, match="not a valid content pack: its 'version' 'x'"):
        check_signature(path, meta, "sha256:0", {})
    with pytest.raises(BundleError, match="its 'title' is missing"):
        check_signature(path, {"pack_id": "a"}, "sha256:0", {})
