"""Generate a synthetic library of article sources for benchmarks (reused by the search bench).

Words are drawn from a Zipf-distributed vocabulary of made-up words, so that a few words are very
common and most are rare, as in real text. The same seed gives the same library.

    python -m bench.library OUT_DIR [--articles 400] [--seed 1]
"""

from __future__ import annotations

import argparse
import itertools
import random
from pathlib import Path

SYLLABLES = [c + v for c in "bcdfghklmnprstvz" for v in ("a", "e", "i", "o", "u", "ai", "ou")]
PARTS_PER_ARTICLE = 4
SUBSECTIONS_PER_PART = 5  # 1 title + 4 parts + 20 sub-sections = 25 sections per article
ZIPF_EXPONENT = 1.07
PART_NAMES = ("Overview", "Treatment", "Side effects", "Frequently asked questions", "Prevention", "When to get help")
"""Part headings every clinic article has: the same names in every article, as in a real library."""
SUB_NAMES = ("What it is", "Causes", "Symptoms", "Dosage", "Children", "Pregnancy", "Warning signs", "Follow-up")


def vocabulary(size: int, rng: random.Random) -> list[str]:
    """Return ``size`` distinct made-up words of two to four syllables."""
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


class Writer:
    """Draws Zipf-distributed words and writes article sources."""

    def __init__(self, seed: int, vocabulary_size: int = 20_000) -> None:
        self.rng = random.Random(seed)
        self.words = vocabulary(vocabulary_size, self.rng)
        self.rng.shuffle(self.words)
        weights = [1 / rank**ZIPF_EXPONENT for rank in range(1, vocabulary_size + 1)]
        self.cumulative = list(itertools.accumulate(weights))

    def phrase(self, count: int) -> str:
        """Return ``count`` words drawn by frequency."""
        return " ".join(self.rng.choices(self.words, cum_weights=self.cumulative, k=count))

    def sentence(self) -> str:
        """Return one sentence of 6 to 20 words."""
        text = self.phrase(self.rng.randint(6, 20))
        return text[0].upper() + text[1:] + "."

    def paragraph(self) -> str:
        """Return a paragraph of 2 to 6 sentences."""
        return " ".join(self.sentence() for _ in range(self.rng.randint(2, 6)))

    def body(self) -> list[str]:
        """Return the blocks of one section: paragraphs, sometimes a table or a list."""
        blocks = [self.paragraph() for _ in range(self.rng.randint(1, 3))]
        roll = self.rng.random()
        if roll < 0.15:
            rows = [f"| {self.phrase(2)} | {self.sentence()} |" for _ in range(self.rng.randint(3, 6))]
            blocks.append("\n".join(["| Item | Description |", "|---|---|", *rows]))
        elif roll < 0.30:
            blocks.append("\n".join(f"- {self.sentence()}" for _ in range(self.rng.randint(3, 5))))
        return blocks

    def article(self, number: int) -> str:
        """Return the source of article ``number``: 25 sections, their headings mostly the names every
        article has (unique inside the article only), with an ``id`` in the front matter."""
        title = f"{self.phrase(4).title()} (article {number})"
        front = "\n".join(
            [
                "---",
                f"id: topic-{number:04d}",
                f'title: "{title}"',
                f'source: "Synthetic benchmark library, article {number}"',
                "language: en",
                'edition: "benchmark"',
                "---",
            ]
        )
        blocks = [front, f"# {title}", *self.body()]
        parts = self.rng.sample(PART_NAMES, PARTS_PER_ARTICLE)
        for part in parts:
            blocks += [f"## {part}", *self.body()]
            for sub, name in enumerate(self.rng.sample(SUB_NAMES, SUBSECTIONS_PER_PART), start=1):
                # The same sub-heading under two parts of one article would share its slug.
                blocks += [f"### {sub}. {name} ({part.lower()})", *self.body()]
        return "\n\n".join(blocks) + "\n"


def generate_library(out: Path, articles: int = 400, seed: int = 1) -> list[Path]:
    """Write ``articles`` synthetic sources into ``out`` and return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    writer = Writer(seed)
    paths = []
    for number in range(1, articles + 1):
        path = out / f"article-{number:04d}.md"
        path.write_text(writer.article(number), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    """Write a synthetic library to a folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    paths = generate_library(args.out, args.articles, args.seed)
    print(f"wrote {len(paths)} articles to {args.out}")


if __name__ == "__main__":
    main()
