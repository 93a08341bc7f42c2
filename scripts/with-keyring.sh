#!/usr/bin/env bash
# Runs a command with an unlocked gnome-keyring (Secret Service) on the current D-Bus session.
#
#   dbus-run-session -- scripts/with-keyring.sh ctest ...
#
# The keyring is a throwaway one: it lives in a temporary directory with a fixed password, is
# unlocked without any prompt, and is deleted when the command ends. Without a D-Bus session the
# script starts its own with dbus-run-session. When a Secret Service already owns the session
# (a desktop session), the command runs against it unchanged.
set -euo pipefail

if [[ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]]; then
    exec dbus-run-session -- "${BASH_SOURCE[0]}" "$@"
fi

say() { echo "with-keyring: $*" >&2; }

bus_call() {
    dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        "org.freedesktop.DBus.$1" "string:$2" 2>/dev/null
}

if [[ "$(bus_call NameHasOwner org.freedesktop.secrets || true)" == *true* ]]; then
    say "a Secret Service already runs on this D-Bus session; using it"
    exec "$@"
fi

if ! command -v gnome-keyring-daemon >/dev/null; then
    say "gnome-keyring-daemon is not installed (Debian package gnome-keyring; scripts/setup.sh" \
        "installs it): tests that need a keychain will fail"
    exec "$@"
fi

keyring_dir=$(mktemp -d "${TMPDIR:-/tmp}/copydeck-keyring.XXXXXX")
daemon_pid=""
cleanup() {
    if [[ -n "$daemon_pid" ]]; then
        kill "$daemon_pid" 2>/dev/null || true
    fi
    rm -rf "$keyring_dir"
}
trap cleanup EXIT

# The daemon gets its own data and runtime directories so that it neither reads the user's real
# keyrings nor joins a daemon that is already running elsewhere. A login keyring created with a
# non-empty password becomes the default collection, unlocked; an empty password leaves no
# default collection and every write would ask for a prompt. It runs in the foreground (in the
# background of this script) so that its process id is known and it is stopped at the end.
mkdir -p "$keyring_dir/data" "$keyring_dir/run"
chmod 700 "$keyring_dir/run"
printf 'copydeck-throwaway' >"$keyring_dir/password"
env -u GNOME_KEYRING_CONTROL XDG_DATA_HOME="$keyring_dir/data" XDG_RUNTIME_DIR="$keyring_dir/run" \
    gnome-keyring-daemon --foreground --unlock --components=secrets \
    <"$keyring_dir/password" >"$keyring_dir/daemon.log" 2>&1 &
daemon_pid=$!

# The daemon claims org.freedesktop.secrets shortly after it starts.
for _ in $(seq 100); do
    [[ "$(bus_call NameHasOwner org.freedesktop.secrets || true)" == *true* ]] && break
    if ! kill -0 "$daemon_pid" 2>/dev/null; then
        break
    fi
    sleep 0.1
done
if [[ "$(bus_call NameHasOwner org.freedesktop.secrets || true)" != *true* ]]; then
    say "gnome-keyring-daemon did not start a Secret Service; tests that need a keychain will" \
        "fail. Its output:"
    cat "$keyring_dir/daemon.log" >&2
fi

set +e
"$@"
status=$?
set -e
exit "$status"
