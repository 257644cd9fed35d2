#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
# SPDX-License-Identifier: MIT
# Runs every benchmark (ctest label "benchmark") one after the other and prints their figures as one
# table. Under xvfb-run when there is no display, so that windows are really mapped and painted.
set -euo pipefail
build=${1:-build}
report="$build/benchmarks.md"
: >"$report"
export RTE_BENCH_REPORT="$(realpath "$report")"
run=(ctest --test-dir "$build" -L benchmark --output-on-failure)
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
    run=(xvfb-run -a -s "-screen 0 1920x1080x24" "${run[@]}")
fi
status=0
"${run[@]}" || status=$?

echo
echo "Benchmarks: medians, each against its anchor measured in the same run ($(date -u +%F), $(nproc) cores)"
echo "| figure | median | anchor (same run) | ratio | goal | |"
echo "|---|---|---|---|---|---|"
grep -v '^<!-- note -->' "$report" || true
grep '^<!-- note -->' "$report" | sed 's/^<!-- note --> /  note: /' || true
exit $status
