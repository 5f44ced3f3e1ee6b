"""Where two builds' archives first differ: a member's name, header or content, named.

diffoscope says it best, and is used where installed; this is the fallback for the archives the
build makes (a tar, compressed or not, and a Debian package: an ar of tars).
"""

from __future__ import annotations

import io
import lzma
import shutil
import subprocess
import tarfile
from pathlib import Path

_AR_MAGIC = b"!<arch>\n"
_HEADER_FIELDS = ("name", "mode", "uid", "gid", "uname", "gname", "mtime", "type", "linkname", "size", "pax_headers")


def first_difference(first: Path, second: Path) -> str | None:
    """None when the two files hold the same bytes; else a line naming where they first differ."""
    a, b = first.read_bytes(), second.read_bytes()
    if a == b:
        return None
    if a.startswith(_AR_MAGIC) and b.startswith(_AR_MAGIC):
        return _ar_difference(_ar_members(a), _ar_members(b)) or "the ar containers differ"
    try:
        return _tar_difference(a, b) or "the compressed streams differ, not the archives inside"
    except (tarfile.TarError, lzma.LZMAError):
        return f"{first.name}: the bytes differ (not an archive this reads)"


def diffoscope(first: Path, second: Path) -> str:
    """diffoscope's report of the two files where it is installed, else ''."""
    if shutil.which("diffoscope") is None:
        return ""
    result = subprocess.run(["diffoscope", str(first), str(second)], capture_output=True, text=True, check=False)
    return result.stdout[-4000:]


def _ar_members(data: bytes) -> list[tuple[bytes, bytes, bytes]]:
    """(name, the rest of the header, content) of every member of an ar archive."""
    members, offset = [], len(_AR_MAGIC)
    while offset + 60 <= len(data):
        header = data[offset : offset + 60]
        size = int(header[48:58].strip() or b"0")
        content = data[offset + 60 : offset + 60 + size]
        members.append((header[:16].strip(), header[16:58], content))
        offset += 60 + size + (size % 2)
    return members


def _ar_difference(a: list[tuple[bytes, bytes, bytes]], b: list[tuple[bytes, bytes, bytes]]) -> str | None:
    if [m[0] for m in a] != [m[0] for m in b]:
        return f"ar members: {[m[0].decode() for m in a]} and {[m[0].decode() for m in b]}"
    for (name, header_a, content_a), (_name, header_b, content_b) in zip(a, b, strict=True):
        if header_a != header_b:
            return f"{name.decode()}: ar header (date, owner or mode) {header_a!r} and {header_b!r}"
        if content_a != content_b:
            inner = _tar_difference(content_a, content_b) if name.startswith((b"data.tar", b"control.tar")) else None
            return f"{name.decode()}: {inner or 'content'}"
    return None


def _tar_difference(a: bytes, b: bytes) -> str | None:
    members_a, members_b = _tar_members(a), _tar_members(b)
    names_a, names_b = [m[0]["name"] for m in members_a], [m[0]["name"] for m in members_b]
    if names_a != names_b:
        for index, (one, other) in enumerate(zip(names_a, names_b, strict=False)):
            if one != other:
                return f"member {index}: {one} and {other}"
        return f"{len(names_a)} and {len(names_b)} members"
    for (header_a, content_a), (header_b, content_b) in zip(members_a, members_b, strict=True):
        for field in _HEADER_FIELDS:
            if header_a[field] != header_b[field]:
                return f"{header_a['name']}: {field} {header_a[field]!r} and {header_b[field]!r}"
        if content_a != content_b:
            return f"{header_a['name']}: content"
    return None


def _tar_members(data: bytes) -> list[tuple[dict[str, object], bytes]]:
    """Each member's header fields and content, in archive order (xz or plain tar)."""
    if data.startswith(b"\xfd7zXZ"):
        data = lzma.decompress(data)
    found = []
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:") as archive:
        for member in archive:
            stream = archive.extractfile(member) if member.isfile() else None
            header = {field: getattr(member, field) for field in _HEADER_FIELDS}
            found.append((header, stream.read() if stream is not None else b""))
    return found
