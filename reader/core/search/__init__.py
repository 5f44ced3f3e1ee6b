"""Search that forgives: exact words first, then word forms, synonyms and typo corrections.

A query is parsed into words (case, accents and punctuation folded; a possessive 's dropped)
and "quoted phrases". Nothing the user types reaches FTS5 as syntax: the MATCH expression is
built here from folded words only, each one quoted, and bound as a parameter.

Results come in tiers, each ranked by bm25 with titles weighing more than text:
exact words (the last word also as a prefix while typing) > word forms (stems) > synonyms >
typo corrections. A lower tier only fills the places a higher one left.

Each article's text is indexed in its own language (word forms, stop words, word list:
``reader.core.search.languages``); a query is read in the language it is typed in where the bundle
has it, and looked for by its word forms in every language of the bundle.

The index itself (its tables, how they are written and checked) is ``reader.core.search.index``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.search.engine import TIERS as TIERS
    from reader.core.search.engine import Searcher as Searcher
    from reader.core.search.query import STOP_WORDS as STOP_WORDS
    from reader.core.search.query import Query as Query
    from reader.core.search.query import highlight_pattern as highlight_pattern
    from reader.core.search.query import parse_query as parse_query
    from reader.core.search.results import MARK_END as MARK_END
    from reader.core.search.results import MARK_START as MARK_START
    from reader.core.search.results import Hit as Hit
    from reader.core.search.results import LibraryHit as LibraryHit
    from reader.core.search.results import SearchResult as SearchResult
    from reader.core.search.vocabulary import Vocabulary as Vocabulary

# The names below load with the first that is used: every bundle that opens reads index.py (and so
# this package), and the engine with it would add 12-17 ms to the window's start-up (dataclasses,
# html; python -X importtime), which leaves search to the first query or the warm-up.
_MODULE_OF = {
    "TIERS": "engine",
    "Searcher": "engine",
    "STOP_WORDS": "query",
    "Query": "query",
    "highlight_pattern": "query",
    "parse_query": "query",
    "MARK_END": "results",
    "MARK_START": "results",
    "Hit": "results",
    "LibraryHit": "results",
    "SearchResult": "results",
    "Vocabulary": "vocabulary",
}


def __getattr__(name: str) -> object:
    """Import a public name of the package from its module on first use."""
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
