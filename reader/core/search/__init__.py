"""Search that forgives: exact words first, then word forms, synonyms and typo corrections.

A query is parsed into words (case, accents and punctuation folded; a possessive 's dropped)
and "quoted phrases". Nothing the user types reaches FTS5 as syntax: the MATCH expression is
built here from folded words only, each one quoted, and bound as a parameter.

Results come in tiers, each ranked by bm25 with titles weighing more than text:
exact words (the last word also as a prefix while typing) > word forms (stems) > synonyms >
typo corrections. A lower tier only fills the places a higher one left.
"""

from reader.core.search.engine import TIERS, Searcher
from reader.core.search.query import STOP_WORDS, Query, highlight_pattern, parse_query
from reader.core.search.results import MARK_END, MARK_START, Hit, SearchResult
from reader.core.search.vocabulary import Vocabulary

__all__ = [
    "MARK_END",
    "MARK_START",
    "STOP_WORDS",
    "TIERS",
    "Hit",
    "Query",
    "SearchResult",
    "Searcher",
    "Vocabulary",
    "highlight_pattern",
    "parse_query",
]
