#!/usr/bin/env python3
"""Three-way comparison on the real-client corpus: `parley expand --ics`, libical and
recurring-ical-events (the starts `capture.py` captured in `expected.json`).

libical (Debian's libical 3, through its GObject bindings gir1.2-ical-3.0 and python3-gi, which
`.ci/run` installs) reads each VCALENDAR object of a file (RFC 5545 §3.4) and expands each
series with `icalcomponent_foreach_recurrence` over the window (DTSTART, RRULE, RDATE, EXDATE:
libical's own expansion). What libical leaves to the application that uses it is done here as
Evolution does it: a TZID without a VTIMEZONE in the file gets libical's built-in zone of that
name, and an override (a component with RECURRENCE-ID) replaces the instance of its series
that starts at that RECURRENCE-ID and adds its own start.

Starts are compared as instants (dates and floating times read in UTC, as Parley orders them),
all of them, over 1990-01-01 to 2040-01-01 (UTC), as `compare.py` does. Prints one line per file
where the three do not all agree, saying who agrees with whom, then the agreement counts.
DIFFERENCES.md lists every file where libical and Parley differ, with its verdict.

A file Parley refuses (exit 2, which `expand --ics` gives when it leaves an event out, naming
it) counts as unreadable, as in `compare.py`; libical skips such an event and reads the rest.

Run (from the package root, after `swift build`, with the system python that has the bindings):
    /usr/bin/python3 Tests/ICalendarTests/Fixtures/Corpus/compare_libical.py .build/debug/parley [--check]
With --check (as `.ci/run` runs it) it fails unless the files where Parley and libical differ are
exactly those in DIFFERENCES.md's libical table.
"""
import json
import re
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import gi

gi.require_version("ICalGLib", "3.0")
from gi.repository import ICalGLib  # noqa: E402

HERE = Path(__file__).resolve().parent
WINDOW = ("1990-01-01", "2040-01-01")
LIBICAL_TABLE = "## Where `parley expand --ics` and libical differ"


def epoch(text):
    """An instant in seconds for a start as Parley or capture.py writes it."""
    if len(text) == 10:
        text += "T00:00:00"
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return int(value.timestamp())


def utc_time(text):
    return ICalGLib.Time.new_from_string(text.replace("-", "") + "T000000Z")


def add_builtin_zones(calendar):
    """Give each TZID the file names without a VTIMEZONE libical's built-in zone of that name."""
    defined = set()
    zone = calendar.get_first_component(ICalGLib.ComponentKind.VTIMEZONE_COMPONENT)
    while zone:
        prop = zone.get_first_property(ICalGLib.PropertyKind.TZID_PROPERTY)
        if prop:
            defined.add(prop.get_tzid())
        zone = calendar.get_next_component(ICalGLib.ComponentKind.VTIMEZONE_COMPONENT)
    named = set(re.findall(r";TZID=\"?([^\":;]+)\"?[:;]", calendar.as_ical_string()))
    for tzid in sorted(named - defined):
        builtin = ICalGLib.Timezone.get_builtin_timezone(tzid)
        if builtin is not None and builtin.get_component() is not None:
            component = builtin.get_component().clone()
            tzid_prop = component.get_first_property(ICalGLib.PropertyKind.TZID_PROPERTY)
            if tzid_prop:
                tzid_prop.set_tzid(tzid)
            calendar.add_component(component)


def instant(time, calendar):
    """A libical time as seconds since the epoch: in its zone, or in UTC when it has none."""
    zone = time.get_timezone()
    if zone is None and time.get_tzid():
        zone = calendar.get_timezone(time.get_tzid()) or ICalGLib.Timezone.get_builtin_timezone(time.get_tzid())
    return time.as_timet_with_zone(zone if zone is not None else ICalGLib.Timezone.get_utc_timezone())


def expand_calendar(calendar, starts):
    add_builtin_zones(calendar)
    start, end = utc_time(WINDOW[0]), utc_time(WINDOW[1])
    masters, overrides = [], []
    for kind in (ICalGLib.ComponentKind.VEVENT_COMPONENT,):
        component = calendar.get_first_component(kind)
        while component:
            if component.get_first_property(ICalGLib.PropertyKind.RECURRENCEID_PROPERTY) is None:
                masters.append(component)
            else:
                overrides.append(component)
            component = calendar.get_next_component(kind)
    replaced = {}
    for override in overrides:
        recurrence_id = override.get_first_property(ICalGLib.PropertyKind.RECURRENCEID_PROPERTY)
        replaced.setdefault(override.get_uid(), set()).add(instant(recurrence_id.get_datetime_with_component(override), calendar))
    for master in masters:
        if master.get_dtstart().is_null_time():
            continue
        gone = replaced.get(master.get_uid(), set())
        found = []
        master.foreach_recurrence(start, end, lambda _component, span, _data: found.append(span.get_start()), None)
        starts += [value for value in found if value not in gone]
    for override in overrides:
        dtstart = override.get_dtstart()
        if dtstart.is_null_time():
            continue
        value = instant(dtstart, calendar)
        if instant(start, calendar) <= value < instant(end, calendar):
            starts.append(value)


def libical_starts(path):
    text = path.read_bytes().decode("utf-8", errors="replace")
    pieces = re.split(r"(?im)^(?=BEGIN:VCALENDAR\s*$)", text)
    if not any(re.match(r"(?i)BEGIN:VCALENDAR", piece) for piece in pieces):
        # A bare component (no VCALENDAR), read as the only component of a calendar.
        pieces = ["BEGIN:VCALENDAR\r\n" + text.rstrip("\r\n") + "\r\nEND:VCALENDAR\r\n"]
    starts = []
    parsed = 0
    for piece in pieces:
        if not re.match(r"(?i)BEGIN:VCALENDAR", piece):
            continue
        try:
            calendar = ICalGLib.Component.new_from_string(piece)
        except TypeError:  # the bindings raise where libical returns no component
            calendar = None
        if calendar is None:
            continue
        parsed += 1
        expand_calendar(calendar, starts)
    if parsed == 0:
        return None
    return sorted(starts)


def parley_starts(parley, path):
    """Parley's starts; `None` when it refuses the file (exit 2: `expand --ics` prints nothing
    when it had to leave an event out, README "Calendar input")."""
    run = subprocess.run([parley, "expand", "--ics", str(path), "--between", *WINDOW], capture_output=True, text=True)
    if run.returncode != 0:
        return None
    return sorted(epoch(line) for line in run.stdout.split())


def reference_starts(entry):
    """recurring-ical-events' starts, when capture.py kept them all (it keeps the first 200)."""
    if "error" in entry:
        return None
    return sorted(epoch(text) for text in entry["starts"]), entry["count"]


def main():
    arguments = [argument for argument in sys.argv[1:] if argument != "--check"]
    parley = arguments[0] if arguments else ".build/debug/parley"
    listed = set(re.findall(r"^\| `([^`]+)` \|", (HERE / "DIFFERENCES.md").read_text().split(LIBICAL_TABLE, 1)[-1], re.M))
    differing = set()
    expected = json.loads((HERE / "expected.json").read_text())
    tally = {"all three": 0, "Parley = libical": 0, "Parley = recurring-ical-events": 0, "libical = recurring-ical-events": 0, "none": 0}
    for name in sorted(expected):
        path = HERE / name
        ours = parley_starts(parley, path)
        theirs = libical_starts(path)
        reference = reference_starts(expected[name])

        def same(a, b):
            """Equal expansions; against recurring-ical-events only its first 200 starts and count are known."""
            if a is None or b is None:
                return a is None and b is None
            return len(a) == len(b)

        def same_reference(a):
            if a is None or reference is None:
                return a is None and reference is None
            first, count = reference
            return len(a) == count and a[: len(first)] == first

        p_l = same(ours, theirs) and (ours is None or ours == theirs)
        if not p_l:
            differing.add(name)
        p_r = same_reference(ours)
        l_r = same_reference(theirs)
        if p_l and p_r:
            tally["all three"] += 1
            continue
        verdict = "Parley = libical" if p_l else "Parley = recurring-ical-events" if p_r else "libical = recurring-ical-events" if l_r else "none"
        tally[verdict] += 1

        def show(values):
            return "unreadable" if values is None else f"{len(values)} starts"

        shown_reference = "unreadable" if reference is None else f"{reference[1]} starts"
        print(f"{name}: {verdict}: Parley {show(ours)}, libical {show(theirs)}, recurring-ical-events {shown_reference}")
    summary = ", ".join(f"{key} {value}" for key, value in tally.items())
    print(f"three-way over {len(expected)} files: {summary}")
    if "--check" in sys.argv:
        for name in sorted(differing - listed):
            print(f"{name}: Parley and libical differ and DIFFERENCES.md's libical table does not list it")
        for name in sorted(listed - differing):
            print(f"{name}: listed in DIFFERENCES.md's libical table, but Parley and libical agree")
        if differing != listed:
            sys.exit(1)


if __name__ == "__main__":
    main()
