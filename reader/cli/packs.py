"""The content-pack commands: ``reader keygen``, ``reader trust ...`` and ``reader library ...``.

Their own module, loaded only when one of them runs: they bring PyNaCl, which nothing else needs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader import APP_NAME
from reader.cli.common import UsageError, notify, print_json
from reader.cli.parser import pack_parser
from reader.core.library import BUNDLE_SUFFIX, Notice
from reader.core.packs import install, trust
from reader.core.packs.keys import PublicKey, SecretKey, write_key_pair
from reader.core.policy import EXIT_OK, EXIT_PROBLEM
from reader.core.safe_text import visible


def _own(args: argparse.Namespace) -> argparse.Namespace:
    """The command's own options, parsed from the rest of the command line."""
    return pack_parser(args.command).parse_args(args.rest)


def cmd_keygen(args: argparse.Namespace) -> int:
    """reader keygen --out PREFIX: a new key pair; the secret's text is never printed."""
    args = _own(args)
    prefix: Path = args.out
    if prefix.name in ("", ".", "..") or prefix.is_dir():
        raise UsageError(f"{prefix}: give a file name prefix (PREFIX.key and PREFIX.pub are written)")
    secret = SecretKey.generate()
    secret_path, public_path = write_key_pair(prefix, secret)
    print(visible(f"wrote {secret_path} (secret, mode 0600: keep it private, never share or commit it)"))
    print(visible(f"wrote {public_path} (public: give it to the clinics)"))
    print(f"key id: {secret.public.key_id}")
    return EXIT_OK


def cmd_trust(args: argparse.Namespace) -> int:
    """reader trust add FILE.pub | list [--json] | remove KEYID [--system]."""
    args = _own(args)
    if args.action == "add":
        entry, new = trust.add_trusted(args.public_key, args.system)
        where = "machine-wide" if args.system else "your"
        if new:
            print(visible(f"trusted key {entry.key_id} ({where} list: {entry.path})"))
        else:
            print(visible(f"key {entry.key_id} is already trusted ({where} list: {entry.path})"))
        return EXIT_OK
    if args.action == "remove":
        for path in trust.remove_trusted(args.key_id, args.system):
            print(visible(f"removed {path}"))
        return EXIT_OK
    found, problems = trust.list_trusted()
    notify([Notice(path, reason) for path, reason in problems])
    if args.json:
        print_json([entry.to_json() for entry in found])
    else:
        for entry in found:
            print(visible(f"{entry.key_id}  {entry.scope:<7}  {entry.path}"))
        if not found:
            print("no trusted keys: 'reader trust add PUBLISHER.pub' trusts one")
    return EXIT_OK


def cmd_library(args: argparse.Namespace) -> int:
    """reader library add FILE [--allow-downgrade] | list [--json] | remove PACK-ID [--system]."""
    args = _own(args)
    if args.action == "remove":
        for path in install.remove_pack(args.pack_id, args.system):
            print(visible(f"removed {path}"))
        return EXIT_OK
    keys, problems = trust.trusted_keys()
    notify([Notice(path, reason) for path, reason in problems])
    if args.action == "add":
        return _add(args, keys)
    packs = install.installed_packs(keys)
    if args.json:
        print_json([entry.to_json() for entry in packs])
        return EXIT_OK
    for entry in packs:
        pack = entry.pack
        name = f"{pack.id} v{pack.version}  {pack.title} ({pack.publisher})" if pack else "(not a pack)"
        state = "verified" if entry.verified else f"NOT READ: {entry.problem}"
        if entry.path.name.startswith("."):  # an update waiting for the next start (reader.core.packs.pending)
            state += ", waiting to replace the installed edition at the next start"
        print(visible(f"{name}  [{entry.origin}] {state}  {entry.path}"))
    if not packs:
        print("no content packs added: 'reader library add FILE' adds one")
    return EXIT_OK


def _add(args: argparse.Namespace, keys: dict[str, PublicKey]) -> int:
    path: Path = args.pack
    if not path.exists():
        raise UsageError(f"{path}: no such file")
    try:
        added = install.add_pack(path, keys, args.system, args.allow_downgrade)
    except install.PackRefused as exc:
        print(f"{APP_NAME}: refused: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    pack = added.pack
    assert pack is not None  # add_pack refuses what is not a pack
    if added.status in install.FORCEABLE:
        note = f"installed v{added.installed_version} replaced by v{pack.version} (--allow-downgrade)"
        print(visible(f"{APP_NAME}: notice: {path}: {note}"), file=sys.stderr)
    print(visible(f"added {pack.id} v{pack.version} ({added.label()}): {pack.title}, from {pack.publisher}"))
    if added.waiting:
        installed = install.target_folder(args.system) / f"{pack.id}{BUNDLE_SUFFIX}"
        note = (
            f"it is open in a reader, so v{pack.version} waits beside it, verified: close every reader"
            " window; the reader's next start replaces the installed edition with it"
        )
        print(visible(f"{APP_NAME}: notice: {installed}: {note}"), file=sys.stderr)
    return EXIT_OK
