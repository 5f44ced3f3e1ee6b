"""Whether a bundle is a content pack signed by a trusted publisher and unchanged since.

The signature (meta row ``signature``: ``ed25519:`` and the 64 bytes in base64) is made over the
pack's id, version, the signing key's id and the content digest. The digest covers every other row
(the pack's title and publisher, the key id, every article), so a changed row, even with the digest
recomputed, no longer matches the signature.
"""

from __future__ import annotations

import binascii
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from reader.core.bundle import Bundle
from reader.core.errors import BundleError
from reader.core.packs.keys import KEY_ID_DIGITS, PublicKey
from reader.core.packs.manifest import META_KEY_ID, META_SIGNATURE, PackInfo, pack_from_meta
from reader.core.verified import VerifiedBundles

SIGNATURE_SCHEME = "ed25519:"
_DOMAIN = "reader content pack signature 1"

# What a check finds, from best to worst.
VERIFIED, NOT_A_PACK, UNSIGNED, UNTRUSTED, BAD_SIGNATURE = "verified", "not-a-pack", "unsigned", "untrusted", "bad"
CHANGED = "changed since it was added"
NOT_TRUSTED = "not signed by a trusted publisher"


def signed_message(pack: PackInfo, key_id: str, digest: str) -> bytes:
    """The bytes a pack's signature is made over: pack id, version, key id and content digest."""
    return "\n".join((_DOMAIN, pack.id, str(pack.version), key_id, digest)).encode("utf-8")


def signature_text(signature: bytes) -> str:
    """A signature as its meta row stores it."""
    return SIGNATURE_SCHEME + binascii.b2a_base64(signature, newline=False).decode("ascii")


class SignatureCheck(NamedTuple):
    """What a bundle's pack rows and signature say: the pack (None when it is not one), the key id
    that signed it ('' when none did), and ``VERIFIED`` or what is wrong."""

    pack: PackInfo | None
    key_id: str
    outcome: str

    @property
    def verified(self) -> bool:
        """Whether the bundle is a pack signed by a trusted key, unchanged since."""
        return self.outcome == VERIFIED

    def reason(self) -> str:
        """What is wrong, in a few words a clinic can act on ('' when verified)."""
        return {
            VERIFIED: "",
            NOT_A_PACK: "not a content pack (built without a pack.yaml) and not signed",
            UNSIGNED: "not signed: a pack is added only when its publisher signed it ('reader build --sign')",
            UNTRUSTED: f"signed by key {self.key_id}, which this computer does not trust",
            BAD_SIGNATURE: "its signature does not match its content: it was changed after it was signed",
        }[self.outcome]


def check_signature(path: Path, meta: Mapping[str, str], digest: str, keys: Mapping[str, PublicKey]) -> SignatureCheck:
    """Check a bundle's pack rows and signature against the trusted ``keys`` (by key id), for the
    content ``digest`` (verify the digest itself first). Raise BundleError for pack rows that are
    not a pack's."""
    pack = pack_from_meta(path, meta)
    if pack is None:
        return SignatureCheck(None, "", NOT_A_PACK)
    key_id = meta.get(META_KEY_ID, "")
    signature = meta.get(META_SIGNATURE)
    if signature is None or not key_id:
        return SignatureCheck(pack, "", UNSIGNED)
    if len(key_id) != KEY_ID_DIGITS or not all(c in "0123456789abcdef" for c in key_id):
        raise BundleError(
            path, f"not a valid content pack: its key id {key_id[:40]!r} is not {KEY_ID_DIGITS} hex digits"
        )
    key = keys.get(key_id)
    if key is None:
        return SignatureCheck(pack, key_id, UNTRUSTED)
    raw = _signature_bytes(signature)
    if raw is None or not key.verifies(signed_message(pack, key_id, digest), raw):
        return SignatureCheck(pack, key_id, BAD_SIGNATURE)
    return SignatureCheck(pack, key_id, VERIFIED)


def _signature_bytes(text: str) -> bytes | None:
    if not text.startswith(SIGNATURE_SCHEME) or len(text) > 200:
        return None
    try:
        return binascii.a2b_base64(text[len(SIGNATURE_SCHEME) :].encode("ascii"), strict_mode=True)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        return None


def open_pack(
    path: Path, keys: Mapping[str, PublicKey], known: VerifiedBundles | None = None
) -> tuple[Bundle, SignatureCheck]:
    """Open a bundle of a library folder as a pack: its digest, its signature by a trusted key, its
    rows and SQLite's integrity (digest, rows and integrity not again when ``known`` has this very
    file as verified). Raise BundleError ("changed since it was added", "not signed by a trusted
    publisher: ...", or what else is wrong with it)."""
    bundle = Bundle.open(path, verify=False)
    try:
        unchanged = known is not None and known.knows(path, bundle.digest)
        if not unchanged:
            try:
                bundle.verify_digest()
            except BundleError as exc:
                raise BundleError(path, CHANGED) from exc
        check = check_signature(path, bundle.meta, bundle.digest, keys)
        if check.outcome == BAD_SIGNATURE:
            raise BundleError(path, CHANGED)
        if not check.verified:
            raise BundleError(path, f"{NOT_TRUSTED}: {check.reason()}")
        if not unchanged:
            bundle.check_contents()
            if known is not None:
                known.remember(path, bundle.digest)
    except BaseException:
        bundle.close()
        raise
    return bundle, check
