"""The frozen app's entry point: the same command line as ``python -m reader``."""

import sys

from reader.cli import main

sys.exit(main())
