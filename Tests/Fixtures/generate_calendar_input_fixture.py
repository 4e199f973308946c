#!/usr/bin/env python3
"""Fixture for Parley's one path of calendar input (busy calendars, holiday feeds,
`holidays --import`, `expand --ics`), written and expanded by python libraries.

The calendar is written by python `icalendar` (with the VTIMEZONEs it generates from the
IANA database); its occurrences over 2026 come from `recurring-ical-events`; the days off are
worked out here from those occurrences by the rule Parley documents: an all-day event covers
its start date up to but not including its end date (RFC 5545 §3.6.1, at least its start
date); a timed one covers every local date (on its own zone's clock) from its start to the
instant before its end. Nothing of Parley's code is involved.

Run (from the package root):
    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install icalendar recurring-ical-events
    /tmp/venv/bin/python Tests/Fixtures/generate_calendar_input_fixture.py Tests/Fixtures/calendar-input

Writes `feed.ics` and `expected.json` (the window, every occurrence's start and end as ISO 8601
with the UTC offset, all-day ones as dates, its length in seconds, all-day ones as whole days
of 86,400 s, and the days off as `date name`).
Tested with icalendar 7.3.2 and recurring-ical-events 3.8.2.
"""
import json
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events

WINDOW = ("2026-01-01T00:00:00+00:00", "2027-01-01T00:00:00+00:00")


def event(cal, uid, summary, start, end, **extra):
    item = icalendar.Event()
    item.add("uid", uid)
    item.add("dtstamp", datetime(2026, 1, 1, tzinfo=ZoneInfo("UTC")))
    item.add("summary", summary)
    item.add("dtstart", start)
    item.add("dtend", end)
    for name, value in extra.items():
        item.add(name.replace("_", "-"), value)
    cal.add_component(item)
    return item


def build():
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Parley//calendar input fixture//EN")
    cal.add("version", "2.0")
    jakarta, moscow, york = ZoneInfo("Asia/Jakarta"), ZoneInfo("Europe/Moscow"), ZoneInfo("America/New_York")
    # A weekly series across the US spring-forward night, one instance excluded, one moved.
    event(cal, "sync@example.org", "Weekly sync", datetime(2026, 2, 23, 10, tzinfo=york), datetime(2026, 2, 23, 11, tzinfo=york),
          rrule={"freq": "weekly", "count": 8}, exdate=datetime(2026, 3, 16, 10, tzinfo=york))
    moved = icalendar.Event()
    moved.add("uid", "sync@example.org")
    moved.add("dtstamp", datetime(2026, 1, 1, tzinfo=ZoneInfo("UTC")))
    moved.add("summary", "Weekly sync (moved)")
    moved.add("recurrence-id", datetime(2026, 3, 23, 10, tzinfo=york))
    moved.add("dtstart", datetime(2026, 3, 24, 15, tzinfo=york))
    moved.add("dtend", datetime(2026, 3, 24, 16, tzinfo=york))
    cal.add_component(moved)
    # A timed event that crosses midnight: two local dates.
    event(cal, "night@example.org", "Night shift", datetime(2026, 4, 10, 22, tzinfo=jakarta), datetime(2026, 4, 11, 2, tzinfo=jakarta))
    # A timed event that ends exactly at midnight: one local date.
    event(cal, "evening@example.org", "Victory Day eve reception", datetime(2026, 5, 8, 20, tzinfo=moscow),
          datetime(2026, 5, 9, 0, tzinfo=moscow))
    # An all-day event over three days (DTEND exclusive).
    event(cal, "retreat@example.org", "Ministry retreat", date(2026, 3, 23), date(2026, 3, 26))
    # A yearly all-day holiday that started before the window.
    event(cal, "merdeka@example.org", "Independence Day", date(2024, 8, 17), date(2024, 8, 18), rrule={"freq": "yearly"})
    # A monthly all-day day off on the first Monday, until September.
    event(cal, "monday@example.org", "First Monday off", date(2026, 6, 1), date(2026, 6, 2),
          rrule={"freq": "monthly", "byday": "1MO", "until": date(2026, 9, 30)})
    cal.add_missing_timezones()
    return cal


def iso(value):
    if isinstance(value, datetime):
        return value.isoformat()
    return value.isoformat()


def covered(start, end):
    if isinstance(start, datetime):
        first, last = start.date(), (end - timedelta(microseconds=1)).date()
    else:
        first, last = start, end - timedelta(days=1)
    if last < first:
        return [first]
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def main():
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "Tests/Fixtures/calendar-input")
    cal = build()
    (out / "feed.ics").write_bytes(cal.to_ical())
    read = icalendar.Calendar.from_ical((out / "feed.ics").read_bytes())
    start, end = (datetime.fromisoformat(text) for text in WINDOW)
    occurrences = sorted(recurring_ical_events.of(read).between(start, end), key=lambda e: (e["DTSTART"].dt if isinstance(
        e["DTSTART"].dt, datetime) else datetime.combine(e["DTSTART"].dt, datetime.min.time(), ZoneInfo("UTC"))))
    rows, days = [], []
    for item in occurrences:
        first, last = item["DTSTART"].dt, item["DTEND"].dt
        # Seconds from start to end; all-day ones as whole days (on a clock without DST).
        length = (last - first).total_seconds() if isinstance(first, datetime) else (last - first).days * 86400
        rows.append({"start": iso(first), "end": iso(last), "length": int(length), "summary": str(item["SUMMARY"])})
        days += [(day.isoformat(), str(item["SUMMARY"])) for day in covered(first, last)]
    expected = {"window": list(WINDOW), "occurrences": rows, "daysOff": [f"{d} {n}" for d, n in sorted(days)]}
    (out / "expected.json").write_text(json.dumps(expected, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
