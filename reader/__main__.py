"""Entry point for ``python -m reader`` and the frozen app (``packaging/reader_main.py``)."""

from __future__ import annotations

import sys

from reader.cli import main


def utf8_output() -> None:
    """Make standard output and error UTF-8, whatever the locale or Windows code page.

    A pipe or file on Windows otherwise gets the ANSI code page (cp1252: "›" and "…" of search
    results and exports come out as other bytes, or not at all), and a Linux started under the
    C locale gets ASCII. A stream that is absent (a windowed Windows app has none) is left alone.
    """
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")


def run() -> int:
    """Run the reader's command line with UTF-8 output; return its exit code."""
    utf8_output()
    return main()


if __name__ == "__main__":
    sys.exit(run())
