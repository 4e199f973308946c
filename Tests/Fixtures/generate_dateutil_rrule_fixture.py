#!/usr/bin/env python3
"""Differential fixture for Parley's RRULE expansion, captured from python-dateutil.

Facts come from python-dateutil's `rrulestr` (https://github.com/dateutil/dateutil,
tested with 4.0.0) and the IANA time-zone database through Python's `zoneinfo`.
Nothing of Parley's code is involved: this script only asks dateutil.

Run (from the package root):
    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install python-dateutil
    /tmp/venv/bin/python Tests/Fixtures/generate_dateutil_rrule_fixture.py \
        > Tests/ICalendarTests/Fixtures/dateutil-rrule.json

Each case: a rule (RFC 5545 text), a wall-clock DTSTART, a zone, and the first occurrences
(all of them for COUNT/UNTIL rules, capped at 60) as ISO 8601 with the UTC offset Python's
zoneinfo gives with fold=0 (RFC 5545 §3.3.5: a time in a DST gap takes the offset before
the gap; a repeated time the first offset).

Choices that keep the comparison about RFC 5545 rather than dateutil quirks:
- BYDAY never mixes ordinal (1MO) and plain (MO) entries: dateutil intersects the two
  kinds where RFC 5545 unites them (Parley follows the RFC).
- BYSECOND never contains 60 (datetime cannot represent a leap second).
- Rules that dateutil rejects (unreachable BYHOUR etc.) or that take too long are skipped.
"""
import json
import random
import signal
import sys
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr

SEED = 5545
ZONES = ["Asia/Jakarta", "Europe/Moscow", "Asia/Kolkata", "Australia/Sydney", "America/New_York"]
FREQS = ["YEARLY", "MONTHLY", "WEEKLY", "DAILY", "HOURLY", "MINUTELY", "SECONDLY"]
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
CAP = 60


def sample(rng, values, low, high):
    return ",".join(str(v) for v in rng.sample(values, rng.randint(low, high)))


def make_rule(rng):
    freq = rng.choices(FREQS, weights=[5, 6, 5, 4, 2, 2, 1])[0]
    parts = [f"FREQ={freq}"]
    if rng.random() < 0.35:
        parts.append(f"INTERVAL={rng.randint(2, 5)}")
    if rng.random() < 0.35:
        parts.append("BYMONTH=" + sample(rng, list(range(1, 13)), 1, 4))
    if rng.random() < 0.3 and freq != "WEEKLY":
        values = list(range(1, 32)) + list(range(-31, 0))
        parts.append("BYMONTHDAY=" + sample(rng, values, 1, 4))
    if rng.random() < 0.45:
        if freq in ("MONTHLY", "YEARLY") and rng.random() < 0.5:
            limit = 5 if freq == "MONTHLY" or "BYMONTH=" in ";".join(parts) else 53
            entries = set()
            for _ in range(rng.randint(1, 3)):
                n = rng.choice([k for k in range(-limit, limit + 1) if k != 0])
                entries.add(f"{n}{rng.choice(DAYS)}")
            parts.append("BYDAY=" + ",".join(sorted(entries)))
        else:
            parts.append("BYDAY=" + ",".join(rng.sample(DAYS, rng.randint(1, 4))))
    if freq == "YEARLY" and rng.random() < 0.2:
        parts.append("BYYEARDAY=" + sample(rng, list(range(1, 367)) + list(range(-366, 0)), 1, 4))
    if freq == "YEARLY" and rng.random() < 0.2 and "BYDAY=" not in ";".join(parts) or (freq == "YEARLY" and rng.random() < 0.1):
        parts.append("BYWEEKNO=" + sample(rng, list(range(1, 54)) + list(range(-53, 0)), 1, 3))
    if freq in ("YEARLY", "MONTHLY", "WEEKLY", "DAILY"):
        if rng.random() < 0.2:
            parts.append("BYHOUR=" + sample(rng, list(range(24)), 1, 3))
        if rng.random() < 0.15:
            parts.append("BYMINUTE=" + sample(rng, list(range(60)), 1, 2))
        if rng.random() < 0.05:
            parts.append("BYSECOND=" + sample(rng, list(range(60)), 1, 2))
    else:
        if rng.random() < 0.5:
            parts.append("BYHOUR=" + sample(rng, list(range(24)), 2, 8))
        if freq != "HOURLY" and rng.random() < 0.5:
            parts.append("BYMINUTE=" + sample(rng, list(range(60)), 2, 10))
        if freq == "SECONDLY" and rng.random() < 0.5:
            parts.append("BYSECOND=" + sample(rng, list(range(60)), 2, 10))
    has_by = any(p.startswith("BY") for p in parts)
    if has_by and rng.random() < 0.25:
        parts.append("BYSETPOS=" + sample(rng, [1, 2, 3, -1, -2, -3], 1, 2))
    if rng.random() < 0.3:
        parts.append("WKST=" + rng.choice(DAYS))
    return freq, parts


def make_start(rng, zone):
    if rng.random() < 0.2:
        # A wall-clock time near a DST change in the zone's rules (gaps and repeated hours).
        year = rng.randint(1996, 2035)
        tz = ZoneInfo(zone)
        t = datetime(year, 1, 1, tzinfo=timezone.utc)
        changes = []
        previous = t.astimezone(tz).utcoffset()
        for hours in range(0, 366 * 24, 1):
            u = t + timedelta(hours=hours)
            offset = u.astimezone(tz).utcoffset()
            if offset != previous:
                changes.append(u.astimezone(tz).replace(tzinfo=None))
                previous = offset
        if changes:
            base = rng.choice(changes)
            return (base - timedelta(minutes=rng.choice([0, 30, 60, 90]))).replace(second=0)
    return datetime(rng.randint(1995, 2035), rng.randint(1, 12), rng.randint(1, 28),
                    rng.randint(0, 23), rng.choice([0, 0, 15, 30, 45]), rng.choice([0, 0, 0, 30]))


class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    raise Timeout()


def main():
    rng = random.Random(SEED)
    signal.signal(signal.SIGALRM, on_alarm)
    cases = []
    attempts = 0
    while len(cases) < 650 and attempts < 5000:
        attempts += 1
        zone = rng.choice(ZONES)
        tz = ZoneInfo(zone)
        freq, parts = make_rule(rng)
        start = make_start(rng, zone)
        end = rng.random()
        if end < 0.55:
            parts.insert(1, f"COUNT={rng.randint(1, 40) if freq not in ('MINUTELY', 'SECONDLY') else rng.randint(1, 25)}")
        elif end < 0.85:
            span = {"YEARLY": 3000, "MONTHLY": 700, "WEEKLY": 300, "DAILY": 60, "HOURLY": 3, "MINUTELY": 1, "SECONDLY": 1}[freq]
            until = (start + timedelta(days=rng.randint(0, span), hours=rng.randint(0, 23))).replace(tzinfo=tz)
            parts.insert(1, "UNTIL=" + until.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ"))
        rule = ";".join(parts)
        try:
            signal.alarm(2)
            generator = iter(rrulestr(rule, dtstart=start.replace(tzinfo=tz)))
            values = []
            for value in generator:
                values.append(value)
                if len(values) >= CAP:
                    break
            signal.alarm(0)
        except (ValueError, Timeout):
            signal.alarm(0)
            continue
        if not values:
            continue
        cases.append({
            "rule": rule,
            "start": start.strftime("%Y%m%dT%H%M%S"),
            "tzid": zone,
            "expected": [v.isoformat() for v in values],
        })
    json.dump({"source": "python-dateutil rrulestr, seed %d" % SEED, "cases": cases}, sys.stdout, indent=0)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
