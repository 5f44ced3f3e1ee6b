"""The command line: parse, call core (or the window), turn errors into one line and an exit code.

Exit codes: 0 success; 1 a check or build found a problem in the content, or a content pack was
refused; 2 a usage error, an unknown section or format, or a bundle or file that cannot be read.

``parser`` builds the parser; ``content`` runs the commands that read content (and opens the
window), ``building`` runs ``reader build``, ``packs`` the content-pack commands (loaded only
when one runs: they bring PyNaCl).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from reader import APP_NAME
from reader.cli.building import cmd_build
from reader.cli.common import UsageError
from reader.cli.content import (
    cmd_check,
    cmd_export,
    cmd_info,
    cmd_outline,
    cmd_search,
    cmd_self_check,
    cmd_window,
)
from reader.cli.parser import build_parser
from reader.core.errors import ReaderError, SourceError, StartError
from reader.core.policy import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE
from reader.core.safe_text import visible

__all__ = ["UsageError", "main"]


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse the command line (``sys.argv`` when ``argv`` is None)."""
    return build_parser().parse_args(sys.argv[1:] if argv is None else list(argv))


def _cmd_keygen(args: argparse.Namespace) -> int:
    from reader.cli.packs import cmd_keygen

    return cmd_keygen(args)


def _cmd_trust(args: argparse.Namespace) -> int:
    from reader.cli.packs import cmd_trust

    return cmd_trust(args)


def _cmd_library(args: argparse.Namespace) -> int:
    from reader.cli.packs import cmd_library

    return cmd_library(args)


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "build": cmd_build,
    "check": cmd_check,
    "outline": cmd_outline,
    "info": cmd_info,
    "export": cmd_export,
    "self-check": cmd_self_check,
    "search": cmd_search,
    "keygen": _cmd_keygen,
    "trust": _cmd_trust,
    "library": _cmd_library,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the reader's command line; return the exit code."""
    # UTF-8 whatever the locale or Windows code page (a pipe or file there gets cp1252 otherwise:
    # "›" and "…" of search results and exports came out as other bytes), and odd input never stops
    # the output. A stream that is absent (a windowed Windows app has none) is left alone.
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")
    args = _parse(argv)
    command = _COMMANDS.get(args.command, cmd_window)
    try:
        return command(args)
    except (SourceError, StartError) as exc:
        print(f"{APP_NAME}: error: {visible(str(exc))}", file=sys.stderr)
        return EXIT_PROBLEM
    except ReaderError as exc:
        print(f"{APP_NAME}: error: {visible(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:  # the last resort: a name too long, a disk that fails, ... in one line
        print(f"{APP_NAME}: error: {visible(_os_error_line(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


def _os_error_line(exc: OSError) -> str:
    """``FILENAME: STRERROR`` for an OSError, or what there is of that."""
    reason = exc.strerror or str(exc) or type(exc).__name__
    if exc.filename is None:
        return reason
    return f"{os.fsdecode(exc.filename)}: {reason}"
