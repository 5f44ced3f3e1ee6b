"""Making a built bundle a content pack: its pack rows, a new digest, and the publisher's signature.

``reader build`` writes the bundle under a temporary name; sealing it there, before the rename,
means a pack is never seen half sealed. The pack rows (and the signing key's id) go in before the
digest is computed, so the digest covers them; the signature, made over the digest, goes in last.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from reader.core.bundle import content_digest
from reader.core.errors import BundleError
from reader.core.packs.keys import SecretKey
from reader.core.packs.manifest import META_KEY_ID, META_PREFIX, META_SIGNATURE, PackInfo
from reader.core.packs.verify import signature_text, signed_message


def seal_bundle(path: Path, pack: PackInfo, secret: SecretKey | None) -> str:
    """Write ``pack``'s rows into the bundle at ``path`` (written by this process, not yet in
    use), recompute its digest and, with ``secret``, sign it; return the new digest."""
    rows = pack.meta_rows()
    if secret is not None:
        rows[META_KEY_ID] = secret.public.key_id
    try:
        conn = sqlite3.connect(path)
        try:
            with conn:
                conn.execute(
                    "DELETE FROM meta WHERE key IN ('digest', ?) OR substr(key, 1, ?) = ?",
                    (META_SIGNATURE, len(META_PREFIX), META_PREFIX),
                )
                conn.executemany("INSERT INTO meta VALUES (?, ?)", rows.items())
            digest = content_digest(conn)
            with conn:
                conn.execute("INSERT INTO meta VALUES ('digest', ?)", (digest,))
                if secret is not None:
                    signature = secret.sign(signed_message(pack, secret.public.key_id, digest))
                    conn.execute("INSERT INTO meta VALUES (?, ?)", (META_SIGNATURE, signature_text(signature)))
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise BundleError(path, f"cannot seal the pack: {exc}") from exc
    return digest
