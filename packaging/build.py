"""Build the reader's installers in four steps, each of which can be run again on its own.

    python packaging/build.py                  # content, freeze, package, release: the full build
    python packaging/build.py package          # re-package the existing dist/reader/ (no freeze)
    python packaging/build.py content freeze   # any steps, always run in the order below

Run it by its path: ``packaging/`` is a folder of scripts, not an importable package, and must not
become one (pip and PyInstaller import the PyPI library named ``packaging``).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import linux_package
import notices
import release_files
import reproducible

ROOT = Path(__file__).resolve().parent.parent
CONTENT_ENV = "READER_CONTENT"
"""The environment variable that tells build.spec where the built content bundle is."""
STEPS = ("content", "freeze", "package", "release")
USAGE = """\
Build the reader's installers in steps. With no step named, all four run; name steps to run only
those (always in the order below). A step takes what the step before it left in WORK or DIST.

steps:
  content  build the content bundle from resources/ into WORK/content/content.sqlite
  freeze   run PyInstaller on build.spec, which freezes the reader around that bundle (given to it
           in READER_CONTENT) into DIST/reader/, then write every frozen component's licence
           (pip-licenses) into DIST/reader/licenses/; needs the 'package' extra
  package  Linux only: from the existing DIST/reader/, write DIST/reader-VERSION-linux-MACHINE.tar.xz
           and DIST/reader_VERSION_ARCH.deb (ARCH from dpkg; maintainer from the project's metadata;
           release date from SOURCE_DATE_EPOCH, else the last git commit); needs xz and dpkg-deb
  release  from the existing DIST/reader/: DIST/reader-VERSION.cdx.json, a CycloneDX SBOM of what
           is frozen (cyclonedx-bom, in the 'package' extra), then DIST/SHA256SUMS over every file
           in DIST (the installers, the SBOM); run it again after adding the Windows installer

examples:
  python packaging/build.py                  the full build
  python packaging/build.py package          re-package without freezing again
"""


class StepError(Exception):
    """A step cannot run or did not finish; the message is one line."""


def content_bundle(work: Path) -> Path:
    """Where the content step writes the bundle and the freeze step takes it from."""
    return work / "content" / "content.sqlite"


def project_version(root: Path) -> str:
    """The version in reader/__init__.py, read as the wheel build (hatch) reads it."""
    found = re.search(r'^__version__ = "([^"]+)"$', (root / "reader" / "__init__.py").read_text("utf-8"), re.M)
    if found is None:
        raise StepError(f"no __version__ in {root / 'reader' / '__init__.py'}")
    return found.group(1)


def _mib(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20


def step_content(root: Path, work: Path, dist: Path) -> None:
    """Build the shipped articles into the work folder's bundle with ``reader build``: the pack of
    ``resources/articles/pack.yaml``, signed when READER_SIGN_KEY names the project's secret key
    (kept outside the checkout), unsigned otherwise; the reader trusts it by where it is either way."""
    import os
    import sqlite3

    out = content_bundle(work)
    env = reproducible.dated_environment(root)  # the bundle's date: a bad SOURCE_DATE_EPOCH stops here
    out.parent.mkdir(parents=True, exist_ok=True)
    # The checkout's reader (the current folder comes first with -m), whatever copy is installed;
    # it reads READER_SIGN_KEY itself (and refuses a key inside the checkout).
    command = [sys.executable, "-m", "reader", "build", "--out", str(out)]
    built = subprocess.run(command, cwd=root, env=env, check=False)
    if built.returncode != 0:
        raise StepError(f"content: 'reader build' failed (exit code {built.returncode}), see above")
    conn = sqlite3.connect(f"{out.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('pack_id', 'pack_key_id', 'signature')"))
    finally:
        conn.close()
    key = os.environ.get("READER_SIGN_KEY", "")
    if key and not meta.get("signature"):
        raise StepError(f"content: READER_SIGN_KEY is set but {out} is not signed")
    signed = f"signed by key {meta['pack_key_id']}" if meta.get("signature") else "unsigned (no READER_SIGN_KEY)"
    print(f"content: pack {meta.get('pack_id', '?')}, {signed}")


def step_freeze(root: Path, work: Path, dist: Path) -> None:
    """Freeze the reader with PyInstaller and build.spec, around the bundle the content step built."""
    bundle = content_bundle(work)
    if not bundle.is_file():
        raise StepError(f"freeze: no content bundle at {bundle}; run the content step first")
    started = time.perf_counter()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(dist)]
    command += ["--workpath", str(work / "pyinstaller"), "build.spec"]
    env = {**reproducible.dated_environment(root), CONTENT_ENV: str(bundle)}
    frozen = subprocess.run(command, cwd=root, env=env, check=False)
    if frozen.returncode != 0:
        raise StepError(f"freeze: PyInstaller failed (exit code {frozen.returncode}), see above")
    shipped = notices.write_notices(root, dist / "reader", project_version(root))
    print(f"froze {dist / 'reader'} in {time.perf_counter() - started:.0f} s ({_mib(dist / 'reader'):.1f} MiB)")
    print(f"wrote the licences of {len(shipped)} components into {dist / 'reader' / notices.FOLDER}")


def step_package(root: Path, work: Path, dist: Path) -> None:
    """Write the Linux archive and Debian package from the frozen folder, after checking its version."""
    executable = dist / "reader" / "reader"
    if not executable.is_file():
        raise StepError(f"package: no frozen reader at {executable}; run the freeze step first")
    version = project_version(root)
    said = subprocess.run([str(executable), "--version"], capture_output=True, text=True, check=False).stdout.strip()
    if said != f"reader {version}":
        raise StepError(f"package: {executable} says {said!r}, not 'reader {version}'; freeze it again")
    linux_package.package(root, work, dist, version)


def step_release(root: Path, work: Path, dist: Path) -> None:
    """Write the SBOM of the frozen folder, then the checksums of everything in dist/."""
    frozen = dist / "reader"
    if not (frozen / "_internal").is_dir():
        raise StepError(f"release: no frozen reader at {frozen}; run the freeze step first")
    sbom = release_files.write_sbom(root, frozen, dist, project_version(root))
    sums = release_files.write_checksums(dist)
    print(f"wrote {sbom.name} and {sums.name} ({len(sums.read_text(encoding='utf-8').splitlines())} files)")


RUN: dict[str, Callable[[Path, Path, Path], None]] = {
    "content": step_content,
    "freeze": step_freeze,
    "package": step_package,
    "release": step_release,
}


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The steps asked for (all of them when none is named) and the work and dist folders."""
    parser = argparse.ArgumentParser(
        prog="python packaging/build.py",
        description=USAGE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("steps", nargs="*", metavar="STEP", help=f"one of {', '.join(STEPS)} (default: all)")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build", help="work folder (default: build/ in the checkout)"
    )
    parser.add_argument(
        "--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/ in the checkout)"
    )
    args = parser.parse_args(argv)
    unknown = [step for step in args.steps if step not in STEPS]
    if unknown:
        parser.error(f"unknown step {unknown[0]!r} (choose from {', '.join(STEPS)})")
    named = set(args.steps)
    args.all = not named
    args.steps = [step for step in STEPS if step in named] if named else list(STEPS)
    args.work, args.dist = args.work.resolve(), args.dist.resolve()
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Run the steps asked for; a step that fails stops the build with one line and exit code 1."""
    args = parse(argv)
    for step in args.steps:
        if step == "package" and not sys.platform.startswith("linux"):
            if args.all:
                print("== package: skipped (Linux packages only; Windows: packaging/windows/build.sh)")
                continue
            print("build.py: error: package: Linux packages only", file=sys.stderr)
            return 1
        print(f"== {step}", flush=True)
        try:
            RUN[step](ROOT, args.work, args.dist)
        except (StepError, linux_package.PackagingError, notices.NoticeError, reproducible.EpochError) as exc:
            print(f"build.py: error: {exc}", file=sys.stderr)
            return 1
        except (OSError, subprocess.CalledProcessError) as exc:
            print(f"build.py: error: {step}: {exc}", file=sys.stderr)
            return 1
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
