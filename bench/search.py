"""Search latency on a large library: our search beside a plain FTS5 query, in the same run.

Builds the synthetic library (400 articles of bench/library.py, about 10,000 sections) plus the
shipped article twice: into one bundle, and split into several bundles (``--bundles``, default 4)
opened as one library (reader.core.library). Then times per query, p50, p95 and max:
- library: the library's search over the several bundles, merged into one ranked list;
- one bundle: reader.core.search on the single bundle (parsing, stems, synonyms, typo correction,
  snippets included), the baseline;
- plain: one FTS5 query of the words as written, with a snippet, ranked by bm25 (Searcher.plain_search).

``--languages en,fr,ar`` deals the synthetic articles those languages in turn (their words are
made up, so this measures what a library of several languages costs: each query word looked for
by its stem in each language, not the quality of any stemmer).

    python -m bench.search [--articles 400] [--bundles 4] [--repeat 5] [--languages en]
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
from reader.core.library import Library
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


def split_library(folder: Path, count: int) -> list[Path]:
    """Move the articles of ``folder`` into ``count`` folders beside it, dealt in turn; return them."""
    parts = [folder.parent / f"part{n}" for n in range(count)]
    for part in parts:
        part.mkdir()
    for n, source in enumerate(sorted(folder.glob("*.md"))):
        shutil.copy(source, parts[n % count] / source.name)
    return parts


def set_languages(folder: Path, languages: list[str]) -> None:
    """Give the synthetic articles of ``folder`` the languages in turn (their front matter's ``language``)."""
    for n, source in enumerate(sorted(folder.glob("*.md"))):
        text = source.read_text(encoding="utf-8")
        source.write_text(text.replace("\nlanguage: en\n", f"\nlanguage: {languages[n % len(languages)]}\n", 1))


def main() -> None:
    """Print p50, p95 and max per kind of query: the library of several bundles, one bundle, plain FTS5."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--bundles", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--languages", default="en", help="comma-separated languages dealt to the articles")
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "library"
        generate_library(folder, args.articles)
        set_languages(folder, args.languages.split(","))
        shutil.copy(articles_dir() / "ketamine-effects.md", folder / "ketamine-effects.md")
        out = Path(tmp) / "library.sqlite"
        build_bundle(folder, out, stylesheet_path(), synonyms_path())
        paths = []
        for n, part in enumerate(split_library(folder, args.bundles)):
            paths.append(Path(tmp) / f"part{n}.sqlite")
            build_bundle(part, paths[-1], stylesheet_path(), synonyms_path())
        with Bundle.open(out) as bundle, Library.open(paths) as library:
            searcher = Searcher(bundle)
            searcher.search("warm up")
            several = library.searcher()
            several.search("warm up")
            sections = library.section_count()
            print(f"one bundle: {bundle.section_count():,} sections, {out.stat().st_size / 2**20:.1f} MiB")
            print(f"library: {len(library.bundles)} bundles, {sections:,} sections")

            def plain(query: str) -> object:
                return searcher.plain_search(plain_expression(query))

            head = f"{'p50':>9} {'p95':>7} {'max':>7}"
            print(f"{'queries':<40} {'library':>9} {'':>15}   {'one bundle':>10} {'':>14}   {'plain':>9}")
            print(f"{'':<40} {head}   {head}   {head}")
            columns: dict[str, list[list[float]]] = {"all": [[], [], []], "ordinary": [[], [], []]}
            for name, queries in query_sets(searcher.vocabulary, rng).items():
                row = [
                    timed(several.search, queries, args.repeat),
                    timed(searcher.search, queries, args.repeat),
                    timed(plain, queries, args.repeat),
                ]
                for key in ("all", "ordinary") if name in ORDINARY else ("all",):
                    for total, samples in zip(columns[key], row, strict=True):
                        total += samples
                print(f"{name:<40} " + "   ".join(_row(samples) for samples in row))
            print(f"{'ordinary (' + ', '.join(ORDINARY) + ')':<40}")
            print(f"{'':<40} " + "   ".join(_row(samples) for samples in columns["ordinary"]))
            print(f"{'all':<40} " + "   ".join(_row(samples) for samples in columns["all"]))


def _row(samples: list[float]) -> str:
    p50 = statistics.median(samples)
    p95 = statistics.quantiles(samples, n=20)[-1] if len(samples) > 1 else samples[0]
    return f"{p50:7.2f}ms {p95:6.2f}ms {max(samples):6.1f}ms"


if __name__ == "__main__":
    main()
