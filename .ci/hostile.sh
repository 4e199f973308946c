#!/usr/bin/env bash
# The hostile-input suite of issue 22: each input that once exhausted memory or time, leaked a
# file or forged a CI annotation, generated here into a temporary folder and run against the
# built `parley` under a memory cap (ulimit -v) and a timeout per case. Prints each case's
# wall time and peak memory (measured, never asserted by the tests).
#
# Usage: bash .ci/hostile.sh [PATH-TO-PARLEY]   (default: the release build, else the debug build;
# .ci/run passes the release binary that `make` built for .ci/check-install.sh)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

parley="${1:-}"
if [[ -z "$parley" ]]; then
    if [[ -x .build/release/parley ]]; then parley="$PWD/.build/release/parley"; else parley="$(swift build --show-bin-path)/parley"; fi
fi
[[ -x "$parley" ]] || { echo "hostile: no parley binary at $parley" >&2; exit 1; }
echo "hostile: $parley"

memory_kib=$((2 * 1024 * 1024))   # 2 GiB of address space per case
seconds=60                         # per case (a release build on a busy machine)
marker="PARLEY-HOSTILE-SECRET-5d1e"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

# run NAME EXPECTED-STATUSES COMMAND...: runs in $work/NAME with the caps; output in $work/NAME.out.
run() {
    local name=$1 expected=$2
    shift 2
    local status=0 start end
    start=$(date +%s.%N)
    (
        cd "$work/$name"
        ulimit -v "$memory_kib"
        PARLEY_CI_TOKEN="$marker" timeout "$seconds" /usr/bin/time -f '%M' -o "$work/$name.peak" "$@"
    ) >"$work/$name.out" 2>&1 || status=$?
    end=$(date +%s.%N)
    printf '%-14s status %-3s %6.2f s  peak %8s KiB  output %s bytes\n' "$name" "$status" "$(echo "$end - $start" | bc)" \
        "$(tail -n 1 "$work/$name.peak" 2>/dev/null || echo '?')" "$(wc -c <"$work/$name.out")"
    if [[ ! " $expected " == *" $status "* ]]; then
        echo "hostile: $name exited $status, expected one of: $expected" >&2
        tail -n 5 "$work/$name.out" >&2
        failures=$((failures + 1))
    fi
}

# expect NAME PATTERN: the output of NAME contains PATTERN (fixed string).
expect() {
    if ! grep -qF -- "$2" "$work/$1.out"; then
        echo "hostile: $1: output lacks '$2'" >&2
        failures=$((failures + 1))
    fi
}

# clean NAME: no marker, no ESC/BEL/C1 byte sequence, no forged workflow command.
clean() {
    local file="$work/$1.out"
    if grep -qF "$marker" "$file"; then echo "hostile: $1 printed the secret marker" >&2; failures=$((failures + 1)); fi
    if LC_ALL=C grep -qP '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xa8-\xae]|\xe2\x81[\xa6-\xa9]' "$file"; then
        echo "hostile: $1 printed a control character" >&2
        failures=$((failures + 1))
    fi
    if grep -E '^[[:space:]]*(::|##\[)' "$file" | grep -vqE '^::(error|warning|notice) file='; then
        echo "hostile: $1 printed a line that starts a workflow command" >&2
        failures=$((failures + 1))
    fi
}

plan_head='country ID "Indonesia"
  timezone Asia/Jakarta
country SG "Singapore"
  timezone Asia/Singapore
venue jakarta "Jakarta" in ID
  exclusive
'

# 1. Two symlinks to '.' and a file that uses itself through both (2^40 paths once).
mkdir -p "$work/links"
ln -s . "$work/links/a"
ln -s . "$work/links/b"
printf 'use "a/loop.parley"\nuse "b/loop.parley"\n%s' "$plan_head" >"$work/links/loop.parley"
run links "2" "$parley" check loop.parley --today 2026-06-01
expect links "use cycle"

# 2. 1,500 series sharing one delegate on one date (once 2,248,500 errors, 1.1 GB of output).
mkdir -p "$work/crowd"
{
    printf '%s' "$plan_head"
    printf 'person id-deputy "Deputy" of ID\n'
    for i in $(seq 1 1500); do
        printf 'dialogue s%d "Series %d"\n  partners ID SG\n  delegates id-deputy\n  round 1 on 2027-03-09 at jakarta planned\n' "$i" "$i"
    done
} >"$work/crowd/crowd.parley"
run crowd "1" "$parley" check crowd.parley --today 2027-01-01
expect crowd "more double bookings of id-deputy are not shown"

# 3. A 210-byte calendar repeating every 3 minutes, named by 16 people.
mkdir -p "$work/minutely"
printf 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:m\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20260101T000000Z\r\nDTEND:20260101T000100Z\r\nRRULE:FREQ=MINUTELY;INTERVAL=3\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n' >"$work/minutely/m.ics"
{
    printf '%s' "$plan_head"
    for i in $(seq 1 16); do printf 'person p%d "P" of ID\n  busy from "m.ics"\n' "$i"; done
} >"$work/minutely/plan.parley"
run minutely "0" "$parley" check plan.parley --today 2026-06-01
run minutely "2" "$parley" check plan.parley --today 2026-06-01 --max-occurrences 100000
expect minutely "expand to more than 100000 occurrences"

# 4. A chain of 4,000 `use` files.
mkdir -p "$work/chain"
for i in $(seq 0 3999); do printf 'use "f%d.parley"\n' $((i + 1)) >"$work/chain/f$i.parley"; done
printf '%s' "$plan_head" >"$work/chain/f4000.parley"
run chain "2" "$parley" check f0.parley --today 2026-06-01
expect chain "more than 1000 plan files"

# 5. `use` of a 1 GiB file (sparse), whose first line is a secret.
mkdir -p "$work/huge"
printf '%s\n' "$marker" >"$work/huge/huge.parley"
truncate -s 1G "$work/huge/huge.parley"
printf 'use "huge.parley"\n%s' "$plan_head" >"$work/huge/main.parley"
run huge "2" "$parley" check main.parley --today 2026-06-01
expect huge "more than the 16 MiB"
clean huge

# 6. CI: Plans/ holds a hostile plan; the environment and files outside hold the marker.
mkdir -p "$work/ci/Plans" "$work/ci/.git"
printf 'TOKEN=%s\n' "$marker" >"$work/ci/.env"
printf '[http]\n\textraheader = AUTHORIZATION: basic %s\n' "$marker" >"$work/ci/.git/config"
printf 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20270309T020000Z\r\nDTEND:20270309T090000Z\r\nSUMMARY:x\\n::error::Forged\033]52;c;ZXZpbA==\007\033[2J\302\233\342\200\250\342\200\256\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n' >"$work/ci/Plans/busy.ics"
{
    printf 'use "../.env"\nuse "/proc/self/environ"\nuse "../.git/config"\nuse "/etc/passwd"\n'
    printf '%s' "$plan_head"
    printf 'person id-director "Director" of ID\n  busy from "busy.ics"\n'
    printf 'dialogue id-sg "Consultations"\n  partners ID SG\n  delegates id-director\n  round 1 on 2027-03-09 at jakarta planned\n'
    printf '::warning file=Plans/partners.parley,line=3::Forged\n# bell \007 and escape \033[2J\n'
} >"$work/ci/Plans/hostile.parley"
ln -s /etc/hostname "$work/ci/Plans/leak.parley" 2>/dev/null || true
printf 'x\n' >"$work/ci/Plans/evil
::error::name.parley"
for format in text json github sarif; do
    mkdir -p "$work/ci-$format"
    cp -a "$work/ci/." "$work/ci-$format/"
    run "ci-$format" "2" "$parley" check Plans --format "$format" --today 2026-06-01
    clean "ci-$format"
done
for command in "fmt --check Plans" "ics Plans --out feeds --check" "export Plans" "next id-sg Plans --today 2027-01-01"; do
    name="ci-${command%% *}"
    mkdir -p "$work/$name"
    cp -a "$work/ci/." "$work/$name/"
    # shellcheck disable=SC2086
    run "$name" "0 1 2" "$parley" $command
    clean "$name"
done

# 7. Stale temporary files in a feed folder: reported by --check, removed by a write.
mkdir -p "$work/stale/feeds"
printf '%s' "$plan_head" >"$work/stale/plan.parley"
printf 'dialogue d "D"\n  partners ID SG\n  round 1 on 2027-03-09 at jakarta planned\n' >>"$work/stale/plan.parley"
(cd "$work/stale" && "$parley" ics plan.parley --out feeds >/dev/null)
sleep 0 & dead=$!
wait "$dead"
head -c 1048576 /dev/zero >"$work/stale/feeds/.all.ics.tmp-$dead-12345"
run stale "1" "$parley" ics plan.parley --out feeds --check
expect stale "stale temporary file"
run stale "0" "$parley" ics plan.parley --out feeds
expect stale "removed (a temporary file an interrupted write left)"
[[ ! -e "$work/stale/feeds/.all.ics.tmp-$dead-12345" ]] || { echo "hostile: stale temporary file left" >&2; failures=$((failures + 1)); }

# 8. fmt on a plan whose name is 250 bytes.
mkdir -p "$work/long"
long="$(printf 'a%.0s' $(seq 1 243)).parley"
printf 'country   ID "Indonesia"\n  timezone Asia/Jakarta\n' >"$work/long/$long"
run long "0" "$parley" fmt "$long"
expect long "formatted"

if [[ $failures -gt 0 ]]; then
    echo "hostile: $failures failure(s)" >&2
    exit 1
fi
echo "hostile: every case held"
