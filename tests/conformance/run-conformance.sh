#!/usr/bin/env bash
# Starts copydeck-sandbox on a free port, runs one conformance script against it, stops it.
# Usage: run-conformance.sh <copydeck-sandbox> <script.mjs>
set -euo pipefail
sandbox=$1
script=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

# Installed from the lockfile when a dependency of package.json is missing from node_modules.
if ! (cd "$here" && node -e 'const fs = require("fs");
    for (const name of Object.keys(require("./package.json").dependencies))
        fs.statSync("node_modules/" + name);' 2>/dev/null); then
    (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi

out=$(mktemp)
"$sandbox" --port 0 --speed "${SANDBOX_SPEED:-100000}" >"$out" &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -f "$out"' EXIT
for _ in $(seq 1 100); do
    [[ -s "$out" ]] && break
    sleep 0.1
done
export SANDBOX_INFO
SANDBOX_INFO=$(head -n 1 "$out")
cd "$here"
node "$script"
