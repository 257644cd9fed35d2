#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
# SPDX-License-Identifier: MIT
# run-tool.sh <tool> [args...]
# Runs a validator, or exits 77 (ctest SKIP_RETURN_CODE) when the tool is not installed.
set -eu
tool=$1
shift
if ! command -v "$tool" >/dev/null 2>&1; then
    echo "SKIP: $tool is not installed"
    exit 77
fi
exec "$tool" "$@"
