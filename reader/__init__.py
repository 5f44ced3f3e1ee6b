"""reader: an offline desktop reader for health articles, built for clinics without internet."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "reader"
