#!/usr/bin/env python3
"""Writes Tests/Fixtures/zone-transitions.json: the UTC offset changes of
selected IANA zones in selected years, for `parley tz` to be checked against.

Source of truth: Python's standard-library `zoneinfo`, reading the system's compiled IANA
time-zone database (/usr/share/zoneinfo, tzdata 2025b when this was generated). Parley
reads the same database through Foundation/ICU; the two are independent implementations.

A transition is a moment where the UTC offset changes. Each zone's year is its own local
year: from local midnight on 1 January (inclusive) to local midnight on the next 1 January
(exclusive). The search steps through the span hour by hour and bisects each change to the
second, so it relies on no private zoneinfo internals.

The daylight-saving flag is recorded as `dst` (zoneinfo's dst() != 0) except for zones where
tzdata's own two encodings disagree, and it is null there and not compared: Europe/Dublin
(the main form marks winter GMT as negative DST; ICU's rearguard form marks summer IST as
DST) and Africa/Casablanca (the main form marks the Ramadan +00:00 as negative DST; the
rearguard form marks +01:00 as DST).

Run: python3 Tests/Fixtures/generate_zone_transitions.py
"""
import datetime as dt
import json
import pathlib
import zoneinfo

# (zone, year, why it is interesting)
CASES = [
    ("Europe/London", 2026, "EU rule: last Sunday of March and October at 01:00 UTC"),
    ("America/New_York", 2026, "US rule: second Sunday of March, first Sunday of November"),
    ("America/New_York", 2006, "before the 2007 US change: first Sunday of April, last Sunday of October"),
    ("America/New_York", 2007, "first year of the 2007 US rule"),
    ("Australia/Sydney", 2026, "southern hemisphere: back in April, forward in October"),
    ("Australia/Lord_Howe", 2026, "half-hour daylight saving"),
    ("Pacific/Chatham", 2026, "+12:45 / +13:45"),
    ("America/St_Johns", 2026, "-03:30 / -02:30"),
    ("Asia/Jakarta", 2026, "no transitions"),
    ("Asia/Kolkata", 2026, "no transitions, +05:30"),
    ("Europe/Moscow", 2011, "permanent +04:00 from March 2011: an offset change that is not daylight saving"),
    ("Europe/Moscow", 2014, "back to +03:00 in October 2014"),
    ("Europe/Moscow", 2026, "no transitions"),
    ("America/Sao_Paulo", 2018, "daylight saving starting at local midnight (00:00 skipped)"),
    ("America/Sao_Paulo", 2019, "daylight saving abolished: only the February end"),
    ("Pacific/Apia", 2011, "crossed the date line: 2011-12-30 never happened"),
    ("Asia/Tehran", 2022, "the last year of Iranian daylight saving"),
    ("Africa/Cairo", 2024, "daylight saving reinstated in 2023"),
    ("Africa/Casablanca", 2026, "suspended during Ramadan: offset changes in February and March (flag not compared)"),
    ("America/Santiago", 2026, "Chile: April and September"),
    ("Europe/Dublin", 2026, "negative daylight saving in the main tzdata form (flag not compared)"),
    ("America/Phoenix", 2026, "no daylight saving in Arizona"),
]

DST_FLAG_NOT_COMPARABLE = {"Europe/Dublin", "Africa/Casablanca"}

UTC = dt.timezone.utc


def state(zone, seconds):
    moment = dt.datetime.fromtimestamp(seconds, UTC).astimezone(zone)
    offset = int(moment.utcoffset().total_seconds())
    dst = moment.dst()
    return offset, bool(dst and dst.total_seconds() != 0)


def local_midnight_instant(zone, year):
    """The first instant whose local date is on or after year-01-01 (gap-safe)."""
    naive = dt.datetime(year, 1, 1)
    guess = int(naive.replace(tzinfo=zone).timestamp())
    # A gap at midnight: move forward until the local date reads the new year.
    while dt.datetime.fromtimestamp(guess, UTC).astimezone(zone).replace(tzinfo=None) < naive:
        guess += 60
    return guess


def transitions(zone, start, end):
    found = []
    seconds = start
    previous = state(zone, seconds)
    while seconds < end:
        step = min(3600, end - seconds)
        current = state(zone, seconds + step)
        if current[0] != previous[0]:
            low, high = seconds, seconds + step  # offset at low is previous, at high differs
            while high - low > 1:
                middle = (low + high) // 2
                if state(zone, middle)[0] == previous[0]:
                    low = middle
                else:
                    high = middle
            after = state(zone, high)
            found.append((high, previous, after))
            previous = after
            seconds = high
            continue
        previous = current
        seconds += step
    return found


def main():
    cases = []
    for name, year, why in CASES:
        zone = zoneinfo.ZoneInfo(name)
        start = local_midnight_instant(zone, year)
        end = local_midnight_instant(zone, year + 1)
        comparable = name not in DST_FLAG_NOT_COMPARABLE
        rows = []
        for instant, before, after in transitions(zone, start, end):
            rows.append({
                "instant": instant,
                "instantText": dt.datetime.fromtimestamp(instant, UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "offsetBefore": before[0],
                "offsetAfter": after[0],
                "dst": after[1] if comparable else None,
            })
        start_state = state(zone, start)
        cases.append({
            "zone": name,
            "year": year,
            "why": why,
            "offsetAtStart": start_state[0],
            "dstAtStart": start_state[1] if comparable else None,
            "transitions": rows,
        })
    version = pathlib.Path("/usr/share/zoneinfo/tzdata.zi")
    tzdata = version.read_text().splitlines()[0].removeprefix("# version ").strip() if version.exists() else "unknown"
    document = {
        "source": "Python zoneinfo (stdlib) over the system IANA tz database",
        "tzdata": tzdata,
        "generator": "Tests/Fixtures/generate_zone_transitions.py",
        "cases": cases,
    }
    out = pathlib.Path(__file__).resolve().parent / "zone-transitions.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {out} ({len(cases)} cases, tzdata {tzdata})")


if __name__ == "__main__":
    main()
