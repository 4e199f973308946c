#!/usr/bin/env python3
"""Records how python `icalendar` (with python-dateutil's VTIMEZONE reader underneath) reads
Parley's golden VTIMEZONEs, so that `swift test` can check them against the zone data
without Python.

Source of truth: python `icalendar` 7.x `Timezone.to_tz(lookup_tzid=False)`, which builds
the zone from the file's own STANDARD/DAYLIGHT observances (not from its TZID).

For every golden `vtimezone-<Zone>-<first>-<last>.ics` it walks every local wall-clock hour
of the years first..last (fold=0: a repeated hour takes its first offset, RFC 5545 §3.3.5)
and writes one line each time the offset changes:

    <file> <local yyyy-mm-ddThh:mm> <offset seconds>

plus a first line for the first hour. Output: Tests/ICalendarTests/Golden/vtimezone-offsets-icalendar.txt

Run from the repository root, in a virtual environment with `pip install icalendar`:
    python Tests/Fixtures/vtimezone_offsets.py
"""

import datetime
import pathlib
import re

import icalendar

GOLDEN = pathlib.Path("Tests/ICalendarTests/Golden")
OUTPUT = GOLDEN / "vtimezone-offsets-icalendar.txt"


def main():
    lines = [f"# python icalendar {icalendar.__version__}: local hour -> offset, from each golden VTIMEZONE"]
    for path in sorted(GOLDEN.glob("vtimezone-*.ics")):
        match = re.search(r"-(\d{4})-(\d{4})\.ics$", path.name)
        first, last = int(match.group(1)), int(match.group(2))
        calendar = icalendar.Calendar.from_ical(path.read_bytes())
        (zone,) = calendar.walk("VTIMEZONE")
        tz = zone.to_tz(lookup_tzid=False)
        local = datetime.datetime(first, 1, 1)
        end = datetime.datetime(last + 1, 1, 1)
        previous = None
        while local < end:
            offset = int(local.replace(tzinfo=tz).utcoffset().total_seconds())
            if offset != previous:
                lines.append(f"{path.name} {local:%Y-%m-%dT%H:%M} {offset}")
                previous = offset
            local += datetime.timedelta(hours=1)
    OUTPUT.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
