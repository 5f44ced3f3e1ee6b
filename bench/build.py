"""Build time and bundle size: the shipped article and a synthetic 400-article library.

Each row puts our full build (parse, sanitize, render, write SQLite with FTS5 and digest, verify)
beside a baseline measured in the same run: markdown-it-py alone rendering the same sources to
HTML, the least any build from Markdown costs. Sizes: the bundle beside the sources it holds.

    python -m bench.build [--articles 400] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from markdown_it import MarkdownIt

from bench.library import generate_library
from reader.core.builder import build_bundle
from reader.core.bundle import Bundle
from reader.core.locations import articles_dir, stylesheet_path, synonyms_path
from reader.core.sources import source_files


def _median_seconds(work: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _markdown_only(source: Path) -> None:
    md = MarkdownIt("commonmark", {"html": False}).enable("table")
    for path in source_files(source):
        md.render(path.read_text(encoding="utf-8"))


def measure(name: str, source: Path, out: Path, repeat: int) -> list[str]:
    """Return a table row of build figures for one folder of sources."""
    stylesheet = stylesheet_path()
    synonyms = synonyms_path()
    build = _median_seconds(lambda: build_bundle(source, out, stylesheet, synonyms), repeat)
    baseline = _median_seconds(lambda: _markdown_only(source), repeat)
    with Bundle.open(out) as bundle:
        sections = bundle.section_count()
    source_bytes = sum(p.stat().st_size for p in source_files(source))
    return [
        name,
        f"{sections:,}",
        f"{build * 1000:,.0f} ms",
        f"{baseline * 1000:,.0f} ms",
        f"{build / baseline:.1f}x",
        f"{out.stat().st_size / 1024:,.0f} KiB",
        f"{source_bytes / 1024:,.0f} KiB",
    ]


def main() -> None:
    """Print build time and size for the shipped article and the synthetic library."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        library = folder / "library"
        generate_library(library, args.articles)
        rows = [
            measure("shipped article", articles_dir(), folder / "shipped.sqlite", args.repeat),
            measure(f"synthetic, {args.articles} articles", library, folder / "library.sqlite", args.repeat),
        ]
    header = ["content", "sections", "build", "markdown-it only", "ratio", "bundle", "sources"]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, ["-" * w for w in widths], *rows]:
        print(
            " | ".join(
                cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths, strict=True))
            )
        )
    print(f"(median of {args.repeat} runs each)")


if __name__ == "__main__":
    main()
