#!/usr/bin/env bash
# Look at the installed Windows reader in a real window: Wine's "windows" platform under Xvfb.
# Run after build.sh (same WORK). Writes screenshot.png in the work folder. Harness only.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(cd "${WORK:-$ROOT/build/windows}" && pwd)
VERSION=$(python3 -c "import sys; sys.path.insert(0, '$ROOT'); import reader; print(reader.__version__)")
export WINEPREFIX="$WORK/prefix" WINEDEBUG=-all DISPLAY=${DISPLAY:-:95}
export WINEDLLOVERRIDES="winemenubuilder.exe=d;mscoree=d;mshtml=d;mscms=n"
x86_64-w64-mingw32-gcc -shared -O2 -o "$WINEPREFIX/drive_c/windows/system32/mscms.dll" "$(dirname "$0")/mscms_standin.c"
[ "$DISPLAY" = ":95" ] && { Xvfb :95 -screen 0 1280x800x24 & XVFB=$!; sleep 1; }
timeout 300 wine "$ROOT/dist/reader-$VERSION-windows-x64-setup.exe" /S 2>&1 | cat
wineserver -w
(timeout 40 wine 'C:\Program Files\Reader\reader.exe' --section key-safety-tips 2>&1 | cat) &
sleep 25
import -window root "$WORK/screenshot.png"
wineserver -k || true
[ -n "${XVFB:-}" ] && kill "$XVFB"
echo "wrote $WORK/screenshot.png"
