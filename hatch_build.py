"""Hatch build hook: compile the interface's translations (``reader/i18n/*.ts``) into the ``.qm``
files beside them, so that every wheel (and an editable install, which reads the checkout) has them.

``pip install`` runs it through ``[tool.hatch.build.hooks.custom]`` in pyproject.toml; the work is
``packaging/translations.py``'s. Without ``.ts`` files it does nothing. The sdist carries the
sources only: the wheel built from it compiles them.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

I18N = Path("reader") / "i18n"


class TranslationsHook(BuildHookInterface):  # type: ignore[type-arg]
    """Writes ``reader/i18n/*.qm`` before a wheel is built, and ships them in it (git ignores them)."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Compile the translations for the wheel target, editable or not; the sdist needs none."""
        if self.target_name != "wheel":
            return
        root = Path(self.root)
        # By its path: 'packaging' is PyPI's library, not an importable folder of ours.
        spec = importlib.util.spec_from_file_location("reader_translations", root / "packaging" / "translations.py")
        if spec is None or spec.loader is None:
            raise SystemExit(f"hatch_build.py: cannot load {root / 'packaging' / 'translations.py'}")
        translations = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(translations)
        try:
            written = translations.compile_translations(root / I18N, root / I18N)
        except translations.TranslationError as exc:
            raise SystemExit(f"reader translations: {exc}") from None  # one line, no traceback of ours
        build_data["artifacts"].extend((I18N / path.name).as_posix() for path in written)
