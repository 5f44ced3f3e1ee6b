"""``reader build``: article sources to one bundle; with a ``pack.yaml`` a content pack, signed
with ``--sign PREFIX.key`` (or ``$READER_SIGN_KEY``). The shipped sources (``resources/articles``)
have one: the shipped bundle is the pack ``reader-articles``, signed when the build is given the
project's key, and trusted by where it is either way."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from reader.cli.common import UsageError
from reader.core.cache import cached_bundle_path
from reader.core.locations import articles_dir, stylesheet_path, synonyms_path
from reader.core.policy import EXIT_OK
from reader.core.safe_text import visible

SIGN_KEY_ENV = "READER_SIGN_KEY"
"""Names the secret key that signs what ``reader build`` writes when ``--sign`` is not given
(the packaging's content step: the shipped bundle carries the project's signature)."""
_CHECKOUT = Path(__file__).resolve().parents[2]


def _signing_key(args: argparse.Namespace) -> Path | None:
    """The secret key to sign with: ``--sign``, else ``$READER_SIGN_KEY``, else None. A key inside
    the reader's own checkout is refused: it would be one commit away from being published."""
    key = args.sign or (Path(os.environ[SIGN_KEY_ENV]) if os.environ.get(SIGN_KEY_ENV) else None)
    if key is not None and (_CHECKOUT / "pyproject.toml").is_file() and key.resolve().is_relative_to(_CHECKOUT):
        raise UsageError(f"{key}: a signing key inside the reader's checkout ({_CHECKOUT}): keep it outside")
    return key


def cmd_build(args: argparse.Namespace) -> int:
    """reader build: build a folder of sources into one bundle, a content pack with a pack.yaml."""
    try:
        from reader.core.builder import build_bundle
    except ImportError as exc:  # the frozen app ships a built bundle and leaves the builder out
        raise UsageError(f"this copy of the reader cannot build content ({exc}); use a source install") from exc
    from reader.core.atomic import atomic_path
    from reader.core.build_output import output_problem
    from reader.core.packs.pack_file import PACK_FILE, read_pack_file

    if args.source is not None and args.out is None:
        raise UsageError("--out is required with --source")
    source = args.source or articles_dir()
    stylesheet, synonyms = stylesheet_path(), synonyms_path(args.source)
    out = args.out or cached_bundle_path(source, stylesheet, synonyms)
    problem = output_problem(out, source, args.force)
    if problem is not None:
        raise UsageError(f"{out}: {problem}")
    key_path = _signing_key(args)
    pack = read_pack_file(source)
    if key_path is not None and pack is None:
        raise UsageError(f"{source / PACK_FILE}: not found: a signed content pack needs id, title, publisher, version")
    started = time.perf_counter()
    if pack is None:
        digest, warnings = build_bundle(source, out, stylesheet, synonyms)
        signed = ""
    else:
        from reader.core.packs.keys import read_secret_key
        from reader.core.packs.seal import seal_bundle

        secret = read_secret_key(key_path) if key_path is not None else None
        with atomic_path(out) as tmp:
            _, warnings = build_bundle(source, tmp, stylesheet, synonyms)
            digest = seal_bundle(tmp, pack, secret)
        unsigned = "unsigned: 'reader library add' refuses it"
        if args.source is None:  # the shipped content: read from the program's folder, never added
            unsigned = f"unsigned (no {SIGN_KEY_ENV}): the shipped content is trusted by where it is"
        who = f"signed by key {secret.public.key_id}" if secret else unsigned
        signed = f"; pack {pack.id} version {pack.version}, {who}"
    for warning in warnings:
        print(visible(warning), file=sys.stderr)
    elapsed = time.perf_counter() - started
    size = out.stat().st_size
    print(visible(f"built {out} ({size / 1024:.0f} KiB, {digest}) in {elapsed:.2f} s{signed}"))
    return EXIT_OK
