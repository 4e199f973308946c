#!/usr/bin/env python3
"""Writes the calendar of `parley-bench expand` case (d) with python `icalendar`, as a
calendar client or a python tool would export it: N events (default 10,000) in five zones
with the VTIMEZONEs icalendar generates, every tenth a weekly series (RRULE), the rest single
events, all in 2026, with SUMMARY, LOCATION and DESCRIPTION.

    python3 Sources/ParleyBench/ics_expand_calendar.py OUT.ics [N]

Exits 3 (with a line on stderr) when `icalendar` cannot be imported."""
import sys
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

try:
    import icalendar
except ImportError as error:
    print(f"skipped: {error}", file=sys.stderr)
    sys.exit(3)

ZONES = ["Asia/Jakarta", "Europe/Moscow", "Asia/Kolkata", "Australia/Sydney", "America/New_York"]


def main():
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Parley//bench expand//EN")
    cal.add("version", "2.0")
    stamp = datetime(2026, 1, 1, tzinfo=ZoneInfo("UTC"))
    for index in range(count):
        zone = ZoneInfo(ZONES[index % len(ZONES)])
        start = datetime(2026, 1, 1, 8 + index % 9, 30 * (index % 2), tzinfo=zone) + timedelta(days=(index * 7) % 365)
        event = icalendar.Event()
        event.add("uid", f"bench-{index}@parley.example")
        event.add("dtstamp", stamp)
        event.add("summary", f"Consultation round {index}")
        event.add("location", "Ministry of Foreign Affairs, Jakarta")
        event.add("description", f"Round {index} of the bilateral consultations.\nAgenda to follow.")
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(hours=1, minutes=30))
        if index % 10 == 0:
            event.add("rrule", {"freq": "weekly", "byday": ["MO", "TH"]} if index % 20 == 0 else {"freq": "weekly", "count": 30})
        cal.add_component(event)
    cal.add_missing_timezones()
    with open(out, "wb") as handle:
        handle.write(cal.to_ical())


if __name__ == "__main__":
    main()
