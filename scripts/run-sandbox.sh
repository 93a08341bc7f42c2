#!/usr/bin/env bash
# First command of the README: set up, build, and start Copydeck on the built-in sandbox cloud.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$here/scripts/setup.sh" "$here/build" -DCOPYDECK_BUILD_TESTS=OFF
exec "$here/build/app/copydeck" --sandbox "$@"
