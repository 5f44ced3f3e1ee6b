#!/usr/bin/env bash
# Wrap a frozen Windows folder into the setup with NSIS (build.sh runs it after the freeze):
#
#   packaging/windows/make_setup.sh VERSION FROZEN_FOLDER LISTS_FOLDER SETUP.exe
#
# LISTS_FOLDER receives what the uninstaller removes (packaging/windows_files.py lists the frozen
# folder). Every file is dated SOURCE_DATE_EPOCH first (default: the last commit's time), since the
# setup stores each file's time: the same folder gives the same setup, byte for byte (Debian's
# makensis adds no time of its own). The tests run it again with another VERSION to make a
# "newer" setup of the same folder for the upgrade tests.
set -euo pipefail

[ $# -eq 4 ] || { echo "usage: make_setup.sh VERSION FROZEN_FOLDER LISTS_FOLDER SETUP.exe" >&2; exit 2; }
VERSION=$1 APP=$2 LISTS=$3 SETUP=$4
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/packaging/windows"
PYTHON=${PYTHON:-python3}
[ -f "$APP/reader.exe" ] || { echo "make_setup.sh: no reader.exe in $APP" >&2; exit 2; }

EPOCH=${SOURCE_DATE_EPOCH:-$("$PYTHON" "$ROOT/packaging/reproducible.py" "$ROOT")}
rm -rf "$LISTS"
"$PYTHON" "$ROOT/packaging/windows_files.py" "$APP" "$LISTS"
# The list is installed too (reader-files.txt): dated like the rest.
find "$APP" "$LISTS" -exec touch -h -d "@$EPOCH" {} +
mkdir -p "$(dirname "$SETUP")"
makensis -V2 -DVERSION="$VERSION" -DSOURCE="$APP" -DLISTS="$LISTS" -DOUTFILE="$SETUP" \
  -DICON="$ROOT/resources/icons/reader.ico" -DNOTICE="$HERE/notice.txt" \
  -DLICENCES="$APP/licenses/THIRD-PARTY-NOTICES.txt" "$HERE/reader.nsi"
