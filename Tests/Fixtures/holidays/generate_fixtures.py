#!/usr/bin/env python3
"""Capture python-holidays' days off as the fixture the Holidays tests compare against.

Source of truth: the PyPI package `holidays` (https://github.com/vacanza/holidays), version
pinned below; it compiles each country's statutes and decrees (its per-country modules cite
them). Facts only: the tests never run Python.

    python3 -m venv /tmp/hvenv && /tmp/hvenv/bin/pip install holidays==0.109
    /tmp/hvenv/bin/python Tests/Fixtures/holidays/generate_fixtures.py \
        > Tests/HolidaysTests/Fixtures/python-holidays.tsv

Output: one tab-separated line per day: country, subdivision (or -), ISO date, kind, estimated
(0/1), name. kind is `public`, `collective-leave` (Indonesia's `government` category: cuti
bersama), `observed`, `transfer` (a day off moved by decree) or `working-day` (a weekend day
decreed a working day, python-holidays' `weekend_workdays`).
"""
import re
import holidays

VERSION = "0.109"
assert holidays.__version__ == VERSION, holidays.__version__
YEARS = range(2015, 2031)
COUNTRIES = ["ID", "RU", "AU", "IN", "SG", "US", "CN", "JP", "KR", "GB", "DE", "FR",
             "MY", "TH", "VN", "PH", "SA", "AE", "BR", "ZA",
             "AT", "BE", "CA", "CH", "EE", "IT", "MX", "NL", "NO", "NZ", "PL", "QA", "SE", "TR"]
SUBDIVISIONS = {"AU": ["ACT", "NSW", "NT", "QLD", "SA", "TAS", "VIC", "WA"],
                "CA": ["ON"], "CH": ["BE"], "DE": ["BE"], "US": ["DC"]}
CATEGORIES = {"ID": ("public", "government")}

OBSERVED = re.compile(r"\(observed|in lieu|Alternative holiday|Substitute Holiday", re.I)
TRANSFER = re.compile(r"Day off \(substituted", re.I)


def rows(country, subdivision):
    for year in YEARS:
        for category in CATEGORIES.get(country, ("public",)):
            days = holidays.country_holidays(country, subdiv=subdivision, years=year,
                                             categories=(category,), language="en_US")
            for date, names in sorted(days.items()):
                for name in names.split("; "):
                    kind = "public"
                    if category == "government":
                        kind = "collective-leave"
                    elif TRANSFER.search(name):
                        kind = "transfer"
                    elif OBSERVED.search(name):
                        kind = "observed"
                    estimated = "1" if "estimated" in name else "0"
                    yield (country, subdivision or "-", date.isoformat(), kind, estimated, name)
            for date in sorted(getattr(days, "weekend_workdays", ()) or ()):
                if date.year == year and category == "public":
                    yield (country, subdivision or "-", date.isoformat(), "working-day", "0",
                           "Working day")


print(f"# python-holidays {VERSION}: country\tsubdivision\tdate\tkind\testimated\tname")
for country in COUNTRIES:
    for subdivision in [None] + SUBDIVISIONS.get(country, []):
        for row in rows(country, subdivision):
            print("\t".join(row))
