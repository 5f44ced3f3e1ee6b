"""SHA-256 for the bundle's digest and the build cache's key, without loading OpenSSL.

``hashlib.sha256`` is OpenSSL's, and loading OpenSSL's library was 1% of the window's time to its
first paint (``python -m bench.startup``). CPython carries its own SHA-256 (``_sha2`` from 3.12,
``_sha256`` before), the one hashlib falls back to itself; hashlib stays the fallback here.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Protocol


class Hash(Protocol):
    """The part of a hashlib hash object the reader uses."""

    def update(self, data: bytes, /) -> None:
        """Add bytes to the hash."""

    def hexdigest(self) -> str:
        """Return the digest in hexadecimal."""


CPYTHON_MODULES = ("_sha2", "_sha256")  # by name, so build.spec lists them for PyInstaller


def _constructor() -> Callable[[], Hash]:
    for name in CPYTHON_MODULES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        constructor: Callable[[], Hash] = module.sha256
        return constructor
    import hashlib

    return hashlib.sha256


sha256 = _constructor()
