"""Exceptions raised by the core; the CLI and the window turn them into one-line messages."""

from __future__ import annotations

from pathlib import Path

from reader.core.safe_text import visible


class ReaderError(Exception):
    """Base class of every error the reader reports to a person."""


class SourceError(ReaderError):
    """An article source (or the source folder) cannot be built; names the file and line."""

    def __init__(self, path: Path | str, message: str, line: int | None = None) -> None:
        self.path = Path(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line is not None else str(self.path)
        super().__init__(visible(f"{where}: {message}"))  # one line, whatever the path or message holds


class BundleError(ReaderError):
    """A bundle is missing, unreadable, of another schema, or does not match its digest."""

    def __init__(self, path: Path | str, message: str) -> None:
        self.path = Path(path)
        self.message = message
        super().__init__(visible(f"{self.path}: {message}"))  # one line, whatever the path or message holds


class SectionNotFoundError(ReaderError):
    """A section id asked for is not in the bundle."""

    def __init__(self, section_id: str) -> None:
        self.section_id = section_id
        super().__init__(f"no section with id {section_id!r} (see 'reader outline')")


class StartError(ReaderError):
    """The window could not start for a reason that is not its input (already told in a dialog)."""
