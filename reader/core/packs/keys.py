"""Publisher keys: Ed25519 (PyNaCl's libsodium), their files, their ids, signing and checking.

PyNaCl is loaded when a key first signs or checks (about 30 M instructions, most of it the Python
side of its bindings), never by reading a key file.

A key pair is two files: ``PREFIX.key``, the secret (mode 0600; its text is never printed, not even
in an error), and ``PREFIX.pub``, one line a person can read out or paste::

    reader-ed25519 9f86d081 884c7d65 9a2feaa0 c55ad015 a3bf4f1b 2b0b822c d15d6c15 b0f00a08  # key 5f3b1c0e9d2a7b46

the 32 bytes of the public key in hex, in groups of eight; ``#`` starts a comment. A key id is the
first 16 hex digits of the SHA-256 of the public key: short, stable, and the same wherever the key
is. Key files are untrusted input: reading one ends in a key or in one KeyFileError.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import string
from pathlib import Path
from typing import NamedTuple

from reader.core.errors import ReaderError
from reader.core.safe_text import visible

PUBLIC_PREFIX = "reader-ed25519"
SECRET_PREFIX = "reader-ed25519-secret"
SECRET_SUFFIX, PUBLIC_SUFFIX = ".key", ".pub"
KEY_BYTES = 32
KEY_ID_DIGITS = 16
MAX_KEY_FILE_BYTES = 4096
SECRET_MODE = 0o600
_HEX = frozenset(string.hexdigits)
_PUBLIC_FORMAT = f"one line '{PUBLIC_PREFIX}' and the key's 64 hex digits, as 'reader keygen' writes it"


class KeyFileError(ReaderError):
    """A key file cannot be read, written or used; the message names the file (never its secret)."""

    def __init__(self, path: Path | str, message: str) -> None:
        self.path = Path(path)
        self.message = message
        super().__init__(visible(f"{self.path}: {message}"))


def key_id(public: bytes) -> str:
    """The short, stable id of a public key: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(public).hexdigest()[:KEY_ID_DIGITS]


class PublicKey(NamedTuple):
    """A publisher's public key (32 bytes); checks signatures."""

    raw: bytes

    @property
    def key_id(self) -> str:
        """The key's short id."""
        return key_id(self.raw)

    def line(self) -> str:
        """The key as the one line of a ``.pub`` file (without the newline)."""
        hex_digits = self.raw.hex()
        groups = " ".join(hex_digits[n : n + 8] for n in range(0, len(hex_digits), 8))
        return f"{PUBLIC_PREFIX} {groups}  # key {self.key_id}"

    def verifies(self, message: bytes, signature: bytes) -> bool:
        """Whether ``signature`` is this key's signature of ``message``."""
        from nacl.exceptions import CryptoError
        from nacl.signing import VerifyKey

        try:
            VerifyKey(self.raw).verify(message, signature)
        except (CryptoError, ValueError, TypeError):
            return False
        return True


class SecretKey(NamedTuple):
    """A publisher's secret key (its 32-byte seed); signs. Its repr never shows the seed."""

    seed: bytes

    def __repr__(self) -> str:
        return f"SecretKey(key {self.public.key_id})"

    @property
    def public(self) -> PublicKey:
        """The public key of this secret key."""
        from nacl.signing import SigningKey

        return PublicKey(bytes(SigningKey(self.seed).verify_key))

    def sign(self, message: bytes) -> bytes:
        """The 64-byte Ed25519 signature of ``message``."""
        from nacl.signing import SigningKey

        return bytes(SigningKey(self.seed).sign(message).signature)

    @classmethod
    def generate(cls) -> SecretKey:
        """A new random key (libsodium's random bytes)."""
        from nacl.signing import SigningKey

        return cls(bytes(SigningKey.generate()))


def parse_public_key(path: Path, text: str) -> PublicKey:
    """Read the text of a ``.pub`` file (``path`` names it in errors); raise KeyFileError."""
    lines = [line.split("#", 1)[0].strip() for line in text.lstrip("\ufeff").splitlines()]
    lines = [line for line in lines if line]
    if len(lines) != 1:
        raise KeyFileError(path, f"not a reader public key: {_PUBLIC_FORMAT}")
    words = lines[0].split()
    if words[0] == SECRET_PREFIX:
        raise KeyFileError(path, "is a secret key: give its .pub file, and keep the .key file secret")
    digits = "".join(words[1:])
    if words[0] != PUBLIC_PREFIX or len(digits) != 2 * KEY_BYTES or not _HEX.issuperset(digits):
        raise KeyFileError(path, f"not a reader public key: {_PUBLIC_FORMAT}")
    return PublicKey(bytes.fromhex(digits))


def _read_key_file(path: Path) -> str:
    """The text of a small key file; KeyFileError when it is not one."""
    try:
        if not path.is_file():
            raise KeyFileError(path, "no such file" if not path.exists() else "not a regular file")
        with path.open("rb") as stream:
            data = stream.read(MAX_KEY_FILE_BYTES + 1)
    except OSError as exc:
        raise KeyFileError(path, f"cannot read: {exc.strerror or exc}") from exc
    if len(data) > MAX_KEY_FILE_BYTES:
        raise KeyFileError(path, f"larger than {MAX_KEY_FILE_BYTES} bytes: not a key file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise KeyFileError(path, "not text: not a key file") from exc


def read_public_key(path: Path) -> PublicKey:
    """Read a ``.pub`` file; raise KeyFileError naming the file and what is wrong."""
    return parse_public_key(path, _read_key_file(path))


def read_secret_key(path: Path) -> SecretKey:
    """Read a ``.key`` file; raise KeyFileError (whose message never holds the file's text)."""
    text = _read_key_file(path)
    words = text.split()
    if words[:1] == [PUBLIC_PREFIX]:
        raise KeyFileError(path, "is a public key: signing needs the secret .key file 'reader keygen' wrote beside it")
    digits = "".join(words[1:])
    if words[:1] != [SECRET_PREFIX] or len(digits) != 2 * KEY_BYTES or not _HEX.issuperset(digits):
        raise KeyFileError(path, f"not a reader secret key: one line '{SECRET_PREFIX}' and 64 hex digits")
    return SecretKey(bytes.fromhex(digits))


def _write_new(path: Path, text: str, mode: int) -> None:
    """Write a file that must not exist yet, with ``mode`` as the umask leaves it (a secret key's
    0600 exactly: a umask never widens it, and the file is never made wider first)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags, mode)
    except FileExistsError as exc:
        raise KeyFileError(path, "already exists: a key is never written over (choose another --out)") from exc
    except OSError as exc:
        raise KeyFileError(path, f"cannot write: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "w", encoding="ascii") as stream:
            if os.name == "posix" and mode == SECRET_MODE:
                os.fchmod(stream.fileno(), SECRET_MODE)
            stream.write(text)
    except OSError as exc:
        path.unlink(missing_ok=True)
        raise KeyFileError(path, f"cannot write: {exc.strerror or exc}") from exc


def write_key_pair(prefix: Path, secret: SecretKey | None = None) -> tuple[Path, Path]:
    """Write ``PREFIX.key`` (mode 0600) and ``PREFIX.pub`` for a new key (or ``secret``); return
    both paths. Neither file may exist; on any failure neither is left behind."""
    secret = secret or SecretKey.generate()
    secret_path = prefix.with_name(prefix.name + SECRET_SUFFIX)
    public_path = prefix.with_name(prefix.name + PUBLIC_SUFFIX)
    if public_path.exists() or public_path.is_symlink():
        raise KeyFileError(public_path, "already exists: a key is never written over (choose another --out)")
    _write_new(secret_path, f"{SECRET_PREFIX} {secret.seed.hex()}\n", SECRET_MODE)
    try:
        _write_new(public_path, secret.public.line() + "\n", 0o644)
    except BaseException:
        with contextlib.suppress(OSError):
            secret_path.unlink()
        raise
    return secret_path, public_path
