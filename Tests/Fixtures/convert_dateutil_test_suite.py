#!/usr/bin/env python3
"""Converts python-dateutil's own rrule test suite into a fixture for Parley.

Facts come from `tests/test_rrule.py` in python-dateutil's source distribution
(https://github.com/dateutil/dateutil, 4.0.0: `pip download --no-binary :all: python-dateutil`):
the expected lists its authors wrote by hand. The script runs that suite with two probes: every
`rrule` constructed is recorded, and every `assertEqual(actual, expected)` whose expected value
is a list of datetimes and that follows the construction of exactly one bounded rule (COUNT or
UNTIL, naive DTSTART, no BYEASTER) is captured as a case, after checking that the rule's full
expansion equals that list. Cases where dateutil departs from RFC 5545 are left out and
counted on stderr: BYDAY mixing ordinal and plain weekdays (dateutil intersects them).

Run (from the package root):
    /tmp/venv/bin/pip install python-dateutil pytest freezegun
    /tmp/venv/bin/python Tests/Fixtures/convert_dateutil_test_suite.py PATH/TO/dateutil/tests \
        > Tests/ICalendarTests/Fixtures/dateutil-test-suite.json
"""
import importlib.util
import json
import sys
import unittest
from datetime import datetime

import dateutil.rrule as rrule_module

created = []
original_init = rrule_module.rrule.__init__


def recording_init(self, *args, **kwargs):
    original_init(self, *args, **kwargs)
    created.append(self)


rrule_module.rrule.__init__ = recording_init

cases = []
skipped = {"mixed BYDAY": 0}


def capture(actual, expected):
    rules = list(created)
    created.clear()
    if len(rules) != 1 or not isinstance(expected, list) or not expected:
        return
    if not all(isinstance(value, datetime) for value in expected):
        return
    rule = rules[0]
    if rule._dtstart.tzinfo is not None or rule._byeaster or not (rule._count or rule._until):
        return
    if rule._until is not None and rule._until.tzinfo is not None:
        return
    text = str(rule)
    lines = dict(line.split(":", 1) for line in text.splitlines())
    byday = [p for p in lines.get("RRULE", "").split(";") if p.startswith("BYDAY=")]
    if byday:
        entries = byday[0][6:].split(",")
        if any(e[:-2] for e in entries) and any(not e[:-2] for e in entries):
            skipped["mixed BYDAY"] += 1
            return
    full = list(rule)
    if full != expected:
        return
    cases.append({
        "rule": lines["RRULE"],
        "start": lines["DTSTART"],
        "expected": [value.strftime("%Y%m%dT%H%M%S") for value in expected],
    })


def main():
    tests = sys.argv[1]
    spec = importlib.util.spec_from_file_location("test_rrule", f"{tests}/test_rrule.py")
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, tests + "/..")
    spec.loader.exec_module(module)
    original_assert = unittest.TestCase.assertEqual

    def assert_equal(self, first, second, msg=None):
        capture(first, second)
        return original_assert(self, first, second, msg)

    unittest.TestCase.assertEqual = assert_equal
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(module.RRuleTest)
    unittest.TextTestRunner(stream=sys.stderr, verbosity=0).run(suite)
    unique = {}
    for case in cases:
        unique[(case["rule"], case["start"])] = case
    print(f"captured {len(unique)} cases; skipped {skipped}", file=sys.stderr)
    json.dump({"source": "python-dateutil 4.0.0 tests/test_rrule.py", "cases": list(unique.values())}, sys.stdout, indent=0)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
