"""PyStemmer (the compiled Snowball stemmers a content build uses when installed) and
snowballstemmer's own Python ones (what the frozen app, which leaves PyStemmer out, stems queries
with) give the same stems: a bundle built with one is searched with the other."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from reader.core.text import _SNOWBALL, words

Stemmer = pytest.importorskip("Stemmer", reason="PyStemmer is not installed (Windows)")

REPO = Path(__file__).resolve().parents[2]


def _vocabulary() -> list[str]:
    sources = [
        REPO / "tests" / "data" / "ketamine-effects.txt",
        *sorted((REPO / "tests" / "data" / "languages").glob("*.md")),
    ]
    text = " ".join(path.read_text(encoding="utf-8") for path in sources)
    # Word forms that exercise the suffix rules: plurals, verb endings, Portuguese -ção, Arabic articles.
    text += " treating treatments nausea vomiting enfants vomissements niños dolores ações infecção الأطفال والحمى"
    return sorted(set(words(text)))


def _pure(algorithm: str) -> object:
    module = importlib.import_module(f"snowballstemmer.{algorithm}_stemmer")
    (cls,) = [value for name, value in vars(module).items() if name.lower() == f"{algorithm}stemmer"]
    return cls()


@pytest.mark.parametrize("algorithm", sorted(set(_SNOWBALL.values())))
def test_compiled_and_python_stemmers_agree(algorithm: str) -> None:
    compiled, pure = Stemmer.Stemmer(algorithm), _pure(algorithm)
    vocabulary = _vocabulary()
    assert len(vocabulary) > 500
    differ = [(word, pure.stemWord(word), compiled.stemWord(word)) for word in vocabulary]  # type: ignore[attr-defined]
    assert [row for row in differ if row[1] != row[2]] == []
