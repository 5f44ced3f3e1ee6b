"""The rotating log file (its own module: ``logging.handlers`` is loaded only once the log opens)."""

from __future__ import annotations

import logging.handlers

from reader.gui.fatal_errors import trace_fatal_errors_to


class LogFile(logging.handlers.RotatingFileHandler):
    """The rotating log file; fatal errors are written to whichever file is current."""

    def doRollover(self) -> None:  # noqa: N802
        """Rotate, then point faulthandler at the new file."""
        super().doRollover()
        trace_fatal_errors_to(self.stream)
