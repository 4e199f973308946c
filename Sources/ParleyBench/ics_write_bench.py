#!/usr/bin/env python3
"""The python `icalendar` side of `parley-bench ics-write`.

Builds the same synthetic events as Sources/ParleyBench/IcsWriteWorkload.swift (same UIDs,
zones, local times, texts; `heavy` or `light` events), adds the VTIMEZONEs, serialises with
`to_ical()` and writes the file, then prints one line:
`events=N seconds=S cpu_seconds=C bytes=B` (wall-clock and process CPU time).

Usage: python3 ics_write_bench.py EVENTS OUTPUT.ics [heavy|light]
Exit 3 when python `icalendar` cannot be imported.
"""

import datetime
import sys
import time

try:
    import icalendar
    from zoneinfo import ZoneInfo
except ImportError:
    print("icalendar not importable")
    sys.exit(3)

ZONES = ["Asia/Jakarta", "Europe/Moscow", "Australia/Sydney", "America/New_York", "Asia/Kolkata"]
TITLES = [
    "Indonesia–Russia consultations on international information security",
    "Консультации по международной информационной безопасности",
    "مشاورات ثنائية حول أمن المعلومات الدولي",
    "ꦥꦼꦭꦏ꧀ꦱꦤꦤ꧀ꦥꦿꦶꦏ꧀ꦱꦤ꧀ ꦗꦏꦂꦠ",
    "CERT capacity-building workshop 🇮🇩🤝🇷🇺",
]
TEXTS = [
    "Basis: MoU between the Security Council of the Russian Federation and the Coordinating Ministry for Political, Legal and Security Affairs, Moscow, 2015-06-22; agenda: 1) review, 2) CERT cooperation.\nDelegations: deputy ministers.",
    "Повестка дня: 1) итоги предыдущего раунда; 2) сотрудничество групп реагирования на компьютерные инциденты, обмен опытом; 3) подготовка к следующей встрече в Джакарте.",
    "جدول الأعمال: مراجعة نتائج الجولة السابقة، والتعاون بين فرق الاستجابة لحوادث الحاسوب، وتبادل الخبرات، والتحضير للاجتماع القادم في جاكرتا.",
    "ꦲꦒꦺꦤ꧀ꦝ: ꦥꦩꦿꦶꦏ꧀ꦱꦤ꧀ ꦲꦱꦶꦭ꧀ ꦥꦸꦠꦫꦤ꧀ ꦱꦏꦢꦸꦫꦸꦁꦔꦺ, ꦏꦫꦗꦤ꧀ ꦠꦶꦩ꧀ ꦕꦺꦂꦠ꧀, ꦭꦤ꧀ ꦥꦚꦶꦪꦥꦤ꧀ ꦥꦠꦼꦩꦺꦴꦤ꧀ ꦱꦧꦺꦴꦠ꧀ꦲꦺ ꦲꦶꦁ ꦩꦺꦴꦱ꧀ꦏꦺꦴ.",
    "Workshop 🛡️🔐💻: incident handling drills, malware analysis, 🇮🇩🤝🇷🇺 exchange of experts; travel ✈️ Jakarta–Moscow, hotel 🏨 booked, visas 🛂 pending.",
]
LOCATIONS = ["Jakarta, Hotel Sari Pan Pacific", "Москва, Смоленская-Сенная площадь, 32/34", "Sydney", "New York", "New Delhi"]
BASE = datetime.date(2026, 1, 1)


def event(index, heavy=True):
    zone = ZoneInfo(ZONES[index % len(ZONES)])
    day = BASE + datetime.timedelta(days=(index * 37) % 3653)
    start = datetime.datetime(day.year, day.month, day.day, 8 + index % 9, (index * 15) % 60, tzinfo=zone)
    end = (start.replace(tzinfo=None) + datetime.timedelta(minutes=90)).replace(tzinfo=zone)
    item = icalendar.Event()
    item.add("uid", f"parley-bench-{index}@parley.example")
    item.add("dtstamp", datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc))
    item.add("dtstart", start)
    item.add("dtend", end)
    if heavy:
        item.add("sequence", index % 3)
        item.add("status", "CONFIRMED")
    item.add("summary", f"Round {index}: {TITLES[index % len(TITLES)]}")
    if heavy:
        item.add("location", LOCATIONS[index % len(LOCATIONS)])
        item.add("description", TEXTS[index % len(TEXTS)])
    return item


def main():
    count = int(sys.argv[1])
    path = sys.argv[2]
    heavy = (sys.argv[3] if len(sys.argv) > 3 else "heavy") != "light"
    began = time.perf_counter()
    began_cpu = time.process_time()
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Parley//parley-bench//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    for index in range(count):
        calendar.add_component(event(index, heavy))
    calendar.add_missing_timezones()
    data = calendar.to_ical()
    with open(path, "wb") as output:
        output.write(data)
    seconds = time.perf_counter() - began
    cpu_seconds = time.process_time() - began_cpu
    print(f"events={count} seconds={seconds:.6f} cpu_seconds={cpu_seconds:.6f} bytes={len(data)}")


if __name__ == "__main__":
    main()
