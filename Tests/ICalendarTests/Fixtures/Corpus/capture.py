#!/usr/bin/env python3
"""Expected occurrences of the real-client corpus, from python `icalendar` and
`recurring-ical-events` (nothing of Parley's code is involved).

Every `*.ics` below this folder is read with `icalendar.Calendar.from_ical(..., multiple=True)`
(all VCALENDAR objects of the file, RFC 5545 §3.4) and each calendar's VEVENTs are expanded
with `recurring_ical_events.of(calendar).between(WINDOW)`. Each occurrence's start is written as
`parley expand --ics` prints it: an all-day start as `YYYY-MM-DD`, a floating one as
`YYYY-MM-DDThh:mm:ss`, any other with its UTC offset (`+00:00` for UTC), and the list is sorted
by instant (dates and floating times read in UTC, as Parley orders them), then by text. Only
the first LIMIT starts are kept, with the total count.

Run (from the package root):
    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install icalendar==7.3.2 recurring-ical-events==3.8.2
    /tmp/venv/bin/python Tests/ICalendarTests/Fixtures/Corpus/capture.py

Writes `expected.json` beside this script: for each file (path relative to this folder) either
{"count": N, "starts": [...]} or {"error": "..."} when the python libraries cannot read it.
"""
import json
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import icalendar
import recurring_ical_events

WINDOW = (datetime(1990, 1, 1), datetime(2040, 1, 1))
LIMIT = 200
HERE = Path(__file__).resolve().parent


def text(start):
    if not isinstance(start, datetime):
        return start.isoformat(), datetime(start.year, start.month, start.day, tzinfo=timezone.utc)
    if start.tzinfo is None:
        return start.strftime("%Y-%m-%dT%H:%M:%S"), start.replace(tzinfo=timezone.utc)
    offset = start.utcoffset() or timedelta(0)
    seconds = int(offset.total_seconds())
    sign = "-" if seconds < 0 else "+"
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    suffix = f"{sign}{hours:02d}:{minutes:02d}" + (f":{secs:02d}" if secs else "")
    return start.strftime("%Y-%m-%dT%H:%M:%S") + suffix, start


def expand(path):
    calendars = icalendar.Calendar.from_ical(path.read_bytes(), multiple=True)
    starts = []
    for calendar in calendars:
        for event in recurring_ical_events.of(calendar).between(*WINDOW):
            starts.append(text(event.get("DTSTART").dt))
    starts.sort(key=lambda pair: (pair[1], pair[0]))
    return {"count": len(starts), "starts": [value for value, _ in starts[:LIMIT]]}


def main():
    result = {}
    for path in sorted(HERE.glob("*/*.ics")):
        name = str(path.relative_to(HERE))
        try:
            result[name] = expand(path)
        except Exception as error:  # noqa: BLE001 - any failure of the reference is recorded
            result[name] = {"error": f"{type(error).__name__}: {error}"[:200]}
    (HERE / "expected.json").write_text(json.dumps(result, indent=1, sort_keys=True) + "\n")
    errors = sum(1 for value in result.values() if "error" in value)
    print(f"{len(result)} files, {errors} unreadable by the reference", file=sys.stderr)


if __name__ == "__main__":
    main()
