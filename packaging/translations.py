"""Compile the interface's translations: Qt Linguist sources (``reader_<lang>.ts``) to the ``.qm``
files the reader loads, with PySide6's ``lrelease``.

The wheel build (``hatch_build.py``, which ``pip install`` runs, editable or not) writes them beside
the sources in ``reader/i18n/``; ``build.spec`` compiles them afresh for the frozen app.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


class TranslationError(Exception):
    """lrelease is missing or failed; the message is one line."""


def lrelease() -> Path:
    """PySide6's lrelease: ``pyside6-lrelease`` beside the running Python, else the PySide6 package's own."""
    suffix = ".exe" if sys.platform == "win32" else ""
    beside = Path(sys.executable).parent / f"pyside6-lrelease{suffix}"
    if beside.is_file():
        return beside
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin is not None:
        package = Path(spec.origin).parent
        for candidate in (package / f"lrelease{suffix}", package / "Qt" / "libexec" / f"lrelease{suffix}"):
            if candidate.is_file():
                return candidate
    found = shutil.which("pyside6-lrelease")
    if found:
        return Path(found)
    raise TranslationError("pyside6-lrelease not found (beside Python or in PySide6): install PySide6-Essentials")


def compile_translations(source_dir: Path, out_dir: Path) -> list[Path]:
    """Compile every ``*.ts`` of a folder into ``out_dir`` (``reader_fr.ts`` to ``reader_fr.qm``)
    and return the ``.qm`` files written, sorted; none (and lrelease not needed) without sources.

    Raises TranslationError, in one line, when lrelease is missing or reports an error.
    """
    sources = sorted(source_dir.glob("*.ts"))
    if not sources:
        return []
    tool = lrelease()
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for source in sources:
        target = out_dir / f"{source.stem}.qm"
        # Its output into a file, not a pipe: under Wine (the Windows build) a process lrelease
        # starts can inherit the pipe and keep it open, and reading it would never end.
        with tempfile.TemporaryFile() as output:
            done = subprocess.run(
                [str(tool), "-silent", str(source), "-qm", str(target)],
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=subprocess.STDOUT,
                check=False,
            )
            output.seek(0)
            said = [line.strip() for line in output.read().decode(errors="replace").splitlines() if line.strip()]
        if done.returncode != 0 or not target.is_file():
            reason = said[0] if said else f"exit code {done.returncode}"
            raise TranslationError(f"lrelease failed on {source.name}: {reason}")
        written.append(target)
    return written


if __name__ == "__main__":
    # python packaging/translations.py SOURCE_DIR OUT_DIR: what the build hook does, by hand.
    try:
        for path in compile_translations(Path(sys.argv[1]), Path(sys.argv[2])):
            print(path)
    except (TranslationError, IndexError) as exc:
        print(f"translations.py: error: {exc}", file=sys.stderr)
        sys.exit(1)
