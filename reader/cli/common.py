"""What every command shares: the usage error, JSON output, the library a command reads and its notices."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader import APP_NAME
from reader.core.errors import ReaderError
from reader.core.library import Library, Notice
from reader.core.safe_text import visible_json


class UsageError(ReaderError):
    """The command line asks for something that cannot be done as asked."""


def print_json(value: object, compact: bool = False) -> None:
    """Print a value as JSON, with what a terminal would obey escaped (see ``visible_json``)."""
    import json

    print(visible_json(json.dumps(value, ensure_ascii=False, indent=None if compact else 2)))


def named(args: argparse.Namespace) -> list[Path]:
    """The bundles named with --bundle, before or after the command, in the order given."""
    return [*(getattr(args, "bundle", None) or ()), *getattr(args, "bundles", ())]


def notify(notices: list[Notice]) -> None:
    """Tell what the library left out, one line each on standard error."""
    for notice in notices:
        print(f"{APP_NAME}: notice: {notice}", file=sys.stderr)


def open_library(args: argparse.Namespace) -> Library:
    """Open the library the command reads: the bundles named, else every one it can see."""
    library = Library.open(named(args) or None)
    notify(library.notices)
    return library
