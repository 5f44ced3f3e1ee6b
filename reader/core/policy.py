"""Rules the whole reader keeps, each written once: which links it knows, how it joins a section's
path, how many hits the window lists, and what its exit codes mean."""

from __future__ import annotations

LINK_SCHEMES = ("http", "https", "mailto")
"""The only schemes a link may have (besides #section links); such a link is shown, never opened."""

PATH_SEPARATOR = " › "
"""Between the titles of a section's path: "The Negative Effects of Ketamine › 2. Hallucinations"."""

WINDOW_SEARCH_LIMIT = 50
"""The most hits the window lists (and the self-check asks for)."""
INTERFACE_LANGUAGE = "en"
"""The language of the window's words, which is the language its searches are typed in (stop words
and the word list that tells words from typos): English until the interface is translated."""


EXIT_OK = 0
EXIT_PROBLEM = 1
"""A check, build or self-check found a problem in the content; or the window could not start."""
EXIT_USAGE = 2
"""A usage error, an unknown section or format, or a file that cannot be read."""
