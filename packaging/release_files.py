"""What a release carries beside its installers: a CycloneDX SBOM of what is frozen, and SHA256SUMS.

The SBOM is written by cyclonedx-bom (``cyclonedx-py environment``) from the build environment,
then narrowed to the distributions whose modules the frozen folder holds (a build environment also
has the test and build tools, which are not shipped), with CPython added: it is frozen too.
"""

from __future__ import annotations

import hashlib
import json
import platform
import subprocess
import sys
import tempfile
import uuid
from importlib import metadata
from pathlib import Path

import reproducible

SUMS = "SHA256SUMS"
# Frozen without a module of its own in the folder: PyInstaller's bootloader is the executable.
ALWAYS_FROZEN = ("pyinstaller",)


def normalised(name: str) -> str:
    """A distribution's name as packaging tools compare it (case, '_' and '.' folded to '-')."""
    return name.lower().replace("_", "-").replace(".", "-")


def frozen_entries(internal: Path) -> dict[str, tuple[str, ...]]:
    """Each installed distribution (normalised name) with a module in a frozen folder, and its
    top-level entries there (folders and files, as named in the folder)."""
    owners = metadata.packages_distributions()
    found: dict[str, list[str]] = {}
    for entry in sorted(internal.iterdir()):
        for dist in owners.get(entry.name.split(".")[0], []):
            found.setdefault(normalised(dist), []).append(entry.name)
    return {dist: tuple(entries) for dist, entries in found.items()}


def frozen_distributions(internal: Path) -> list[str]:
    """The installed distributions (normalised names) whose top-level modules are in a frozen folder."""
    return sorted(set(frozen_entries(internal)) | set(ALWAYS_FROZEN))


def sbom_name(version: str) -> str:
    """The SBOM's file name in dist/."""
    return f"reader-{version}.cdx.json"


def write_sbom(root: Path, frozen: Path, dist: Path, version: str) -> Path:
    """Write dist/reader-VERSION.cdx.json: the project and every frozen distribution, with licences."""
    keep = set(frozen_distributions(frozen / "_internal"))
    with tempfile.TemporaryDirectory() as tmp:
        whole = Path(tmp) / "environment.cdx.json"
        command = [sys.executable, "-m", "cyclonedx_py", "environment", "--pyproject", str(root / "pyproject.toml")]
        command += ["--output-reproducible", "--of", "JSON", "-o", str(whole), sys.executable]
        subprocess.run(command, check=True, capture_output=True, text=True, env=reproducible.dated_environment(root))
        bom = json.loads(whole.read_text(encoding="utf-8"))
    components = [c for c in bom.get("components", []) if normalised(c.get("name", "")) in keep]
    components.append(_cpython())
    refs = {c["bom-ref"] for c in components} | {bom["metadata"]["component"]["bom-ref"]}
    bom["components"] = sorted(components, key=lambda c: normalised(c["name"]))
    bom["dependencies"] = [
        {**d, "dependsOn": sorted(r for r in d.get("dependsOn", []) if r in refs)}
        for d in bom.get("dependencies", [])
        if d["ref"] in refs
    ]
    bom["metadata"]["component"]["version"] = version
    names = ",".join(f"{c['name']}=={c.get('version', '')}" for c in bom["components"])
    bom["serialNumber"] = f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'reader/{version}/{names}')}"
    out = dist / sbom_name(version)
    out.write_text(json.dumps(bom, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return out


def _cpython() -> dict[str, object]:
    version = platform.python_version()
    return {
        "bom-ref": f"cpython=={version}",
        "type": "platform",
        "name": "CPython",
        "version": version,
        "licenses": [{"license": {"id": "PSF-2.0"}}],
        "purl": f"pkg:generic/cpython@{version}",
    }


def write_checksums(dist: Path) -> Path:
    """Write dist/SHA256SUMS over every file in dist/ (not folders), as ``sha256sum -c`` reads it."""
    lines = []
    for path in sorted(p for p in dist.iterdir() if p.is_file() and p.name != SUMS):
        digest = hashlib.sha256()
        with path.open("rb") as stream:
            for chunk in iter(lambda: stream.read(1 << 20), b""):
                digest.update(chunk)
        lines.append(f"{digest.hexdigest()}  {path.name}\n")
    out = dist / SUMS
    out.write_text("".join(lines), encoding="utf-8")
    return out
