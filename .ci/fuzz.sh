#!/usr/bin/env bash
# libFuzzer on the .ics reader and the plan reader (issue 14): builds the two harnesses
# (Sources/Fuzz) in release with libFuzzer and AddressSanitizer into their own scratch folder,
# so the normal builds are untouched, and runs each for SECONDS (default 60) from its committed
# seed corpus (Tests/Fuzz/<harness>) with the iCalendar or plan dictionary. New inputs go into a
# scratch corpus under .build/fuzz-corpus; a crash or leak leaves its input in .build/fuzz-artifacts
# and fails the script (make it a test, then delete it).
#
# A unit may take up to 120 s: under AddressSanitizer the reader runs ~25x slower than in
# release, and a rule that must be counted from a far start walks up to the reader's limit of
# 10,000,000 instances before it gives up with its error (about 3 s in release, 75 s here).
#
# Usage: bash .ci/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

seconds="${1:-60}"
scratch=.build/fuzz
build=(swift build -c release --scratch-path "$scratch" --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address -Xswiftc -DPARLEY_FUZZ)
for product in fuzz-calendar-reader fuzz-plan-reader; do
    "${build[@]}" --product "$product"
done
bin=$("${build[@]}" --show-bin-path)

for harness in calendar-reader plan-reader; do
    corpus=.build/fuzz-corpus/$harness
    artifacts=.build/fuzz-artifacts/$harness
    mkdir -p "$corpus" "$artifacts"
    echo "fuzz-$harness: $seconds s from Tests/Fuzz/$harness"
    log=.build/fuzz-$harness.log
    status=0
    "$bin/fuzz-$harness" "$corpus" "Tests/Fuzz/$harness" -dict="Tests/Fuzz/$harness.dict" \
        -max_total_time="$seconds" -max_len=4096 -timeout=120 -rss_limit_mb=2048 \
        -artifact_prefix="$artifacts/" -print_final_stats=1 >"$log" 2>&1 || status=$?
    grep -E '^#[0-9]+ +(DONE|INITED)|^stat::(number_of_executed_units|peak_rss_mb)|ERROR|SUMMARY' "$log" | tail -n 8 || true
    if [[ "$status" -ne 0 ]]; then
        tail -n 40 "$log" >&2
        echo "CI: fuzz-$harness found a failure (exit $status); its input is in $artifacts" >&2
        exit 1
    fi
done
