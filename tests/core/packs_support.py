"""Helpers for the content-pack tests: pack sources, packs built and signed by the public code, and
a byte-for-byte picture of a folder."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from reader.core.atomic import atomic_path
from reader.core.builder import build_bundle
from reader.core.bundle import content_digest
from reader.core.locations import stylesheet_path, synonyms_path
from reader.core.packs.keys import SecretKey
from reader.core.packs.manifest import PackInfo
from reader.core.packs.seal import seal_bundle
from reader.core.packs.trust import add_trusted

StrPath = str | os.PathLike[str]

SNAKE = ("snake-bite", "Snake Bite", "Zorblax venom signs", "Swelling and zorblax marks around the bite.")


def write_article(folder: Path, article_id: str, title: str, heading: str, body: str) -> Path:
    """Write one article source (file name = article id) with one section of its own."""
    folder.mkdir(parents=True, exist_ok=True)
    front = f'---\ntitle: "{title}"\nsource: "Test source"\nlanguage: en\nedition: "1"\n---\n\n'
    text = f"{front}# {title}\n\nAbout {title.lower()}.\n\n## {heading}\n\n{body}\n"
    (folder / f"{article_id}.md").write_text(text, encoding="utf-8")
    return folder


def build_pack(
    out: Path,
    secret: SecretKey | None,
    pack_id: str = "snake-pack",
    version: int = 1,
    article: tuple[str, str, str, str] = SNAKE,
) -> Path:
    """Build a one-article pack at ``out``, signed with ``secret`` (unsigned with None)."""
    source = write_article(out.parent / f"src-{out.stem}", *article)
    pack = PackInfo(pack_id, f"Pack {pack_id}", "Test Publisher", version)
    with atomic_path(out) as tmp:
        build_bundle(source, tmp, stylesheet_path(), synonyms_path())
        seal_bundle(tmp, pack, secret)
    return out


def trust(secret: SecretKey, folder: Path, system: bool = False) -> None:
    """Trust ``secret``'s public key (its .pub written into ``folder`` first)."""
    folder.mkdir(parents=True, exist_ok=True)
    public = folder / f"{secret.public.key_id}.pub"
    public.write_text(secret.public.line() + "\n", encoding="ascii")
    add_trusted(public, system)


def snapshot(folder: Path) -> dict[str, bytes] | None:
    """Every file under ``folder`` (hidden ones too) by relative name with its bytes; None when the
    folder does not exist. Two equal snapshots mean the folder is byte-for-byte unchanged."""
    if not folder.exists():
        return None
    found: dict[str, bytes] = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs:
            found[os.path.relpath(os.path.join(root, name), folder) + "/"] = b""
        for name in files:
            path = Path(root, name)
            found[os.path.relpath(path, folder)] = path.read_bytes()
    return found


def forge(path: Path, sql: str, params: tuple[object, ...] = ()) -> None:
    """Change a bundle with ``sql``, then recompute its digest as a forger would."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute(sql, params)
        conn.execute("UPDATE meta SET value = ? WHERE key = 'digest'", (content_digest(conn),))
        conn.commit()


def hold_open(monkeypatch: pytest.MonkeyPatch, *held: Path) -> None:
    """Make ``os.replace`` over one of ``held`` fail as Windows fails it while a reader has that file
    open (SQLite opens files without FILE_SHARE_DELETE): PermissionError. Linux never does."""
    real = os.replace

    def replace(source: StrPath, target: StrPath, **kwargs: Any) -> None:
        if Path(target) in held and Path(target).exists():
            raise PermissionError(13, "The process cannot access the file: another process uses it", str(target))
        real(source, target, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
