#!/usr/bin/env python3
"""Capture python-holidays' days off as the fixture the Holidays tests compare against.

Source of truth: the PyPI package `holidays` (https://github.com/vacanza/holidays), version
pinned below; it compiles each country's statutes and decrees (its per-country modules cite
them). Facts only: the tests never run Python.

    python3 -m venv /tmp/hvenv && /tmp/hvenv/bin/pip install holidays==0.109
    /tmp/hvenv/bin/python Tests/Fixtures/holidays/generate_fixtures.py \
        > Tests/HolidaysTests/Fixtures/python-holidays.tsv

    /tmp/hvenv/bin/python Tests/Fixtures/holidays/generate_fixtures.py --calendars \
        > Tests/HolidaysTests/Fixtures/python-holidays-calendars.tsv

With --calendars it writes instead python-holidays' own lunar calendar tables (the dates it
falls back to where a country has no decree, and Turkey's Diyanet dates 2017-2030, tables
tr.*, and its Thai lunar calendar 2015-2157, tables thai.*), one line per date: table, ISO date. The backtest
counts how often they match the decrees Parley holds.

Output: one tab-separated line per day: country, subdivision (or -), ISO date, kind, estimated
(0/1), name. kind is `public`, `collective-leave` (Indonesia's `government` category: cuti
bersama), `observed`, `transfer` (a day off moved by decree) or `working-day` (a weekend day
decreed a working day, python-holidays' `weekend_workdays`).
"""
import re
import sys
import holidays
from holidays.calendars.thai import _ThaiLunisolar
from holidays.countries.turkey import TurkeyIslamicHolidays
from holidays.calendars import (_BalineseSakaLunar, _BuddhistLunisolar, _ChineseLunisolar, _HinduLunisolar,
                                _IslamicLunar, _IslamicMabimsLunar)

VERSION = "0.109"
assert holidays.__version__ == VERSION, holidays.__version__
YEARS = range(2015, 2031)
COUNTRIES = ["ID", "RU", "AU", "IN", "SG", "US", "CN", "JP", "KR", "GB", "DE", "FR",
             "MY", "TH", "VN", "PH", "SA", "AE", "BR", "ZA",
             "AT", "BE", "CA", "CH", "EE", "IT", "MX", "NL", "NO", "NZ", "PL", "QA", "SE", "TR",
             "AR", "BD", "EG", "ES", "IE", "IL", "KZ", "PK", "PT", "UA",
             "BN", "KH", "LA", "MM", "TL", "PG", "FJ", "DK"]
SUBDIVISIONS = {"AU": ["ACT", "NSW", "NT", "QLD", "SA", "TAS", "VIC", "WA"],
                "CA": ["ON"], "CH": ["BE"], "DE": ["BE"], "US": ["DC"],
                "BR": ["DF"], "ES": ["MD"], "MY": ["14"], "IN": ["DL"]}
CATEGORIES = {"ID": ("public", "government"),
              "TL": ("public", "government")}  # TL: tolerance days and elections granted to civil servants

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


ISLAMIC = {"islamicNewYear": "hijri_new_year_dates", "ashura": "ashura_dates", "mawlid": "mawlid_dates",
           "israMiraj": "isra_and_miraj_dates", "ramadanStart": "ramadan_beginning_dates",
           "eidAlFitr": "eid_al_fitr_dates", "arafah": None, "eidAlAdha": "eid_al_adha_dates"}


def calendar_rows():
    for year in YEARS:
        for prefix, calendar in (("islamic", _IslamicLunar()), ("mabims", _IslamicMabimsLunar())):
            for holiday, method in ISLAMIC.items():
                if method:
                    for date, _ in getattr(calendar, method)(year):
                        if date.year == year:
                            yield (f"{prefix}.{holiday}", date.isoformat())
        hindu = _HinduLunisolar()
        for table, method in (("diwali", hindu.diwali_date), ("diwali-india", hindu.diwali_india_date),
                              ("holi", hindu.holi_date), ("buddha-purnima", hindu.buddha_purnima_date)):
            yield (table, method(year)[0].isoformat())
        yield ("nyepi", _BalineseSakaLunar().nyepi_date(year).isoformat())
        yield ("vesak", _BuddhistLunisolar().vesak_date(year)[0].isoformat())
        yield ("vesak-may", _BuddhistLunisolar().vesak_may_date(year)[0].isoformat())
        turkey = TurkeyIslamicHolidays()  # Diyanet's published dates (confirmed through 2032)
        for table, method in (("tr.eidAlFitr", turkey.eid_al_fitr_dates), ("tr.eidAlAdha", turkey.eid_al_adha_dates)):
            for date, _ in method(year):
                if date.year == year and year >= 2017:
                    yield (table, date.isoformat())
        korean = _ChineseLunisolar(calendar="KOREAN_CALENDAR")
        for table, method in (("korean.newYear", korean.lunar_new_year_date), ("korean.buddha", korean.buddha_birthday_date),
                              ("korean.chuseok", korean.mid_autumn_date)):
            yield (table, method(year)[0].isoformat())


THAI_YEARS = range(2015, 2158)  # python-holidays' Thai year types run to 2157


def thai_rows():
    thai = _ThaiLunisolar()
    for year in THAI_YEARS:
        for table, method in (("thai.makhaBucha", thai.makha_bucha_date), ("thai.visakhaBucha", thai.visakha_bucha_date),
                              ("thai.asarnhaBucha", thai.asarnha_bucha_date), ("thai.buddhistLent", thai.khao_phansa_date)):
            yield (table, method(year).isoformat())


if sys.argv[1:] == ["--calendars"]:
    print(f"# python-holidays {VERSION} calendars: table\tdate")
    for row in calendar_rows():
        print("\t".join(row))
    for row in thai_rows():
        print("\t".join(row))
    sys.exit(0)

print(f"# python-holidays {VERSION}: country\tsubdivision\tdate\tkind\testimated\tname")
for country in COUNTRIES:
    for subdivision in [None] + SUBDIVISIONS.get(country, []):
        for row in rows(country, subdivision):
            print("\t".join(row))
