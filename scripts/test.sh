#!/usr/bin/env bash
# Second command of the README: set up, build with warnings as errors, and run every test.
# Tests that need a keychain run inside their own D-Bus session with an unlocked gnome-keyring.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir="$here/build-tests"
# Release semantics (Q_ASSERT off, as users run it) without optimisation or debug info: on two
# cores the build is most of the run, and the code optimised is not what the tests are about (the
# day-to-day Debug builds are -O0 too; scripts/run-sandbox.sh builds the optimised app).
"$here/scripts/setup.sh" "$build_dir" -DCOPYDECK_BUILD_TESTS=ON -DCOPYDECK_WERROR=ON \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE=-O0

cd "$build_dir"
exec dbus-run-session -- "$here/scripts/with-keyring.sh" \
    ctest --output-on-failure --timeout 600 -j "$(nproc)"
