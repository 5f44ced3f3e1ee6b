"""Entry point for ``python -m reader`` and the frozen app (``packaging/reader_main.py``)."""

from __future__ import annotations

import sys

from reader.cli import main


def run() -> int:
    """Run the reader's command line (its output is UTF-8: ``reader.cli.main``); return its exit code."""
    return main()


if __name__ == "__main__":
    sys.exit(run())
