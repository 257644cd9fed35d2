#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
# SPDX-License-Identifier: MIT
# check-deb.sh --build-dir <dir> <package-name> <version>
# check-deb.sh --fresh <source-dir> <package-name> <version>
#
# Builds the Debian package with CPack and runs lintian on it; fails on any lintian error or
# warning. Exits 77 (ctest SKIP_RETURN_CODE) when lintian or dpkg-deb is missing.
#
#   --build-dir  builds the `package` target of an existing build tree: the .deb that ships.
#   --fresh      configures a Release build of <source-dir> in a temporary directory with
#                Debian's flags (dpkg-buildflags, hardening=+all) and BUILD_TESTING=OFF, builds it
#                with two jobs, packages it and deletes the directory again.
#
# RTE_LINTIAN_ARGS may add lintian options, e.g. RTE_LINTIAN_ARGS="--profile debian".
set -eu

usage() {
    echo "usage: $0 --build-dir <dir> | --fresh <source-dir>  <package-name> <version>" >&2
    exit 2
}
[ $# -eq 4 ] || usage
mode=$1
dir=$2
name=$3
version=$4

for tool in lintian dpkg-deb cmake; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed"
        exit 77
    fi
done

tmp=
cleanup() { [ -z "$tmp" ] || rm -rf "$tmp"; }
trap cleanup EXIT INT TERM

case $mode in
--build-dir)
    build=$dir
    ;;
--fresh)
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/rte-deb.XXXXXX")
    build=$tmp/build
    set --
    if command -v dpkg-buildflags >/dev/null 2>&1; then
        DEB_BUILD_MAINT_OPTIONS=${DEB_BUILD_MAINT_OPTIONS:-hardening=+all}
        export DEB_BUILD_MAINT_OPTIONS
        set -- "-DCMAKE_CXX_FLAGS=$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)" \
            "-DCMAKE_EXE_LINKER_FLAGS=$(dpkg-buildflags --get LDFLAGS)"
    fi
    echo "== configuring $dir in $build"
    cmake -S "$dir" -B "$build" -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
        -DBUILD_TESTING=OFF "$@"
    echo "== building"
    cmake --build "$build" --parallel 2
    ;;
*)
    usage
    ;;
esac

echo "== packaging in $build"
rm -f "$build/${name}_${version}"[-_]*.deb
cmake --build "$build" --parallel 2 --target package

set -- "$build/${name}_${version}"[-_]*.deb
if [ ! -f "$1" ] || [ $# -ne 1 ]; then
    echo "FAIL: expected one ${name}_${version}-<release>_<arch>.deb in $build, found: $*"
    exit 1
fi
deb=$1

echo "== $deb"
dpkg-deb --info "$deb"
dpkg-deb --contents "$deb"

echo "== lintian"
# shellcheck disable=SC2086 # RTE_LINTIAN_ARGS is a list of options
if lintian --fail-on error,warning --display-info --display-experimental --pedantic \
    ${RTE_LINTIAN_ARGS:-} "$deb"; then
    echo "PASS: lintian reports no error and no warning for $(basename "$deb")"
else
    echo "FAIL: lintian reports errors or warnings for $(basename "$deb")"
    exit 1
fi
