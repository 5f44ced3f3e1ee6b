"""The command line: parse, call core (or the window), turn errors into one line and an exit code.

Exit codes: 0 success; 1 a check or build found a problem in the content; 2 a usage error, an
unknown section or format, or a bundle or file that cannot be read.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from reader import APP_NAME, __version__
from reader.core.bundle import Bundle
from reader.core.cache import cached_bundle_path
from reader.core.errors import BundleError, ReaderError, SourceError, StartError
from reader.core.library import Library, Notice, library_places
from reader.core.locations import articles_dir, stylesheet_path, synonyms_path
from reader.core.model import iter_outline
from reader.core.policy import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE
from reader.core.safe_text import visible, visible_json

if TYPE_CHECKING:
    from reader.core.search import SearchResult


class UsageError(ReaderError):
    """The command line asks for something that cannot be done as asked."""


class _Parser(argparse.ArgumentParser):
    """An argument parser whose error line shows control characters in the arguments as escapes."""

    def error(self, message: str) -> NoReturn:
        """Print the usage and one error line, then exit 2."""
        super().error(visible(message))


def _parser() -> argparse.ArgumentParser:
    """The command line's parser: the window's options, and a sub-command for each other job."""
    parser = _Parser(
        prog=APP_NAME,
        description="Offline reader for health articles. With no command, opens the reader window.",
        epilog="Exit codes: 0 success, 1 problem found (check, build, self-check), 2 usage or unreadable file.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--bundle",
        type=Path,
        action="append",
        metavar="FILE",
        help="content bundle to read, again for more (default: the whole library); the window opens one",
    )
    parser.add_argument("--section", metavar="ID", help="open the window at this section (see 'reader outline')")
    parser.add_argument("--search", metavar="QUERY", help="open the window with this search done")
    common = _Parser(add_help=False)
    common.add_argument(
        "--bundle",
        type=Path,
        action="append",
        dest="bundles",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="only this bundle, again for more (default: the whole library: shipped, machine-wide, user's)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    build = commands.add_parser("build", help="build the article sources into one bundle file")
    build.add_argument(
        "--source",
        type=Path,
        metavar="DIR",
        help="folder of *.md article sources (default: the shipped articles)",
    )
    build.add_argument(
        "--out",
        type=Path,
        metavar="FILE",
        help="bundle to write (default: the bundle the reader opens; required with --source); "
        "an existing file is only replaced if it is a bundle",
    )
    build.add_argument(
        "--force",
        action="store_true",
        help="allow writing the bundle inside the source folder (never over a source)",
    )

    commands.add_parser(
        "check",
        parents=[common],
        help="verify a bundle: schema version, SQLite integrity, search indexes, digest",
    )

    outline = commands.add_parser("outline", parents=[common], help="print the section tree with section ids")
    outline.add_argument("--json", action="store_true", help="print JSON: nested {id, title, level, children}")

    info = commands.add_parser("info", parents=[common], help="print the bundle's metadata")
    info.add_argument("--json", action="store_true", help="print JSON")

    export = commands.add_parser("export", parents=[common], help="export the article or one section")
    export.add_argument("--format", required=True, metavar="{txt,html,pdf}", help="output format")
    export.add_argument(
        "--out", required=True, type=Path, metavar="FILE", help="file to write ('-': standard output, txt and html)"
    )
    export.add_argument("--section", metavar="ID", help="only this section and its sub-sections")
    search = commands.add_parser(
        "search",
        parents=[common],
        help="search the article: forgiving of case, word forms, synonyms and typos",
        description="Search the article. Put '--' before a query that starts with '-'.",
    )
    search.add_argument("query", nargs="?", help='what to look for; "quotes" search a phrase')
    search.add_argument("--stdin", action="store_true", help="read one query a line; print one result a line")
    search.add_argument(
        "--json", action="store_true", help="print JSON: {query, corrected, hits: [...], suggestion, absent: [...]}"
    )
    search.add_argument("--limit", type=int, default=20, metavar="N", help="at most N hits (default 20)")

    commands.add_parser(
        "self-check",
        parents=[common],
        help="without a screen: verify the bundle, build the window, visit and search every section, print a PDF",
    )
    return parser


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse the command line (``sys.argv`` when ``argv`` is None)."""
    return _parser().parse_args(sys.argv[1:] if argv is None else list(argv))


def _print_json(value: object, compact: bool = False) -> None:
    import json

    print(visible_json(json.dumps(value, ensure_ascii=False, indent=None if compact else 2)))


def _named(args: argparse.Namespace) -> list[Path]:
    """The bundles named with --bundle, before or after the command, in the order given."""
    return [*(args.bundle or ()), *getattr(args, "bundles", ())]


def _notify(notices: list[Notice]) -> None:
    """Tell what the library left out, one line each on standard error."""
    for notice in notices:
        print(f"{APP_NAME}: notice: {notice}", file=sys.stderr)


def _library(args: argparse.Namespace) -> Library:
    """Open the library the command reads: the bundles named, else every one it can see."""
    library = Library.open(_named(args) or None)
    _notify(library.notices)
    return library


def _cmd_build(args: argparse.Namespace) -> int:
    try:
        from reader.core.builder import build_bundle
    except ImportError as exc:  # the frozen app ships a built bundle and leaves the builder out
        raise UsageError(f"this copy of the reader cannot build content ({exc}); use a source install") from exc
    from reader.core.build_output import output_problem

    if args.source is not None and args.out is None:
        raise UsageError("--out is required with --source")
    source = args.source or articles_dir()
    stylesheet, synonyms = stylesheet_path(), synonyms_path(args.source)
    out = args.out or cached_bundle_path(source, stylesheet, synonyms)
    problem = output_problem(out, source, args.force)
    if problem is not None:
        raise UsageError(f"{out}: {problem}")
    started = time.perf_counter()
    digest, warnings = build_bundle(source, out, stylesheet, synonyms)
    for warning in warnings:
        print(visible(warning), file=sys.stderr)
    elapsed = time.perf_counter() - started
    size = out.stat().st_size
    print(visible(f"built {out} ({size / 1024:.0f} KiB, {digest}) in {elapsed:.2f} s"))
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    def check(path: Path) -> str:
        with Bundle.open(path, verify=False) as bundle:
            return bundle.full_check()

    return _each_bundle(args, check, "check", BundleError)


def _each_bundle(args: argparse.Namespace, work: Callable[[Path], str], name: str, failure: type[ReaderError]) -> int:
    """Run a check on each bundle of the library, one line each; 1 if any fails (or there is none)."""
    places, notices = library_places(_named(args) or None)
    _notify(notices)
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


def _cmd_outline(args: argparse.Namespace) -> int:
    with _library(args) as library:
        nodes = library.outline()
    if args.json:
        _print_json([node.to_json() for node in nodes])
    else:
        rows = [("  " * depth + visible(node.title), visible(node.id)) for depth, node in iter_outline(nodes)]
        width = max((len(label) for label, _ in rows), default=0)
        for label, section_id in rows:
            print(f"{label:<{width}}  {section_id}")
    return EXIT_OK


def _cmd_info(args: argparse.Namespace) -> int:
    with _library(args) as library:
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
        _print_json(fields)
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
            print(visible(f"  - {entry.path} ({entry.origin}, {entry.digest}): {', '.join(entry.articles)}"))
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from reader.core.export import FORMATS, export_sections, to_html, to_text, write_text_atomically

    if args.format not in FORMATS:
        raise UsageError(f"unknown format {args.format!r}: choose one of {', '.join(FORMATS)}")
    with _library(args) as library:
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


def _cmd_search(args: argparse.Namespace) -> int:
    if args.stdin == (args.query is not None):
        raise UsageError("give a QUERY or --stdin (not both)")
    if not 1 <= args.limit <= 200:
        raise UsageError(f"--limit must be between 1 and 200, not {args.limit}")
    with _library(args) as library:
        searcher = library.searcher()
        if args.stdin:
            sys.stdin.reconfigure(errors="replace")  # type: ignore[union-attr]
            for line in sys.stdin:
                _print_result(searcher.search(line.rstrip("\r\n"), args.limit), args.json, compact=True)
                sys.stdout.flush()
        else:
            _print_result(searcher.search(args.query, args.limit), args.json, compact=False)
    return EXIT_OK


def _print_result(result: SearchResult, as_json: bool, compact: bool) -> None:
    if as_json:
        _print_json(result.to_json(), compact)
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


def _cmd_self_check(args: argparse.Namespace) -> int:
    from reader.gui.self_check import self_check

    return _each_bundle(args, self_check, "self-check", ReaderError)


def _cmd_window(args: argparse.Namespace) -> int:
    from reader.gui.app import run

    named = _named(args)
    if len(named) > 1:
        raise UsageError("the window opens one bundle: give --bundle once")
    return run(named[0] if named else None, args.section, args.search)


_COMMANDS = {
    "build": _cmd_build,
    "check": _cmd_check,
    "outline": _cmd_outline,
    "info": _cmd_info,
    "export": _cmd_export,
    "self-check": _cmd_self_check,
    "search": _cmd_search,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the reader's command line; return the exit code."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")  # odd input never stops the output
    args = _parse(argv)
    command = _COMMANDS.get(args.command, _cmd_window)
    try:
        return command(args)
    except (SourceError, StartError) as exc:
        print(f"{APP_NAME}: error: {visible(str(exc))}", file=sys.stderr)
        return EXIT_PROBLEM
    except ReaderError as exc:
        print(f"{APP_NAME}: error: {visible(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:  # the last resort: a name too long, a disk that fails, ... in one line
        print(f"{APP_NAME}: error: {visible(_os_error_line(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


def _os_error_line(exc: OSError) -> str:
    """``FILENAME: STRERROR`` for an OSError, or what there is of that."""
    reason = exc.strerror or str(exc) or type(exc).__name__
    if exc.filename is None:
        return reason
    return f"{os.fsdecode(exc.filename)}: {reason}"
