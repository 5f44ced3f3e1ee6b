"""The command line's parser: the window's options, and a sub-command for each other job."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from reader import APP_NAME, __version__
from reader.core.safe_text import visible


class _Parser(argparse.ArgumentParser):
    """An argument parser whose error line shows control characters in the arguments as escapes.

    A sub-command made with ``defer=True`` keeps the rest of the command line, options and all, as
    ``rest``, for its own parser, built only when it runs (``pack_parser``)."""

    def __init__(self, *args: Any, defer: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.defer = defer

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        """Parse, or, for a deferred sub-command, keep every argument as ``rest``."""
        if not self.defer:
            return super().parse_known_args(args, namespace)
        namespace = namespace if namespace is not None else argparse.Namespace()
        namespace.rest = list(args or ())
        return namespace, []

    def error(self, message: str) -> NoReturn:
        """Print the usage and one error line, then exit 2."""
        super().error(visible(message))


def build_parser() -> argparse.ArgumentParser:
    """The whole parser: the window's options and every sub-command."""
    parser = _Parser(
        prog=APP_NAME,
        description="Offline reader for health articles. With no command, opens the reader window.",
        epilog="Exit codes: 0 success, 1 problem found (check, build, self-check, a pack refused), "
        "2 usage or unreadable file.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--bundle",
        type=Path,
        action="append",
        metavar="FILE",
        help="content bundle to read, again for more (default: the whole library)",
    )
    parser.add_argument("--section", metavar="ID", help="open the window at this section (see 'reader outline')")
    parser.add_argument("--search", metavar="QUERY", help="open the window with this search done")
    parser.add_argument(
        "--lang",
        metavar="CODE",
        help="the window's language for this start: en, fr, es, pt, ar or sw (default: the one chosen "
        "in View > Language, else the system's); the command line itself stays English",
    )
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
    _add_build(commands)
    _add_content_commands(commands, common)
    _add_pack_commands(commands)
    return parser


def _add_build(commands: argparse._SubParsersAction[_Parser]) -> None:
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
    build.add_argument(
        "--sign",
        type=Path,
        metavar="PREFIX.key",
        help="sign the content pack with this secret key (the folder needs a pack.yaml; "
        "default: $READER_SIGN_KEY when set, else unsigned)",
    )


def _add_content_commands(commands: argparse._SubParsersAction[_Parser], common: _Parser) -> None:
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


def _add_pack_commands(commands: argparse._SubParsersAction[_Parser]) -> None:
    """keygen, trust and library, each with the rest of its command line left for ``pack_parser``:
    their own parsers are built only when one of them runs (the window's start is the common case)."""
    for name, help_text in (
        ("keygen", "make a publisher key pair: PREFIX.key (secret, mode 0600) and PREFIX.pub (one line to share)"),
        ("trust", "the publisher keys this computer trusts for content packs: add, list, remove"),
        ("library", "the signed content packs of the library: add, list, remove"),
    ):
        commands.add_parser(name, help=help_text, add_help=False, defer=True)


def pack_parser(name: str) -> argparse.ArgumentParser:
    """The parser of one content-pack command (``keygen``, ``trust`` or ``library``)."""
    parser = _Parser(prog=f"{APP_NAME} {name}")
    if name == "keygen":
        parser.description = "Make a publisher key pair: PREFIX.key (secret, mode 0600) and PREFIX.pub."
        parser.add_argument("--out", required=True, type=Path, metavar="PREFIX", help="where to write the two files")
        return parser
    system = _Parser(add_help=False)
    system.add_argument(
        "--system", action="store_true", help="the machine-wide list or folder (needs administrator rights)"
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    if name == "trust":
        parser.description = "The publisher keys this computer trusts for content packs."
        add = actions.add_parser("add", parents=[system], help="trust the key of a publisher's .pub file")
        add.add_argument("public_key", type=Path, metavar="FILE.pub")
        listing = actions.add_parser("list", help="the trusted keys: user's, then machine-wide")
        listing.add_argument("--json", action="store_true", help="print JSON: [{key_id, scope, path, public_key}]")
        remove = actions.add_parser("remove", parents=[system], help="stop trusting a key")
        remove.add_argument("key_id", metavar="KEYID", help="the key's id, as 'reader trust list' shows it")
        return parser
    parser.description = "Add, list and remove the signed content packs of the library."
    add = actions.add_parser("add", parents=[system], help="add a signed content pack (a copy; the file is left alone)")
    add.add_argument("pack", type=Path, metavar="FILE")
    add.add_argument(
        "--allow-downgrade",
        action="store_true",
        help="add it even when the same or a newer version is installed (logged)",
    )
    listing = actions.add_parser("list", help="the packs of the user's and the machine-wide folders")
    listing.add_argument(
        "--json",
        action="store_true",
        help="print JSON: [{id, title, publisher, version, verified, path, articles, key_id, origin, problem}]",
    )
    remove = actions.add_parser("remove", parents=[system], help="remove an installed pack")
    remove.add_argument("pack_id", metavar="PACK-ID")
    return parser
