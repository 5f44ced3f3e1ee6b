"""The reader's window: thin Qt widgets over ``reader.core``.

Importing this package takes one PySide hook out of Python's import. PySide puts
``__feature_import__`` in ``builtins.__import__`` for ``from __feature__ import ...``, and to
serve it reads the source file of every module imported after PySide, looking for "PySide6".
The reader uses no ``__feature__``, and that reading was 2-3% of the time to a painted window
(``python -m bench.startup``). PySide's documentation names ``__orig_import__`` as the import
underneath the hook; here it is PySide's lazy type loading, which stays.
"""

from __future__ import annotations

import builtins

import PySide6  # noqa: F401  (importing it installs the hook)


def _skip_feature_import() -> None:
    feature_import = getattr(builtins, "__feature_import__", None)
    underneath = getattr(builtins, "__orig_import__", None)
    if feature_import is not None and underneath is not None and builtins.__import__ is feature_import:
        builtins.__import__ = underneath


_skip_feature_import()
