"""tests/release_diff.py names where two archives first differ (the reproducibility test's report)."""

from __future__ import annotations

import io
import lzma
import tarfile
from pathlib import Path

import pytest

from tests.release_diff import first_difference


def _tar(members: dict[str, tuple[bytes, int]], xz: bool = False) -> bytes:
    """A tar of NAME: (content, mtime), in the order given; xz-compressed if asked."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as archive:
        for name, (content, mtime) in members.items():
            info = tarfile.TarInfo(name)
            info.size, info.mtime = len(content), mtime
            archive.addfile(info, io.BytesIO(content))
    return lzma.compress(buffer.getvalue()) if xz else buffer.getvalue()


def _ar(members: dict[str, bytes], mtime: int = 0) -> bytes:
    """An ar archive (as a .deb is) of NAME: content."""
    out = b"!<arch>\n"
    for name, content in members.items():
        header = f"{name:<16}{mtime:<12}{0:<6}{0:<6}{'100644':<8}{len(content):<10}`\n".encode()
        out += header + content + (b"\n" if len(content) % 2 else b"")
    return out


def _compare(tmp_path: Path, a: bytes, b: bytes) -> str | None:
    (tmp_path / "a").write_bytes(a)
    (tmp_path / "b").write_bytes(b)
    return first_difference(tmp_path / "a", tmp_path / "b")


BASE = {"reader/a.txt": (b"one", 100), "reader/b.txt": (b"two", 100)}


@pytest.mark.parametrize("xz", [False, True])
def test_the_same_bytes_have_no_difference(tmp_path: Path, xz: bool) -> None:
    assert _compare(tmp_path, _tar(BASE, xz), _tar(BASE, xz)) is None


@pytest.mark.parametrize(
    ("other", "expected"),
    [
        ({**BASE, "reader/b.txt": (b"TWO", 100)}, "reader/b.txt: content"),
        ({**BASE, "reader/b.txt": (b"two", 101)}, "reader/b.txt: mtime 100 and 101"),
        ({"reader/b.txt": BASE["reader/b.txt"], "reader/a.txt": BASE["reader/a.txt"]}, "member 0: reader/a.txt and"),
        ({**BASE, "reader/c.txt": (b"", 100)}, "2 and 3 members"),
    ],
)
def test_a_tar_difference_names_the_member(tmp_path: Path, other: dict[str, tuple[bytes, int]], expected: str) -> None:
    found = _compare(tmp_path, _tar(BASE, xz=True), _tar(other, xz=True))
    assert found is not None
    assert found.startswith(expected)


def test_a_debian_package_difference_names_the_member_inside(tmp_path: Path) -> None:
    control = _tar({"./control": (b"Package: reader\n", 0)}, xz=True)
    data = _tar(BASE, xz=True)
    changed = _tar({**BASE, "reader/a.txt": (b"ONE", 100)}, xz=True)
    deb = {"debian-binary": b"2.0\n", "control.tar.xz": control, "data.tar.xz": data}
    assert _compare(tmp_path, _ar(deb), _ar({**deb, "data.tar.xz": changed})) == "data.tar.xz: reader/a.txt: content"
    found = _compare(tmp_path, _ar(deb), _ar(deb, mtime=5))
    assert found is not None
    assert found.startswith("debian-binary: ar header")
