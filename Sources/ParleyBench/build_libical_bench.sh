#!/bin/sh
# Builds libical_parse_bench.c (beside this script) against the system's libical
# (Debian: apt-get install libical-dev) into OUT. Exits 3 with a reason when cc or libical is missing.
# Usage: build_libical_bench.sh OUT
set -e
here=$(dirname "$0")
out=${1:?usage: build_libical_bench.sh OUT}
command -v cc >/dev/null 2>&1 || { echo "skipped: no cc" >&2; exit 3; }
pkg-config --exists libical 2>/dev/null || { echo "skipped: no libical (apt-get install libical-dev)" >&2; exit 3; }
# shellcheck disable=SC2046
cc -O2 -o "$out" "$here/libical_parse_bench.c" $(pkg-config --cflags --libs libical)
