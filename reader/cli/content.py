"""The commands that read content: outline, info, search, export, check, self-check, and the window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from reader import APP_NAME, __version__
from reader.cli.common import UsageError, named, notify, open_library, print_json
from reader.core.bundle import Bundle
from reader.core.errors import BundleError, ReaderError
from reader.core.library import Library, library_places
from reader.core.model import iter_outline
from reader.core.policy import EXIT_OK, EXIT_PROBLEM
from reader.core.safe_text import visible

if TYPE_CHECKING:
    from reader.core.search import SearchResult


def cmd_check(args: argparse.Namespace) -> int:
    """reader check: verify each bundle of the library, one line each."""

    def check(path: Path) -> str:
        with Bundle.open(path, verify=False) as bundle:
            return bundle.full_check()

    return _each_bundle(args, check, "check", BundleError)


def _each_bundle(args: argparse.Namespace, work: Callable[[Path], str], name: str, failure: type[ReaderError]) -> int:
    """Run a check on each bundle of the library, one line each; 1 if any fails (or there is none)."""
    places, notices = library_places(named(args) or None)
    notify(notices)
    failed = 0
    for place in places:
        try:
            print(visible(work(place.path)))
        except failure as exc:
            failed += 1
            print(f"{APP_NAME}: {name} failed: {visible(str(exc))}", file=sys.stderr)
    if len(places) > 1:
        print(f"library: {len(places)} bundles, " + (f"{failed} failed" if failed else "all ok"))
    return EXIT_PROBLEM if failed or not places else EXIT_OK


def cmd_outline(args: argparse.Namespace) -> int:
    """reader outline: the sections of the library as a tree with their ids (or JSON)."""
    with open_library(args) as library:
        nodes = library.outline()
    if args.json:
        print_json([node.to_json() for node in nodes])
    else:
        rows = [("  " * depth + visible(node.title), visible(node.id)) for depth, node in iter_outline(nodes)]
        width = max((len(label) for label, _ in rows), default=0)
        for label, section_id in rows:
            print(f"{label:<{width}}  {section_id}")
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    """reader info: the library's metadata, corrections and bundles (or JSON)."""
    with open_library(args) as library:
        articles = library.articles()
        info = library.bundles[0].info()
        section_count = library.section_count()
        entries = library.entries()
        notices = [str(notice) for notice in library.notices]
    first = articles[0] if articles else None
    corrections = [
        {"article": a.id, "original": c.original, "corrected": c.corrected, "reason": c.reason}
        for a in articles
        for c in a.corrections
    ]
    fields: dict[str, object] = {
        "bundle": str(info.path),
        "title": first.title if first else "",
        "source": first.source if first else "",
        "public_source": first.public_source if first else "",
        "license": first.license if first else "",
        "language": first.language if first else "",
        "edition": first.edition if first else "",
        "built_at": info.built_at,
        "digest": info.digest,
        "sections": section_count,
        "articles": len(articles),
        "app_version": __version__,
        "schema_version": info.schema_version,
        "corrections": corrections,
        "library": [entry.to_json() for entry in entries],
        "notices": notices,
    }
    if args.json:
        print_json(fields)
        return EXIT_OK
    for key, value in fields.items():
        if key not in ("corrections", "library", "notices"):
            print(visible(f"{key + ':':<16}{value}"))
    print(f"{'corrections:':<16}{len(corrections)}")
    for item in corrections:
        before = repr(item["original"]) if item["original"] else "(added)"
        print(visible(f"  - {before} -> {item['corrected']!r}: {item['reason']}"))
    if len(entries) > 1:
        print(f"{'library:':<16}{len(entries)} bundles")
        for entry in entries:
            pack = entry.pack
            signed = f", key {entry.key_id}" if entry.key_id else ""
            named = f", pack {pack.id} v{pack.version} from {pack.publisher}{signed}" if pack else ""
            print(visible(f"  - {entry.path} ({entry.origin}, {entry.digest}{named}): {', '.join(entry.articles)}"))
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    """reader export: the library, or one section, as text, HTML or a PDF handout."""
    from reader.core.export import FORMATS, export_sections, to_html, to_text, write_text_atomically

    if args.format not in FORMATS:
        raise UsageError(f"unknown format {args.format!r}: choose one of {', '.join(FORMATS)}")
    with open_library(args) as library:
        if args.section is not None:
            bundle = library.find_section(args.section)
            parts = export_sections(bundle, args.section)
        elif args.format == "pdf":
            bundle = _one_bundle(library)
        else:
            whole = library.parts()
            bundle = whole[0][0]
            parts = [(article, sections) for _, article, sections in whole]
        if args.format == "pdf":
            return _export_pdf(bundle, args.section, args.out)
        content = to_text(parts) if args.format == "txt" else to_html(parts, bundle.stylesheet())
    if str(args.out) == "-":
        sys.stdout.write(visible(content, keep_newlines=True))
    else:
        write_text_atomically(args.out, content)
    return EXIT_OK


def _one_bundle(library: Library) -> Bundle:
    """The library's one bundle, shown whole, for a PDF of everything (a handout is of one bundle)."""
    if len(library.bundles) == 1 and len(library.articles()) == len(library.bundles[0].articles()):
        return library.bundles[0]
    raise UsageError(
        f"the library holds {len(library.bundles)} bundles: a PDF is of one; give --section ID or --bundle FILE"
    )


def _export_pdf(bundle: Bundle, section: str | None, out: Path) -> int:
    if str(out) == "-":
        raise UsageError("a PDF needs a file: give --out FILE.pdf")
    from reader.core.export import handout
    from reader.gui.application import ensure_gui_application
    from reader.gui.printing import write_pdf

    item = handout(bundle, section)
    ensure_gui_application(offscreen=True)
    pages = write_pdf(out, item)
    print(visible(f"wrote {out} ({pages} page{'s' * (pages != 1)})"))
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    """reader search: ranked hits for a query, or for each line of standard input."""
    if args.stdin == (args.query is not None):
        raise UsageError("give a QUERY or --stdin (not both)")
    if not 1 <= args.limit <= 200:
        raise UsageError(f"--limit must be between 1 and 200, not {args.limit}")
    with open_library(args) as library:
        searcher = library.searcher()
        if args.stdin:
            sys.stdin.reconfigure(encoding="utf-8", errors="replace")  # type: ignore[union-attr]
            for line in sys.stdin:
                _print_result(searcher.search(line.rstrip("\r\n"), args.limit), args.json, compact=True)
                sys.stdout.flush()
        else:
            _print_result(searcher.search(args.query, args.limit), args.json, compact=False)
    return EXIT_OK


def _print_result(result: SearchResult, as_json: bool, compact: bool) -> None:
    if as_json:
        print_json(result.to_json(), compact)
        return
    lines: list[str] = []
    if result.corrected:
        lines.append(f"Showing results for: {result.corrected}")
    if not result.hits:
        lines.append(f"No results for: {result.query}")
        if result.absent:
            lines.append(f"No section mentions: {', '.join(result.absent)}")
        if result.suggestion:
            lines.append(f"Did you mean: {result.suggestion}?")
    for hit in result.hits:
        article = getattr(hit, "article", "")
        lines += [f"{hit.title}  [{hit.id}]", f"    {' › '.join(hit.path)}"]
        if article:
            lines.append(f"    in: {article}")
        lines.append(f"    {hit.snippet_text()}")
    for line in lines:
        print(visible(line))
    if compact:
        print()


def cmd_self_check(args: argparse.Namespace) -> int:
    """reader self-check: the window built and walked without a screen, for each bundle."""
    from reader.gui.self_check import self_check

    return _each_bundle(args, self_check, "self-check", ReaderError)


def cmd_window(args: argparse.Namespace) -> int:
    """reader with no command: open the window."""
    from reader.gui.app import run

    bundles = named(args)
    return run(bundles or None, args.section, args.search, args.lang)
