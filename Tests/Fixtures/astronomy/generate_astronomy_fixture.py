#!/usr/bin/env python3
"""Capture reference moon phases and crescent geometry for the Holidays astronomy tests.

Source of truth: PyEphem (https://rhodesmill.org/pyephem/, the libastro ephemeris of XEphem:
VSOP87 for the Sun, ELP2000-82B-based lunar theory), pinned below. Facts only: the tests never
run Python.

    python3 -m venv /tmp/astrovenv && /tmp/astrovenv/bin/pip install ephem==4.2.1
    /tmp/astrovenv/bin/python Tests/Fixtures/astronomy/generate_astronomy_fixture.py \
        > Tests/HolidaysTests/Fixtures/astronomy.tsv

Output, tab-separated:
  phase  new|full  <UT instant, ISO 8601>      — every 23rd new and full moon 1900-2100
  sunset <site> <lat> <lon> <offset> <local date> <sunset UT> <moon altitude> <elongation>
         — topocentric, airless (pressure 0) altitude of the Moon's centre and the topocentric
           Sun-Moon separation at the Sun's setting (centre 50' below the horizon).
"""
import datetime
import ephem

VERSION = "4.2.1"
assert ephem.__version__ == VERSION, ephem.__version__

SITES = [("Pelabuhan Ratu", -7.02, 106.55, 7), ("Kuala Lumpur", 3.14, 101.69, 8),
         ("New Delhi", 28.61, 77.21, 5.5), ("Seoul", 37.57, 126.98, 9)]


def iso(d):
    return d.datetime().replace(microsecond=0).isoformat() + "Z"


print(f"# ephem {VERSION}")
date = ephem.Date("1900/01/01")
count = 0
while date < ephem.Date("2100/12/31"):
    new = ephem.next_new_moon(date)
    full = ephem.next_full_moon(new)
    if count % 23 == 0:
        print(f"phase\tnew\t{iso(new)}")
        print(f"phase\tfull\t{iso(full)}")
    count += 1
    date = ephem.Date(new + 1)

# The evening of the day of (or after, alternately) a sample of new moons 1990-2060, at every site.
date = ephem.Date("1990/01/01")
count = 0
while date < ephem.Date("2060/12/31"):
    new = ephem.next_new_moon(date)
    date = ephem.Date(new + 1)
    count += 1
    if count % 7:
        continue
    for name, lat, lon, offset in SITES:
        local = (new.datetime() + datetime.timedelta(hours=offset)).date() + datetime.timedelta(days=count // 7 % 2)
        observer = ephem.Observer()
        observer.lat, observer.lon = str(lat), str(lon)
        observer.pressure = 0
        observer.horizon = "-0:50"
        observer.elevation = 0
        observer.date = ephem.Date(datetime.datetime(local.year, local.month, local.day) - datetime.timedelta(hours=offset))
        sunset = observer.next_setting(ephem.Sun(), use_center=True)
        observer.date = sunset
        moon, sun = ephem.Moon(observer), ephem.Sun(observer)
        altitude = float(moon.alt) * 180 / ephem.pi
        elongation = float(ephem.separation(moon, sun)) * 180 / ephem.pi
        print(f"sunset\t{name}\t{lat}\t{lon}\t{offset}\t{local.isoformat()}\t{iso(sunset)}\t{altitude:.4f}\t{elongation:.4f}")
