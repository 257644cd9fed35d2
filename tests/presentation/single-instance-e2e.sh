#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
# SPDX-License-Identifier: MIT
# single-instance-e2e.sh <reply-task-editor>
# The real binary twice, as a rep double-starts it: `--demo` stays open, then `--task 5` must hand the
# task to it and exit 0 within seconds, without opening a second window. The primary must still run
# afterwards and must have received task 5.
set -eu
app=$1

work=$(mktemp -d)
# The instance socket lives in the temporary directory: a private one keeps a rep's running app, or
# another test, out of the way.
TMPDIR=$work
export TMPDIR
primary=
cleanup() {
    if [ -n "$primary" ] && kill -0 "$primary" 2>/dev/null; then
        kill "$primary" 2>/dev/null || true
        wait "$primary" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

QT_LOGGING_RULES="*.debug=false;rte.instance.debug=true" "$app" --demo >"$work/primary.log" 2>&1 &
primary=$!

# The primary listens on <app id>-<user hash> in $TMPDIR; wait until that socket exists (20 s at most).
listening=
tries=0
while [ -z "$listening" ] && [ "$tries" -lt 100 ]; do
    for candidate in "$work"/io.github.replytaskeditor.TaskEditor-*; do
        if [ -S "$candidate" ]; then
            listening=$candidate
        fi
    done
    if ! kill -0 "$primary" 2>/dev/null; then
        echo "FAIL: the first start (--demo) exited early:"
        cat "$work/primary.log"
        exit 1
    fi
    [ -n "$listening" ] || sleep 0.2
    tries=$((tries + 1))
done
if [ -z "$listening" ]; then
    echo "FAIL: the first start never listened for other instances (is SingleInstance wired in main.cpp?)"
    cat "$work/primary.log"
    exit 1
fi

start=$(date +%s)
status=0
QT_LOGGING_RULES="*.debug=false;rte.instance.debug=true" timeout 15 "$app" --task 5 >"$work/second.log" 2>&1 \
    || status=$?
elapsed=$(($(date +%s) - start))
cat "$work/second.log"
if [ "$status" -ne 0 ]; then
    echo "FAIL: the second start exited with $status (124: it kept running, so it opened its own window)"
    exit 1
fi
# How long the hand-over took is reported, not judged: `timeout 15` above only bounds a broken start.
if ! grep -q "handed over to the running instance" "$work/second.log"; then
    echo "FAIL: the second start exited without handing over"
    exit 1
fi

# The primary got the task and is still there.
tries=0
until grep -q "activation requested with a task" "$work/primary.log"; do
    tries=$((tries + 1))
    if [ "$tries" -ge 50 ]; then
        echo "FAIL: the first start never reported the activation:"
        cat "$work/primary.log"
        exit 1
    fi
    sleep 0.1
done
if ! kill -0 "$primary" 2>/dev/null; then
    echo "FAIL: the first start is gone after the hand-over:"
    cat "$work/primary.log"
    exit 1
fi
echo "PASS: --task 5 was handed to the running instance in ${elapsed}s"
