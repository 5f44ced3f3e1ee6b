"""reader.core.sha: the same SHA-256 as hashlib's, with or without CPython's own module."""

from __future__ import annotations

import hashlib
import importlib
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core import sha


@given(st.lists(st.binary(max_size=300), max_size=5))
def test_same_digest_as_hashlib(chunks: list[bytes]) -> None:
    ours, theirs = sha.sha256(), hashlib.sha256()
    for chunk in chunks:
        ours.update(chunk)
        theirs.update(chunk)
    assert ours.hexdigest() == theirs.hexdigest()


def test_not_openssl_where_cpython_has_its_own() -> None:
    assert sha.sha256 is not hashlib.sha256


def test_falls_back_to_hashlib_without_cpython_s_module(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.import_module

    def without_sha(name: str, package: str | None = None) -> ModuleType:
        if name in sha.CPYTHON_MODULES:
            raise ImportError(name)
        return real(name, package)

    monkeypatch.setattr(importlib, "import_module", without_sha)
    assert sha._constructor() is hashlib.sha256
