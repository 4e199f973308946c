#!/usr/bin/env python3
"""Interoperability check for the .ics files Parley writes.

Usage: python Tests/Interop/check_ics.py DIR [DIR...]

Every *.ics under the given folders is parsed by two independent parsers, python
`icalendar` (https://pypi.org/project/icalendar/) and `ical`
(https://pypi.org/project/ical/). The check fails (exit 1) when either parser rejects a
file, or when they read different events: the set of UIDs, DTSTART and DTEND (as UTC
instants for zoned and UTC times; floating times and dates as written) and SUMMARY must
agree. For every VTIMEZONE, the offsets `icalendar` computes from the file's own
observances must also agree with the IANA zone of the same name (python's zoneinfo) for
every local wall-clock hour of the years the file's events use (a repeated hour takes
its first, earlier offset as RFC 5545 §3.3.5 says; hours a gap skips are left out).

Local times are checked rather than instants because python-dateutil's VTIMEZONE class
(used by icalendar) converts an instant wrongly inside the repeated hour of a change
between two STANDARD observances (Europe/Moscow 2014-10-26 01:00-02:00), while it reads
local times correctly.

Each failure is printed on one line as `FILE: reason`; the last line is a summary.
Install the parsers with `pip install icalendar ical`.
"""

import datetime
import pathlib
import sys

try:
    import icalendar
    from ical.calendar_stream import IcsCalendarStream
    from zoneinfo import ZoneInfo
except ImportError as error:  # pragma: no cover - environment problem, said plainly
    print(f"check_ics: cannot import the parsers ({error}); install them with: pip install icalendar ical")
    sys.exit(1)


def normalise(value):
    """A comparable text for a DATE, floating DATE-TIME or zoned/UTC DATE-TIME."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            return "floating " + value.isoformat()
        return value.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, datetime.date):
        return "date " + value.isoformat()
    return repr(value)


def events_by_icalendar(text):
    calendar = icalendar.Calendar.from_ical(text)
    events = {}
    for event in calendar.walk("VEVENT"):
        key = (str(event.get("UID")), normalise(event.decoded("RECURRENCE-ID")) if "RECURRENCE-ID" in event else None)
        events[key] = (normalise(event.start), normalise(event.end), str(event.get("SUMMARY")) if "SUMMARY" in event else None)
    return calendar, events


def events_by_ical(text):
    calendar = IcsCalendarStream.calendar_from_ics(text)
    events = {}
    for event in calendar.events:
        key = (event.uid, normalise(event.recurrence_id) if event.recurrence_id else None)
        events[key] = (normalise(event.dtstart), normalise(event.end), event.summary)
    return events


def timezone_problems(calendar):
    """Offsets from the file's own VTIMEZONEs, as python `icalendar` reads them, against the
    IANA zone of the same name, for every hour of the years the file's events use."""
    problems = []
    zones = {}
    for component in calendar.walk("VTIMEZONE"):
        tzid = str(component["TZID"])
        try:
            own = component.to_tz(lookup_tzid=False)
        except Exception as error:  # noqa: BLE001 - report any failure to build the zone
            problems.append(f"VTIMEZONE {tzid} cannot be read: {error}")
            continue
        try:
            zones[tzid] = (own, ZoneInfo(tzid))
        except Exception:  # noqa: BLE001 - not an IANA name: nothing to compare with
            zones[tzid] = None
    years = {}
    for event in calendar.walk("VEVENT"):
        for name in ("DTSTART", "DTEND"):
            if name not in event:
                continue
            tzid = event[name].params.get("TZID")
            if tzid is None:
                continue
            if tzid not in zones:
                problems.append(f"{event.get('UID')} {name}: TZID {tzid} has no VTIMEZONE")
                continue
            low, high = years.get(tzid, (9999, 1))
            year = event[name].dt.year
            years[tzid] = (min(low, year), max(high, year))
    hour = datetime.timedelta(hours=1)
    for tzid, (low, high) in sorted(years.items()):
        if zones[tzid] is None:
            continue
        own, iana = zones[tzid]
        local = datetime.datetime(low, 1, 1)
        end = datetime.datetime(high + 1, 1, 1)
        while local < end:
            expected = local.replace(tzinfo=iana)
            shown = expected.astimezone(datetime.timezone.utc).astimezone(iana).replace(tzinfo=None)
            if shown == local:  # skip wall times that a spring-forward gap skips
                ours = local.replace(tzinfo=own).utcoffset()
                if ours != expected.utcoffset():
                    problems.append(f"VTIMEZONE {tzid} at local {local:%Y-%m-%dT%H:%M} gives {ours}, IANA gives {expected.utcoffset()}")
                    break
            local += hour
    return problems


def check(path):
    """Problems found in one file, as text."""
    data = path.read_bytes()
    problems = []
    if b"\n" in data.replace(b"\r\n", b""):
        problems.append("a line does not end in CRLF")
    if any(len(line) > 75 for line in data.split(b"\r\n")):
        problems.append("a line is longer than 75 octets")
    try:
        calendar, first = events_by_icalendar(data)
    except Exception as error:  # noqa: BLE001 - any rejection is a finding
        return problems + [f"python icalendar rejects it: {error}"], 0
    try:
        second = events_by_ical(data.decode("utf-8"))
    except Exception as error:  # noqa: BLE001
        return problems + [f"ical rejects it: {' '.join(str(error).split())}"], len(first)
    if set(first) != set(second):
        problems.append(f"UIDs differ: icalendar {sorted(first)} vs ical {sorted(second)}")
    for key in sorted(set(first) & set(second), key=str):
        if first[key] != second[key]:
            problems.append(f"event {key[0]} differs: icalendar {first[key]} vs ical {second[key]}")
    problems += timezone_problems(calendar)
    return problems, len(first)


def main(arguments):
    if not arguments:
        print(__doc__.strip().splitlines()[2])
        return 2
    files = []
    for argument in arguments:
        folder = pathlib.Path(argument)
        if not folder.is_dir():
            print(f"check_ics: {argument}: not a folder")
            return 1
        files += sorted(folder.rglob("*.ics"))
    failures = 0
    events = 0
    for path in files:
        problems, count = check(path)
        events += count
        for problem in problems:
            print(f"{path}: {problem}")
        failures += 1 if problems else 0
    if not files:
        print(f"check_ics: no .ics files in {' '.join(arguments)}")
        return 1
    verdict = "FAILED" if failures else "ok"
    print(f"check_ics: {verdict}: {len(files)} files, {events} events, {failures} files with problems (icalendar {icalendar.__version__}, ical)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
