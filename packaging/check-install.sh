#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Reply Task Editor authors
# SPDX-License-Identifier: MIT
# check-install.sh <path/to/reply-task-editor_<version>-<release>_<arch>.deb>
#
# Installs the package with apt-get (which also installs its dependencies), runs the installed
# binary with --version, removes the package again and checks that none of its files is left.
# Prints one PASS or FAIL line per check and exits non-zero if any check failed.
# Must run as root on a Debian system; it changes the system's installed packages. Packages that
# apt-get pulled in as dependencies stay installed (`apt-get autoremove` would remove them).
set -u

package=reply-task-editor
binary=/usr/bin/reply-task-editor

failures=0
pass() { echo "PASS: $*"; }
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
die() {
    echo "FAIL: $*"
    exit 1
}

[ $# -eq 1 ] || die "usage: $0 <path/to/${package}_<version>_<arch>.deb>"
[ "$(id -u)" -eq 0 ] || die "must run as root (it installs and removes $package)"
[ -f "$1" ] || die "no such file: $1"
for tool in apt-get dpkg dpkg-deb dpkg-query; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is not installed"
done

# apt-get treats an argument as a file only if it contains a slash.
case $1 in
/*) deb=$1 ;;
*) deb=$(pwd)/$1 ;;
esac

name=$(dpkg-deb --field "$deb" Package) || die "$deb is not a Debian package"
version=$(dpkg-deb --field "$deb" Version)
[ "$name" = "$package" ] || die "$deb contains package '$name', expected '$package'"
echo "== $package $version from $deb"

is_installed() {
    [ "$(dpkg-query --show --showformat='${db:Status-Status}' "$package" 2>/dev/null)" = installed ]
}

# Never leave the package behind, whatever happens below.
workdir=$(mktemp -d)
installed_by_us=0
# shellcheck disable=SC2317 # only called by the trap
cleanup() {
    if [ "$installed_by_us" -eq 1 ] && is_installed; then
        echo "== cleaning up: removing $package"
        DEBIAN_FRONTEND=noninteractive apt-get remove -y "$package" >/dev/null 2>&1 ||
            echo "FAIL: could not remove $package during clean-up"
    fi
    rm -rf "$workdir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- install ---------------------------------------------------------------------------------------
export DEBIAN_FRONTEND=noninteractive
installed_by_us=1
if apt-get install -y "$deb"; then
    pass "apt-get install $name $version"
else
    die "apt-get install $deb"
fi
is_installed || die "dpkg does not report $package as installed"
[ "$(dpkg-query --show --showformat='${Version}' "$package")" = "$version" ] ||
    die "installed version is not $version"

dpkg --listfiles "$package" | grep '^/' | sort -u >"$workdir/all"
: >"$workdir/files"
: >"$workdir/dirs"
missing=0
while IFS= read -r path; do
    if [ -d "$path" ] && [ ! -L "$path" ]; then
        echo "$path" >>"$workdir/dirs"
    elif [ -e "$path" ] || [ -L "$path" ]; then
        echo "$path" >>"$workdir/files"
    else
        echo "  missing after install: $path"
        missing=$((missing + 1))
    fi
done <"$workdir/all"
if [ "$missing" -eq 0 ]; then
    pass "all $(wc -l <"$workdir/files") files of the package are installed"
else
    fail "$missing files of the package are missing after installation"
fi

# --- run -------------------------------------------------------------------------------------------
# The binary prints the upstream version; the package adds the Debian revision (0.1.0-1~deb13).
upstream=${version%-*}
if [ -x "$binary" ]; then
    out=$(cd "$workdir" && QT_QPA_PLATFORM=offscreen timeout 60 "$binary" --version 2>"$workdir/stderr")
    rc=$?
    echo "  $binary --version: exit $rc, stdout: $out"
    if [ -s "$workdir/stderr" ]; then
        sed 's/^/  stderr: /' "$workdir/stderr"
    fi
    case $out in
    *"$upstream"*)
        if [ "$rc" -eq 0 ]; then
            pass "$binary --version prints $upstream"
        else
            fail "$binary --version exits with $rc"
        fi
        ;;
    *) fail "$binary --version does not print $upstream (exit $rc)" ;;
    esac
else
    fail "$binary is not installed or not executable"
fi

# --- remove ----------------------------------------------------------------------------------------
if apt-get remove -y "$package"; then
    pass "apt-get remove $package"
else
    fail "apt-get remove $package"
fi
status=$(dpkg-query --show --showformat='${db:Status-Status}' "$package" 2>/dev/null || echo not-installed)
case $status in
not-installed) pass "dpkg reports $package as not installed" ;;
*) fail "dpkg reports $package as '$status' after removal" ;;
esac

left=0
while IFS= read -r path; do
    if [ -e "$path" ] || [ -L "$path" ]; then
        echo "  left behind: $path"
        left=$((left + 1))
    fi
done <"$workdir/files"
# A directory may stay if another package owns it too or something else lives in it (for example
# an icon cache); an empty directory that nobody owns is a leftover of ours.
while IFS= read -r path; do
    if [ -d "$path" ] && ! dpkg-query --search "$path" >/dev/null 2>&1 &&
        [ -z "$(ls -A "$path")" ]; then
        echo "  left behind (empty directory): $path"
        left=$((left + 1))
    fi
done <"$workdir/dirs"
if [ "$left" -eq 0 ]; then
    pass "no file of $package is left after removal"
else
    fail "$left paths of $package are left after removal"
fi

if [ "$failures" -eq 0 ]; then
    echo "PASS: install, run and removal of $package $version"
    exit 0
fi
echo "FAIL: $failures checks failed for $package $version"
exit 1
