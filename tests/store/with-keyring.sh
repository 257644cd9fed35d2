#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
# SPDX-License-Identifier: MIT
# Runs a test binary against a private, unlocked Secret Service (gnome-keyring) with a
# throw-away HOME, so a keychain test never touches the developer's real keyring or files.
#
#   dbus-run-session -- sh with-keyring.sh <test binary> [arguments...]
#
# RTE_KEYCHAIN_MODE=real tells the test that the service is up. When it cannot be started the
# variable stays unset and the keychain tests skip. The temporary HOME is removed afterwards.
set -u

if [ $# -lt 1 ]; then
    echo "usage: with-keyring.sh <test binary> [arguments...]" >&2
    exit 2
fi

home=$(mktemp -d "${TMPDIR:-/tmp}/rte-keyring-home.XXXXXX") || exit 1
trap 'rm -rf "$home"' EXIT INT TERM
chmod 700 "$home"
export HOME="$home"
export XDG_DATA_HOME="$home/.local/share"
export XDG_CONFIG_HOME="$home/.config"
export XDG_CACHE_HOME="$home/.cache"
export XDG_RUNTIME_DIR="$home/runtime"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset RTE_KEYCHAIN_MODE
# QtKeychain picks KWallet on a KDE desktop; here it must talk to the Secret Service, and no
# prompt may try to open a window.
unset XDG_CURRENT_DESKTOP KDE_SESSION_VERSION KDE_FULL_SESSION DESKTOP_SESSION DISPLAY WAYLAND_DISPLAY

if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    echo "with-keyring.sh: no session bus; run me under dbus-run-session" >&2
elif ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
    echo "with-keyring.sh: gnome-keyring-daemon is not installed" >&2
else
    # --unlock reads the login keyring password from stdin: an empty line, the empty password
    # (without the newline no login keyring is made). The daemon forks, prints the variables
    # its clients need, and ends with the session bus.
    if output=$(printf '\n' | gnome-keyring-daemon --unlock --components=secrets); then
        for assignment in $output; do
            export "$assignment"
        done
        export RTE_KEYCHAIN_MODE=real
    else
        echo "with-keyring.sh: gnome-keyring-daemon did not start" >&2
    fi
fi

"$@"
status=$?
exit $status
