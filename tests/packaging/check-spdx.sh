#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
# SPDX-License-Identifier: MIT
# Every source file says its licence in its first lines, as KDE projects do (REUSE): C++ sources and
# headers, CMake files and scripts. Usage: check-spdx.sh SOURCE_DIR
set -eu
cd "$1"
missing=0
if [ -d .git ] && command -v git >/dev/null 2>&1; then
    list=$(git ls-files)
else
    list=$(find . -type f ! -path './build*' ! -path './.git/*' | sed 's|^\./||')
fi
for f in $list; do
    case "$f" in
        tests/fuzz/corpus/*) continue ;;
        *.cpp|*.h|*.sh|*.py|*.cmake|*CMakeLists.txt|.ci/*) ;;
        *) continue ;;
    esac
    [ -f "$f" ] || continue
    if ! head -n 4 "$f" | grep -q 'SPDX-License-Identifier: MIT'; then
        echo "FAIL: $f has no SPDX-License-Identifier line at the top"
        missing=$((missing + 1))
    fi
done
[ -f LICENSE ] || { echo "FAIL: no LICENSE at the top level"; missing=$((missing + 1)); }
if [ "$missing" -ne 0 ]; then
    exit 1
fi
echo "PASS: every source file carries an SPDX-License-Identifier, and LICENSE is there"
