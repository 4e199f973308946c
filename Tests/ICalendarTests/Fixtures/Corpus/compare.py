#!/usr/bin/env python3
"""Agreement of `parley expand --ics` with the captured recurring-ical-events output.

Runs the given `parley` on every corpus file over the window `capture.py` used, orders the
starts as `capture.py` does (by instant, dates and floating times read in UTC, then by text),
and compares the first LIMIT (as dates, floating times or instants: the offset a start is shown
at is presentation) and the count with `expected.json`. Prints one line per file that
differs and the agreement rate; standard library only, no reference library needed.

Run (from the package root, after `swift build`):
    python3 Tests/ICalendarTests/Fixtures/Corpus/compare.py .build/debug/parley
"""
import json
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
LIMIT = 200


def instant(text):
    value = datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def key(text):
    """A start as what it means: a date, a floating time, or an instant (the offset a
    reader shows a zoned or UTC start at is presentation)."""
    if len(text) == 10 or len(text) == 19:
        return text
    return instant(text).astimezone(timezone.utc).isoformat()


def same(ours, reference):
    if "error" in ours or "error" in reference:
        return ours == reference
    return ours["count"] == reference["count"] and sorted(map(key, ours["starts"])) == sorted(map(key, reference["starts"]))


def main():
    parley = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/parley"
    expected = json.loads((HERE / "expected.json").read_text())
    agree = 0
    comparable = 0
    for name, reference in sorted(expected.items()):
        run = subprocess.run(
            [parley, "expand", "--ics", str(HERE / name), "--between", "1990-01-01", "2040-01-01"],
            capture_output=True, text=True)
        if run.returncode != 0:
            ours = {"error": run.stderr.strip().splitlines()[-1:] or ["exit %d" % run.returncode]}
        else:
            starts = sorted(run.stdout.split(), key=lambda text: (instant(text), text))
            ours = {"count": len(starts), "starts": starts[:LIMIT]}
        if "error" in reference:
            print(f"{name}: the reference cannot read it ({reference['error'][:80]})")
            continue
        comparable += 1
        if same(ours, reference):
            agree += 1
        else:
            detail = ours.get("error") or f"{ours['count']} starts, reference {reference['count']}"
            print(f"{name}: differs: {detail}")
    print(f"agreement: {agree} of {comparable} files the reference reads ({100 * agree / max(comparable, 1):.1f} %)")


if __name__ == "__main__":
    main()
