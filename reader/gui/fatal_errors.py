"""Fatal errors (a crash in Qt, an abort of the interpreter) leave their traceback in a file."""

from __future__ import annotations

import contextlib
import faulthandler


def trace_fatal_errors_to(stream: object) -> None:
    """Have faulthandler write the traceback of a fatal error to a file's stream."""
    # No file descriptor (a windowed app on Windows has no stderr): nowhere to write.
    with contextlib.suppress(AttributeError, ValueError, OSError):
        faulthandler.enable(stream, all_threads=True)  # type: ignore[arg-type]
