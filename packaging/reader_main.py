"""The frozen app's entry point (reader and, on Windows, reader-cli): the same command line as
``python -m reader``, with UTF-8 output."""

import sys

from reader.__main__ import run

sys.exit(run())
