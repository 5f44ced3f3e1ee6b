"""Search latency on a large library: our search beside a plain FTS5 query, in the same run.

Builds the synthetic library (400 articles of bench/library.py, about 10,000 sections) plus the
shipped article into one bundle, then times per query, p50 and p95:
- ours: reader.core.search (parsing, stems, synonyms, typo correction, snippets included);
- plain: one FTS5 query of the words as written, with a snippet, ranked by bm25 (Searcher.plain_search).

    python -m bench.search [--articles 400] [--repeat 5]
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.library import generate_library
from reader.core.builder import build_bundle
from reader.core.bundle import Bundle
from reader.core.locations import articles_dir, stylesheet_path, synonyms_path
from reader.core.search import Searcher, Vocabulary, parse_query

ORDINARY = ("one word (mid frequency)", "one rare word", "two words")


def query_sets(vocabulary: Vocabulary, rng: random.Random) -> dict[str, list[str]]:
    """Queries of several kinds drawn from the bundle's own vocabulary."""
    terms = sorted(vocabulary.docs.items(), key=lambda t: (-t[1], t[0]))
    common = [w for w, _ in terms[:20] if len(w) > 3]
    middle = [w for w, _ in terms[200:2000] if len(w) > 4]
    rare = [w for w, _ in terms[-3000:] if len(w) > 4]

    def typo(word: str) -> str:
        i = rng.randrange(1, len(word) - 1)
        return word[:i] + word[i + 1 :]

    return {
        "one word (mid frequency)": rng.sample(middle, 40),
        "one rare word": rng.sample(rare, 40),
        "two words": [
            f"{a} {b}" for a, b in zip(rng.sample(middle, 40), rng.sample(common + middle[:50], 40), strict=True)
        ],
        "typo (one letter missing)": [typo(w) for w in rng.sample(middle, 40)],
        "shipped article, synonyms": ["nausea", "safety", "painkiller", "hypertension", "physician", "addiction"] * 4,
        "prefix, 3 letters": [w[:3] for w in rng.sample(middle, 40)],
        "worst: most common words": common[:10],
        "worst: 3-letter prefix of common words": [w[:3] for w in common[:10]],
    }


def timed(work: Callable[[str], object], queries: list[str], repeat: int) -> list[float]:
    """Milliseconds per query, the best of ``repeat`` runs of each (caches warm)."""
    samples = []
    for query in queries:
        best = float("inf")
        for _ in range(repeat):
            started = time.perf_counter()
            work(query)
            best = min(best, time.perf_counter() - started)
        samples.append(best * 1000)
    return samples


def plain_expression(query: str) -> str:
    """The plain FTS5 query for the same words (prefix on the last word, as ours does)."""
    parsed = parse_query(query)
    if not parsed.words:
        return '""'
    parts = [f'"{w}"' for w in parsed.words]
    if parsed.prefix:
        parts[-1] += "*"
    return " AND ".join(parts)


def main() -> None:
    """Print p50, p95 and max per kind of query, ours beside plain FTS5."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "library"
        generate_library(folder, args.articles)
        shutil.copy(articles_dir() / "ketamine-effects.md", folder / "ketamine-effects.md")
        out = Path(tmp) / "library.sqlite"
        build_bundle(folder, out, stylesheet_path(), synonyms_path())
        with Bundle.open(out) as bundle:
            searcher = Searcher(bundle)
            searcher.search("warm up")
            print(f"{bundle.section_count():,} sections, {out.stat().st_size / 2**20:.1f} MiB")

            def plain(query: str) -> object:
                return searcher.plain_search(plain_expression(query))

            print(f"{'queries':<40} {'ours p50':>9} {'p95':>7} {'max':>7}   {'plain p50':>9} {'p95':>7} {'max':>7}")
            everything_ours: list[float] = []
            everything_plain: list[float] = []
            ordinary_ours: list[float] = []
            ordinary_plain: list[float] = []
            for name, queries in query_sets(searcher.vocabulary, rng).items():
                ours = timed(searcher.search, queries, args.repeat)
                base = timed(plain, queries, args.repeat)
                everything_ours += ours
                everything_plain += base
                if name in ORDINARY:
                    ordinary_ours += ours
                    ordinary_plain += base
                print(f"{name:<40} {_row(ours)}   {_row(base)}")
            print(f"{'ordinary (' + ', '.join(ORDINARY) + ')':<40}")
            print(f"{'':<40} {_row(ordinary_ours)}   {_row(ordinary_plain)}")
            print(f"{'all':<40} {_row(everything_ours)}   {_row(everything_plain)}")


def _row(samples: list[float]) -> str:
    p50 = statistics.median(samples)
    p95 = statistics.quantiles(samples, n=20)[-1] if len(samples) > 1 else samples[0]
    return f"{p50:7.2f}ms {p95:6.2f}ms {max(samples):6.1f}ms"


if __name__ == "__main__":
    main()
