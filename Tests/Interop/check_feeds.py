#!/usr/bin/env python3
"""Interoperability check for the feeds `parley ics` writes.

Usage:
  python Tests/Interop/check_feeds.py --parley BIN [--plans PATH]... [--glob PATTERN] [DIR...]

For every --plans PATH (a plan file or folder), the script runs `BIN export PATH --format json`
and `BIN ics PATH --out TMP --by series|country|person`, then reads every feed with four
independent readers:

  * python `icalendar` (https://pypi.org/project/icalendar/),
  * `ical` (https://pypi.org/project/ical/),
  * `recurring-ical-events` (https://pypi.org/project/recurring-ical-events/), which expands
    each calendar between 1900 and 2200,
  * libical 3 through GObject introspection (Debian `gir1.2-ical-3.0` + `python3-gi`),
    including its RFC 5546 iTIP restriction check (`ICalGLib.restriction_check`) for feeds
    that carry a METHOD,

and fails (exit 1) when any reader rejects a feed, when the readers disagree on any event
(UID, start, end, SUMMARY, DESCRIPTION, LOCATION after unescaping), or when the events any
reader sees (UID, start and end as UTC instants, or dates for all-day events) differ from
what the exported JSON says they must be. The expectation is computed here, from the JSON alone, with python's
zoneinfo and dateutil's relativedelta (calendar months clamped at month ends), following the
mapping in README's "parley ics" section:

  * UID `SERIES-round-N@parley`; milestone k of a round: `SERIES-round-N-milestone-K@parley`;
  * all-day rounds: DTSTART the first day, DTEND the day after the last day (`lastingDays`);
  * timed rounds, in the venue's zone (else the first partner's): one session a day for
    `lastingDays` days, each from the round's time (else the sessions' start) to the sessions'
    end, wall clock; a session with no end after its start (a timed round of an all-day
    series, or a start at or after the sessions' end) runs to midnight. The event is the first
    session, and recurring-ical-events must expand it to exactly every session;
  * milestones: all-day, `offset` before the first day or after the last day;
  * a feed per series, per country (partners and the host venue's country) or per person
    (delegates and the organizer), and all.ics with everything.

Positional DIRs are checked for rejections only (every file matching --glob under them,
e.g. the feeds the tests wrote into PARLEY_ICS_OUTPUT_DIR, `ParleyKitTests-Export-*.ics`):
each reader must parse each file and agree with the others on the events, and the
restriction check must pass for files with a METHOD.

libical needs the system python (python3-gi is built for it): run this script with a venv
made by `/usr/bin/python3 -m venv --system-site-packages` with `icalendar ical
recurring-ical-events` installed into it.
"""

import argparse
import datetime
import json
import pathlib
import subprocess
import sys
import tempfile

try:
    import icalendar
    import recurring_ical_events
    from dateutil.relativedelta import relativedelta
    from ical.calendar_stream import IcsCalendarStream
    from zoneinfo import ZoneInfo
    import gi

    gi.require_version("ICalGLib", "3.0")
    from gi.repository import ICalGLib
except (ImportError, ValueError) as error:  # pragma: no cover - environment problem, said plainly
    print(
        f"check_feeds: cannot import a reader ({error}); install gir1.2-ical-3.0 python3-gi (apt) and, in a venv "
        "made by '/usr/bin/python3 -m venv --system-site-packages', pip install icalendar ical recurring-ical-events"
    )
    sys.exit(1)

UTC = datetime.timezone.utc
WINDOW = (datetime.datetime(1900, 1, 1, tzinfo=UTC), datetime.datetime(2200, 1, 1, tzinfo=UTC))


def normalise(value):
    """'date YYYY-MM-DD' for a DATE, 'YYYY-MM-DDTHH:MM:SSZ' for a zoned or UTC DATE-TIME."""
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            return "floating " + value.isoformat()
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, datetime.date):
        return "date " + value.isoformat()
    return repr(value)


# ---------------------------------------------------------------------------------------------
# What the JSON export says the feeds must hold.


def expected_events(plan):
    """{uid: (start, end, countries, people, series id, sessions)} for every recorded round and
    milestone; sessions is the list of (start, end) of every instance."""
    countries = {country["id"]: country for country in plan["countries"]}
    venues = {venue["id"]: venue for venue in plan["venues"]}
    events = {}
    for series in plan["series"]:
        partners = series["partners"]
        fallback = countries[partners[0]]["timezone"] if partners and partners[0] in countries else "UTC"
        lasting = series["lastingDays"]
        sessions = series["sessions"]
        people = list(series["delegates"])
        if series.get("organizer") and series["organizer"] not in people:
            people.append(series["organizer"])
        for round_ in series["rounds"]:
            first = datetime.date.fromisoformat(round_["date"])
            last = first + datetime.timedelta(days=lasting - 1)
            venue = venues.get(round_["venue"]) if round_["venue"] else None
            zone = ZoneInfo(venue["timezone"] if venue and venue["timezone"] else fallback)
            members = list(partners)
            if venue and venue["country"] not in members:
                members.append(venue["country"])

            def at(day, clock):
                hour, minute = int(clock[:2]), int(clock[3:5])
                second = int(clock[6:8]) if len(clock) > 5 else 0
                return datetime.datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=zone)

            if sessions["allDay"] and round_["time"] is None:
                instances = [("date " + first.isoformat(), "date " + (last + datetime.timedelta(days=1)).isoformat())]
            else:
                instances = []
                opening = round_["time"] or sessions["start"]
                for offset in range(lasting):
                    day = first + datetime.timedelta(days=offset)
                    begin = at(day, opening)
                    finish = at(day + datetime.timedelta(days=1), "00:00")
                    if not sessions["allDay"] and at(day, sessions["end"]).astimezone(UTC) > begin.astimezone(UTC):
                        finish = at(day, sessions["end"])
                    instances.append((normalise(begin), normalise(finish)))
            start, end = instances[0]
            uid = f"{series['id']}-round-{round_['number']}@parley"
            events[uid] = (start, end, members, people, series["id"], instances)
            for index, milestone in enumerate(series.get("milestones", []), start=1):
                amount, unit = milestone["offset"]["amount"], milestone["offset"]["unit"]
                step = {"days": relativedelta(days=amount), "weeks": relativedelta(weeks=amount),
                        "months": relativedelta(months=amount), "years": relativedelta(years=amount)}[unit]
                day = first - step if milestone["before"] else last + step
                events[f"{series['id']}-round-{round_['number']}-milestone-{index}@parley"] = (
                    "date " + day.isoformat(), "date " + (day + datetime.timedelta(days=1)).isoformat(),
                    members, people, series["id"], [("date " + day.isoformat(), "date " + (day + datetime.timedelta(days=1)).isoformat())])
    return events


def safe_name(text):
    """The readable part of a feed's file name (the hash suffix is parley's business)."""
    return "".join(c if (c.isascii() and (c.isalnum() or c in "._-")) else "_" for c in text)


def expected_membership(name, events):
    """The UIDs the feed called `name` must hold, or None when the name is not recognised."""
    stem = name[:-4]
    if stem == "all":
        return set(events)
    for prefix, field in (("country-", 2), ("person-", 3)):
        if stem.startswith(prefix):
            key = stem[len(prefix):]
            return {uid for uid, value in events.items() if any(safe_name(v) == key or key.startswith(safe_name(v) + "-") and len(key) == len(safe_name(v)) + 9 for v in value[field])}
    return {uid for uid, value in events.items() if safe_name(value[4]) == stem or (stem.startswith(safe_name(value[4]) + "-") and len(stem) == len(safe_name(value[4])) + 9)}


# ---------------------------------------------------------------------------------------------
# The four readers: each returns {uid: (start, end)}.


def texts(event):
    """SUMMARY, DESCRIPTION and LOCATION of an icalendar event, unescaped ('' when absent)."""
    return tuple(str(event.get(name, "")) for name in ("SUMMARY", "DESCRIPTION", "LOCATION"))


def read_icalendar(data):
    calendar = icalendar.Calendar.from_ical(data)
    return {str(event["UID"]): (normalise(event.start), normalise(event.end)) + texts(event) for event in calendar.walk("VEVENT")}


def read_ical(data):
    calendar = IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
    return {event.uid: (normalise(event.dtstart), normalise(event.end), event.summary or "", event.description or "", event.location or "")
            for event in calendar.events}


def recurring_instances(data):
    """{uid: [(start, end), ...]}: every instance recurring-ical-events expands, in order."""
    calendar = icalendar.Calendar.from_ical(data)
    result = {}
    for event in recurring_ical_events.of(calendar).between(*WINDOW):
        end = event["DTEND"].dt if "DTEND" in event else event["DTSTART"].dt
        result.setdefault(str(event["UID"]), []).append((normalise(event["DTSTART"].dt), normalise(end)) + texts(event))
    return {uid: sorted(instances) for uid, instances in result.items()}


def read_recurring(data):
    """The first instance of each event, as the other readers see the event itself."""
    return {uid: instances[0] for uid, instances in recurring_instances(data).items()}


def libical_time(value):
    if value.is_date():
        return f"date {value.get_year():04d}-{value.get_month():02d}-{value.get_day():02d}"
    utc = value.clone()
    utc.convert_to_zone_inplace(ICalGLib.Timezone.get_utc_timezone())
    return (f"{utc.get_year():04d}-{utc.get_month():02d}-{utc.get_day():02d}T"
            f"{utc.get_hour():02d}:{utc.get_minute():02d}:{utc.get_second():02d}Z")


def read_libical(data):
    """Events as libical reads them, and the RFC 5546 restriction errors when there is a METHOD."""
    calendar = ICalGLib.Component.new_from_string(data.decode("utf-8"))
    if calendar is None:
        raise ValueError("libical cannot parse it")
    errors = []

    def collect(component):
        prop = component.get_first_property(ICalGLib.PropertyKind.XLICERROR_PROPERTY)
        while prop:
            errors.append(prop.get_xlicerror())
            prop = component.get_next_property(ICalGLib.PropertyKind.XLICERROR_PROPERTY)
        child = component.get_first_component(ICalGLib.ComponentKind.ANY_COMPONENT)
        while child:
            collect(child)
            child = component.get_next_component(ICalGLib.ComponentKind.ANY_COMPONENT)

    collect(calendar)
    if errors:
        raise ValueError("libical parse errors: " + "; ".join(errors))
    if calendar.get_first_property(ICalGLib.PropertyKind.METHOD_PROPERTY) is not None:
        if not ICalGLib.restriction_check(calendar):
            collect(calendar)
            raise ValueError("libical RFC 5546 restriction check fails: " + "; ".join(errors))
    events = {}
    event = calendar.get_first_component(ICalGLib.ComponentKind.VEVENT_COMPONENT)
    while event:
        start = event.get_dtstart()
        end = event.get_dtend()
        events[event.get_uid()] = (libical_time(start), libical_time(start if end.is_null_time() else end),
                                   event.get_summary() or "", event.get_description() or "", event.get_location() or "")
        event = calendar.get_next_component(ICalGLib.ComponentKind.VEVENT_COMPONENT)
    return events


READERS = (("icalendar", read_icalendar), ("ical", read_ical), ("recurring-ical-events", read_recurring), ("libical", read_libical))


def read_all(path):
    """({reader: events}, problems) for one file."""
    data = path.read_bytes()
    problems = []
    if b"\n" in data.replace(b"\r\n", b""):
        problems.append("a line does not end in CRLF")
    if any(len(line) > 75 for line in data.split(b"\r\n")):
        problems.append("a line is longer than 75 octets")
    seen = {}
    for name, reader in READERS:
        try:
            seen[name] = reader(data)
        except Exception as error:  # noqa: BLE001 - any rejection is a finding
            problems.append(f"{name} rejects it: {' '.join(str(error).split())}")
    return seen, problems


def compare(seen, expected, membership, instances=None):
    problems = []
    for uid, found in sorted((instances or {}).items()):
        want = expected.get(uid) if expected is not None else None
        if want is not None and [item[:2] for item in found] != list(want[5]):
            problems.append(f"recurring-ical-events: {uid} has sessions {[item[:2] for item in found]}, the plan says {want[5]}")
    for name, events in seen.items():
        if membership is not None and set(events) != membership:
            missing, extra = sorted(membership - set(events)), sorted(set(events) - membership)
            problems.append(f"{name}: UIDs differ from the plan (missing {missing}, unexpected {extra})")
        for uid in sorted(events):
            want = expected.get(uid) if expected is not None else None
            if want is not None and events[uid][:2] != want[:2]:
                problems.append(f"{name}: {uid} is {events[uid][:2]}, the plan says {want[:2]}")
    readers = list(seen.items())
    for name, events in readers[1:]:
        first_name, first = readers[0]
        for uid in sorted(set(events) | set(first)):
            if events.get(uid) != first.get(uid):
                problems.append(f"{first_name} and {name} read {uid} differently: {first.get(uid)} vs {events.get(uid)}")
    return problems


def main(arguments):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--parley", help="the parley executable")
    parser.add_argument("--plans", action="append", default=[], help="a plan file or folder to export and compare")
    parser.add_argument("--glob", default="*.ics", help="which files under DIRs to check (default: *.ics)")
    parser.add_argument("dirs", nargs="*", help="folders of .ics files to parse")
    options = parser.parse_args(arguments)
    if options.plans and not options.parley:
        parser.error("--plans needs --parley")
    failures, files, events = 0, 0, 0
    for plans in options.plans:
        exported = subprocess.run([options.parley, "export", plans, "--format", "json"], capture_output=True, text=True)
        if exported.returncode != 0:
            print(f"{plans}: parley export fails: {exported.stderr.strip()}")
            failures += 1
            continue
        expected = expected_events(json.loads(exported.stdout))
        for grouping in ("series", "country", "person"):
            with tempfile.TemporaryDirectory() as folder:
                written = subprocess.run([options.parley, "ics", plans, "--out", folder, "--by", grouping], capture_output=True, text=True)
                if written.returncode != 0:
                    print(f"{plans} --by {grouping}: parley ics fails: {written.stderr.strip()}")
                    failures += 1
                    continue
                for path in sorted(pathlib.Path(folder).glob("*.ics")):
                    files += 1
                    seen, problems = read_all(path)
                    problems += compare(seen, expected, expected_membership(path.name, expected), recurring_instances(path.read_bytes()))
                    events += len(next(iter(seen.values()), {}))
                    for problem in problems:
                        print(f"{plans} --by {grouping} {path.name}: {problem}")
                    failures += 1 if problems else 0
    for folder in options.dirs:
        for path in sorted(pathlib.Path(folder).rglob(options.glob)):
            files += 1
            seen, problems = read_all(path)
            problems += compare(seen, None, None)
            events += len(next(iter(seen.values()), {}))
            for problem in problems:
                print(f"{path}: {problem}")
            failures += 1 if problems else 0
    if files == 0:
        print("check_feeds: no feeds checked")
        return 1
    verdict = "FAILED" if failures else "ok"
    print(f"check_feeds: {verdict}: {files} feeds, {events} events, {failures} with problems "
          f"(icalendar {icalendar.__version__}, ical, recurring-ical-events, libical {ICalGLib.version_get_string() if hasattr(ICalGLib, 'version_get_string') else '3'})")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
