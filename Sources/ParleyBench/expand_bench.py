#!/usr/bin/env python3
"""The python side of `parley-bench expand`: the same work with python-dateutil, and with
python `icalendar` + `recurring-ical-events` for the calendar case. Prints seconds per case
as `name seconds` lines; a case whose libraries are missing prints `name skipped reason`."""
import sys
import time
from datetime import datetime
from itertools import islice
from zoneinfo import ZoneInfo


def dateutil_cases():
    try:
        from dateutil.rrule import rrulestr
    except ImportError as error:
        print(f"a skipped {error}")
        print(f"b skipped {error}")
        return
    start = datetime(2026, 1, 1, 9, 0, tzinfo=ZoneInfo("Europe/Moscow"))
    began = time.perf_counter()
    values = list(islice(rrulestr("FREQ=DAILY", dtstart=start), 1_000_000))
    print(f"a {time.perf_counter() - began:.4f} {len(values)}")
    start = datetime(2026, 1, 1, 9, 0, tzinfo=ZoneInfo("America/New_York"))
    began = time.perf_counter()
    values = list(islice(rrulestr("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", dtstart=start), 100_000))
    print(f"b {time.perf_counter() - began:.4f} {len(values)}")


def calendar_case(path):
    try:
        import icalendar
        import recurring_ical_events
    except ImportError as error:
        print(f"c skipped {error}")
        return
    began = time.perf_counter()
    with open(path, "rb") as handle:
        calendar = icalendar.Calendar.from_ical(handle.read())
    events = recurring_ical_events.of(calendar).between(datetime(2026, 1, 1), datetime(2027, 1, 1))
    print(f"c {time.perf_counter() - began:.4f} {len(events)}")


def print_case():
    """`parley expand 'FREQ=DAILY' --start 2026-01-01T09:00 --tz Europe/Moscow --count 1000000`
    done by python-dateutil, printing each start on standard output as parley does."""
    from dateutil.rrule import rrulestr
    start = datetime(2026, 1, 1, 9, 0, tzinfo=ZoneInfo("Europe/Moscow"))
    out = sys.stdout
    for value in islice(rrulestr("FREQ=DAILY", dtstart=start), 1_000_000):
        out.write(value.isoformat() + "\n")


if __name__ == "__main__":
    if sys.argv[1] == "--print":
        print_case()
    else:
        dateutil_cases()
        calendar_case(sys.argv[1])
