#!/usr/bin/env bash
# Makes the README's screenshot with Copydeck's own code: the real main window on the sandbox,
# under a virtual X server, saved by the window itself (copydeck --screenshot).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${1:-"$here/build"}
xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$build_dir/app/copydeck" --sandbox --sandbox-speed 5 --screenshot "$here/docs/screenshot-main.png"
echo "wrote docs/screenshot-main.png"
