#!/usr/bin/env python3
"""The python `icalendar` side of `parley-bench ics`.

Reads a plan exported by `parley export --format json` (Sources/ParleyBench/IcsFeedsWorkload.swift
writes it) and builds the same feeds `parley ics` writes (README, "parley ics"): one per series
and all.ics, each round a VEVENT with UID, DTSTAMP, DTSTART/DTEND (VALUE=DATE or TZID),
SEQUENCE, STATUS, SUMMARY, LOCATION, DESCRIPTION, CATEGORIES, ORGANIZER or ATTENDEEs and a
DISPLAY VALARM, the VTIMEZONEs it uses, serialised with `to_ical()` and written to one file per
feed. Prints one line: `rounds=N seconds=S`. Only the building, serialising and writing are timed.

Usage: python3 ics_feeds_bench.py PLAN.json OUTPUT-FOLDER
Exit 3 when python `icalendar` cannot be imported.
"""

import datetime
import json
import os
import sys
import time

try:
    import icalendar
    from zoneinfo import ZoneInfo
except ImportError:
    print("icalendar not importable")
    sys.exit(3)

STATUS = {"held": "CONFIRMED", "planned": "CONFIRMED", "proposed": "TENTATIVE", "postponed": "CANCELLED", "cancelled": "CANCELLED"}


def events_of(plan):
    countries = {c["id"]: c for c in plan["countries"]}
    venues = {v["id"]: v for v in plan["venues"]}
    people = {p["id"]: p for p in plan["people"]}
    result = []
    for series in plan["series"]:
        organizer = people.get(series["organizer"]) if series["organizer"] else None
        delegates = [people[d] for d in series["delegates"] if d in people]
        names = [countries[p]["name"] for p in series["partners"]]
        summary_base = series["title"]
        events = []
        for round_ in sorted(series["rounds"], key=lambda r: r["number"]):
            first = datetime.date.fromisoformat(round_["date"])
            last = first + datetime.timedelta(days=series["lastingDays"] - 1)
            venue = venues.get(round_["venue"])
            zone = venue["timezone"] if venue else countries[series["partners"][0]]["timezone"]
            event = icalendar.Event()
            event.add("uid", f"{series['id']}-round-{round_['number']}@parley")
            event.add("dtstamp", datetime.datetime(first.year, first.month, first.day, tzinfo=datetime.timezone.utc))
            if series["sessions"]["allDay"]:
                event.add("dtstart", first)
                event.add("dtend", last + datetime.timedelta(days=1))
            else:
                tz = ZoneInfo(zone)
                sh, sm = map(int, series["sessions"]["start"].split(":"))
                eh, em = map(int, series["sessions"]["end"].split(":"))
                event.add("dtstart", datetime.datetime(first.year, first.month, first.day, sh, sm, tzinfo=tz))
                event.add("dtend", datetime.datetime(last.year, last.month, last.day, eh, em, tzinfo=tz))
            event.add("sequence", len(round_["movedFrom"]))
            event.add("status", STATUS[round_["status"]])
            summary = f"{summary_base}, round {round_['number']}"
            event.add("summary", summary)
            if venue:
                event.add("location", f"{venue['city']}, {countries[venue['country']]['name']}")
            lines = [f"Series: {series['title']} ({series['id']})", f"Kind: {series['kind']}"]
            if series["basis"]:
                lines.append(f"Basis: {series['basis']}")
            lines.append(f"Round: {round_['number']}")
            lines.append(f"Status: {round_['status']}")
            lines += [f"Note: {note}" for note in round_["notes"]]
            event.add("description", "\n".join(lines))
            event.add("categories", [series["kind"].capitalize()] + names)
            if organizer:
                event.add("organizer", icalendar.vCalAddress("mailto:" + organizer["email"]), parameters={"CN": organizer["role"]})
            else:
                for person in delegates:
                    event.add("attendee", icalendar.vCalAddress("mailto:" + person["email"]), parameters={"CN": person["role"], "ROLE": "REQ-PARTICIPANT"})
            for reminder in series["reminders"]:
                alarm = icalendar.Alarm()
                alarm.add("action", "DISPLAY")
                alarm.add("trigger", -datetime.timedelta(minutes=reminder["minutesBefore"]))
                alarm.add("description", "Reminder: " + summary)
                event.add_component(alarm)
            events.append(event)
        result.append((series["id"], series["title"], events, organizer is not None))
    return result


def write(name, title, events, publish, folder):
    calendar = icalendar.Calendar()
    calendar.add("version", "2.0")
    calendar.add("prodid", "-//Parley//parley ics//EN")
    calendar.add("calscale", "GREGORIAN")
    if publish:
        calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", title)
    for event in events:
        calendar.add_component(event)
    calendar.add_missing_timezones()
    with open(os.path.join(folder, name), "wb") as handle:
        handle.write(calendar.to_ical())
        handle.flush()
        os.fsync(handle.fileno())


def main(arguments):
    plan = json.load(open(arguments[0], encoding="utf-8"))
    folder = arguments[1]
    rounds = sum(len(series["rounds"]) for series in plan["series"])
    start = time.perf_counter()
    feeds = events_of(plan)
    everything = []
    for series_id, title, events, publish in feeds:
        write(series_id + ".ics", title, events, publish, folder)
        everything += events
    write("all.ics", "Parley: all rounds", everything, all(p for *_, p in feeds), folder)
    print(f"rounds={rounds} seconds={time.perf_counter() - start:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
