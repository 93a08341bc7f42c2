#!/usr/bin/env bash
# Makes the README's pictures with Copydeck's own code: the real main window and copy dialog on the
# in-process sandbox (one finished copy, one running with an estimate), rendered and saved by
# tests/gui/copydeck_screenshot. Needs a build with tests (scripts/test.sh makes one).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${1:-"$here/build-tests"}
"$build_dir/tests/gui/copydeck_screenshot" --size 1400x860 \
    --out "$here/docs/screenshot-main.png" --dialog "$here/docs/screenshot-copy-dialog.png"
