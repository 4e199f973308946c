#!/usr/bin/env python3
"""Transcribe decreed and almanac dates into Sources/Holidays/Tables/<Country>Tables.swift.

Facts, not code: the dates are those that python-holidays 0.109 (PyPI `holidays`,
https://github.com/vacanza/holidays) compiled from the official decrees its country modules
cite (Indonesia's SKB 3 Menteri and Keppres, Russia's government resolutions on transferring
days off, India's DoPT gazetted-holiday orders, Singapore's MOM gazette, ...). Only the days
that no rule can produce are transcribed: Islamic dates python-holidays marks as decreed
(not "estimated"), Hindu/Buddhist/Balinese almanac dates, collective leave, transfers,
elections and one-off days. Fixed dates, weekday rules, Easter, Chinese lunisolar dates and
substitute-day rules are written as rules in Sources/Holidays/Countries, independently.

    /tmp/hvenv/bin/python Tests/Fixtures/holidays/transcribe_tables.py
"""
import re
from datetime import timedelta

import holidays

assert holidays.__version__ == "0.109"
YEARS = range(2015, 2036)
OUT = "Sources/Holidays/Tables"

# Countries whose Islamic tables list every decreed day of a break, not only its first.
EVERY_DAY = {"BD", "EG", "PK"}

ISLAMIC = {"israMiraj", "eidAlFitr", "eidAlAdha", "islamicNewYear", "mawlid", "ashura", "arafah", "midShaban", "laylatAlQadr"}

# country: (Swift enum name, decree year confirmed through, estimate shift, {islamic case: name},
#           rule-produced names (regex), subdivisions, categories, source text)
C = {
 "ID": ("Indonesia", 2027, 1,
        {"israMiraj": "Isra' and Mi'raj", "eidAlFitr": "Eid al-Fitr", "eidAlAdha": "Eid al-Adha",
         "islamicNewYear": "Islamic New Year", "mawlid": "Prophet's Birthday"},
        r"New Year's Day|International Labor Day|Pancasila Day|Independence Day|Christmas Day|Good Friday"
        r"|Easter Sunday|Ascension Day|Lunar New Year|Eid al-Fitr Second Day", [], ("public", "government"),
        "Presidential decrees (Keppres) and joint ministerial decrees (SKB 3 Menteri) on national holidays "
        "and cuti bersama 2015-2027, the latest the SKB for 2027 (setneg.go.id), as compiled by python-holidays 0.109"),
 "SG": ("Singapore", 2027, 1, {"eidAlFitr": "Eid al-Fitr", "eidAlAdha": "Eid al-Adha"},
        r"New Year's Day|Chinese New Year|Good Friday|Labor Day|National Day|Christmas Day|.*\(observed.*", [], ("public",),
        "Ministry of Manpower gazette of public holidays (Holidays Act 1998) through 2027, as compiled by python-holidays 0.109"),
 "IN": ("India", 2026, 1, {"eidAlFitr": "Eid al-Fitr", "eidAlAdha": "Eid al-Adha", "mawlid": "Prophet's Birthday", "ashura": "Ashura"},
        r"Republic Day|Independence Day|Mahatma Gandhi's Birthday|Christmas|Good Friday|Dr. B. R. Ambedkar's Birthday",
        [], ("public",),
        "Department of Personnel and Training office memoranda on holidays for central government offices "
        "in Delhi/New Delhi (gazetted holidays) through 2026, almanac dates after, as compiled by python-holidays 0.109"),
 "RU": ("Russia", 2027, 0, {}, r"New Year Holidays|Christmas Day|Defender of the Fatherland Day|International Women's Day"
        r"|Holiday of Spring and Labor|Victory Day|Russia Day|Unity Day|.*\(observed\)", [], ("public",),
        "Labour Code art. 112 and the yearly Resolutions of the Government of the Russian Federation on the "
        "transfer of days off (2015-2027; 2025: No. 1335 of 2024-10-04), as compiled by python-holidays 0.109"),
 "AU": ("Australia", 2026, 0, {}, r"ANZAC Day|Australia Day|Boxing Day|Christmas Day|Easter Monday|Good Friday|New Year's Day"
        r"|Canberra Day|Easter Saturday|Easter Sunday|King's Birthday|Queen's Birthday|Labor Day|Reconciliation Day|May Day"
        r"|Picnic Day|Adelaide Cup Day|Proclamation Day|Eight Hours Day|Melbourne Cup Day|Western Australia Day"
        r"|The Royal Queensland Show|.*\(observed\)|Family & Community Day",
        ["ACT", "NSW", "NT", "QLD", "SA", "TAS", "VIC", "WA"], ("public",),
        "Holidays Act 1958 (ACT), Public Holidays Act 2010 (NSW), Public Holidays Act 1981 (NT), Holidays Act 1983 (QLD), "
        "Holidays Act 1910 (SA), Statutory Holidays Act 2000 (TAS), Public Holidays Act 1993 (VIC), "
        "Public and Bank Holidays Act 1972 (WA) and one-off proclamations, as compiled by python-holidays 0.109"),
 "US": ("UnitedStates", 2026, 0, {}, r".*", [], ("public",), "5 U.S.C. 6103"),
 "CN": ("China", 2026, 0, {}, r"New Year's Day|Tomb-Sweeping Day|Labor Day|Dragon Boat Festival|Mid-Autumn Festival|National Day"
        r"|Chinese New Year \(Spring Festival\)|Chinese New Year's Eve", [], ("public",),
        "State Council General Office notices on holiday arrangements (yearly, through 2026), as compiled by python-holidays 0.109"),
 "JP": ("Japan", 2026, 0, {}, r"Autumnal Equinox Day|Children's Day|Coming of Age Day|Constitution Day|Culture Day|Emperor's Birthday"
        r"|Foundation Day|Greenery Day|Labor Thanksgiving Day|Marine Day|Mountain Day|National Holiday|New Year's Day"
        r"|Physical Education Day|Respect for the Aged Day|Showa Day|Sports Day|Substitute Holiday|Vernal Equinox Day", [], ("public",),
        "Act on National Holidays (Act No. 178 of 1948) and the 2019-2021 special measures acts, as compiled by python-holidays 0.109"),
 "KR": ("SouthKorea", 2026, 0, {}, r"Buddha's Birthday|Children's Day|Christmas Day|Chuseok|Hangul Day|Independence Movement Day"
        r"|Korean New Year|Liberation Day|Memorial Day|National Foundation Day|New Year's Day|The day preceding Chuseok"
        r"|The day preceding Korean New Year|The second day of Chuseok|The second day of Korean New Year|Alternative holiday.*",
        [], ("public",), "Regulations on Holidays of Government Offices (Presidential Decree) and National Election "
        "Commission polling days, as compiled by python-holidays 0.109"),
 "GB": ("UnitedKingdom", 2026, 0, {}, r"Boxing Day|Christmas Day|Good Friday|May Day|New Year's Day|Spring Bank Holiday|.*\(observed\)",
        [], ("public",), "Banking and Financial Dealings Act 1971 and royal proclamations, as compiled by python-holidays 0.109"),
 "DE": ("Germany", 2026, 0, {}, r".*", [], ("public",), "Federal and Länder holiday laws"),
 "FR": ("France", 2026, 0, {}, r".*", [], ("public",), "Code du travail L3133-1"),
 "MY": ("Malaysia", 2026, 1, {"eidAlFitr": "Eid al-Fitr", "eidAlAdha": "Eid al-Adha", "islamicNewYear": "Islamic New Year",
        "mawlid": "Prophet Muhammad's Birthday"},
        r"Chinese New Year.*|Christmas Day|Eid al-Adha|Eid al-Fitr \(Second Day\)"
        r"|Labor Day|Malaysia Day|National Day|New Year's Day|Federal Territory Day|.*\(observed.*", ["14"], ("public",),
        "Holidays Act 1951 and the Prime Minister's Department gazette of federal holidays, as compiled by python-holidays 0.109"),
 "TH": ("Thailand", 2026, 0, {}, r"New Year's Day|Chakri Memorial Day|Songkran Festival|National Labor Day|HM King Chulalongkorn Memorial Day"
        r"|Constitution Day|New Year's Eve|National Day|National Father's Day|National Mother's Day|National Children's Day"
        r"|HM Queen Sirikit The Queen Mother's Birthday|HM King Bhumibol Adulyadej the Great's Birthday|HM King Maha Vajiralongkorn's Birthday"
        r"|HM Queen Suthida's Birthday|.*\(in lieu\)", [], ("public",),
        "Cabinet resolutions on public holidays and the Buddhist lunar calendar of the Royal Thai government, as compiled by python-holidays 0.109"),
 "VN": ("VietNam", 2026, 0, {}, r"New Year's Day|Lunar New Year's Eve|Lunar New Year|Second Day of Lunar New Year|Third Day of Lunar New Year"
        r"|Fourth Day of Lunar New Year|Hung Kings' Commemoration Day|Vietnam Cultural Day|.*\(observed\)"
        r"|Liberation Day/Reunification Day|International Labor Day|National Day", [], ("public",),
        "Labour Code 2019 art. 112 and Prime Minister's yearly decisions on days off, as compiled by python-holidays 0.109"),
 "PH": ("Philippines", 2026, 0, {"eidAlFitr": "Eid al-Fitr", "eidAlAdha": "Eid al-Adha"},
        r"All Saints' Day|Black Saturday|Bonifacio Day|Christmas Day|Day of Valor|Good Friday|Independence Day|Labor Day"
        r"|Maundy Thursday|National Heroes Day|New Year's Day|Ninoy Aquino Day|Rizal Day", [], ("public",),
        "Administrative Code (EO 292) as amended and yearly presidential proclamations, as compiled by python-holidays 0.109"),
 "SA": ("SaudiArabia", 2026, 0, {}, r".*", [], ("public",), "Umm al-Qura"),
 "AE": ("UnitedArabEmirates", 2026, 0, {}, r".*", [], ("public",), "Federal Decree-Law 33 of 2021"),
 "BR": ("Brazil", 2026, 0, {}, r".*", [], ("public",), "Lei 662/1949"),
 "AR": ("Argentina", 2026, 0, {}, r"(?!Bridge Public Holiday|National Census Day|FIFA World Cup|Visit of His Holiness).*", [], ("public",),
        "Ley 27.399 art. 7 and the yearly decrees setting the dias no laborables con fines turisticos (bridge days), "
        "and the one-off decrees of 2022 (census, World Cup) and 2026 (papal visit), as compiled by python-holidays 0.109"),
 "KZ": ("Kazakhstan", 2026, 0, {"eidAlAdha": "Eid al-Adha"}, r"(?!Day off \(substituted).*", [], ("public",),
        "Law On Holidays in the Republic of Kazakhstan (2001) and the yearly Government resolutions on transferring days off, "
        "as compiled by python-holidays 0.109"),
 "UA": ("Ukraine", 2022, 0, {}, r"(?!Day off \(substituted).*", [], ("public",),
        "Labour Code of Ukraine art. 67 and 73 and the yearly Cabinet of Ministers orders recommending transfers of working days "
        "(2015-2022), as compiled by python-holidays 0.109"),
 "PK": ("Pakistan", 2025, 1, {"eidAlFitr": "Eid al-Fitr", "eidAlAdha": "Eid al-Adha", "mawlid": "Prophet's Birthday", "ashura": "Ashura"},
        r"Kashmir Solidarity Day|Pakistan Day|Labor Day|Youm-e-Takbeer|Independence Day|Iqbal Day|Quaid-e-Azam Day", [], ("public",),
        "Cabinet Division notifications of public holidays (yearly) and Ruet-e-Hilal Committee sightings, as compiled by python-holidays 0.109"),
 "EG": ("Egypt", 2025, 0, {"eidAlFitr": "Eid al-Fitr", "eidAlAdha": "Eid al-Adha", "mawlid": "Prophet's Birthday", "arafah": "Day of Arafah"}, r".*", [], ("public",),
        "Prime Minister's decrees on official holidays (yearly) and Dar al-Ifta announcements, as compiled by python-holidays 0.109"),
 "BD": ("Bangladesh", 2025, 1, {"eidAlFitr": "Eid al-Fitr", "eidAlAdha": "Eid al-Adha", "mawlid": "Prophet's Birthday", "ashura": "Ashura",
        "midShaban": "Mid-Sha'ban", "laylatAlQadr": "Laylat al-Qadr"},
        r"Martyrs' Day and International Mother Language Day|Sheikh Mujibur Rahman's Birthday|Independence Day|Bengali New Year's Day"
        r"|May Day|July Mass Uprising Day|National Mourning Day|Victory Day|Christmas Day|Jumu'atul-Wida", [], ("public",),
        "Ministry of Public Administration notifications of public holidays (yearly) and the National Moon Sighting Committee, "
        "as compiled by python-holidays 0.109"),
 "BN": ("Brunei", 2026, 0,
        {"israMiraj": "Isra' and Mi'raj", "ramadanStart": "First Day of Ramadan", "eidAlFitr": "Eid al-Fitr",
         "eidAlAdha": "Eid al-Adha", "islamicNewYear": "Islamic New Year", "mawlid": "Prophet's Birthday"},
        r"New Year's Day|Lunar New Year|National Day|Armed Forces Day|Sultan Hassanal Bolkiah's Birthday|Christmas Day"
        r"|Anniversary of the revelation of the Quran|.*\(observed.*", [], ("public",),
        "Prime Minister's Office circulars on public holidays (jpm.gov.bn, yearly through the circular for 2026), "
        "as compiled by python-holidays 0.109"),
 "KH": ("Cambodia", 2026, 0, {},
        r"International New Year Day|Day of Victory over the Genocidal Regime|International Women's Rights Day"
        r"|International Labor Day|HM King Norodom Sihamoni's Birthday|HM Queen Norodom Monineath Sihanouk the Queen-Mother's Birthday"
        r"|Constitution Day|HM King Norodom Sihanouk Mourning Day|HM King Norodom Sihamoni's Coronation Day"
        r"|National Independence Day|International Children's Day|International Human Rights Day|Paris Peace Agreement's Day"
        r"|Peace Day in Cambodia", [], ("public",),
        "Royal Government sub-decrees on public holidays (yearly, through 2026) and the Khmer lunar calendar, "
        "as compiled by python-holidays 0.109"),
 "MM": ("Myanmar", 2026, 1, {"eidAlAdha": "Eid al-Adha"},
        r"Independence Day|Union Day|Peasants' Day|Armed Forces Day|May Day|Martyrs' Day|Christmas Day|New Year's Day"
        r"|Chinese New Year", [], ("public",),
        "Union Government notifications on public holidays (yearly, through 2026; the 2024-2025 notification moving "
        "days off onto working Saturdays, gnlm.com.mm) and the Myanmar lunar calendar, as compiled by python-holidays 0.109"),
 "TL": ("TimorLeste", 2025, 0, {"eidAlFitr": "Eid al-Fitr", "eidAlAdha": "Eid al-Adha"},
        r"New Year's Day|Veteran's Day|Good Friday|International Worker's Day|Restoration of Independence Day|Corpus Christi"
        r"|Popular Consultation Day|All Saints' Day|All Souls' Day|National Women's Day|National Youth Day"
        r"|Proclamation of Independence Day|Memorial Day|Day of Our Lady of Immaculate Conception and Timor-Leste Patroness"
        r"|Christmas Day|National Heroes Day", [], ("public", "government"),
        "Law 10/2005 on public holidays as amended in 2016 and 2023 and the Government's yearly notices granting "
        "civil servants tolerance days and election days (timor-leste.gov.tl, through 2025), as compiled by python-holidays 0.109"),
 "PG": ("PapuaNewGuinea", 2026, 0, {},
        r"New Year's Day|Good Friday|Easter Saturday|Easter Sunday|Easter Monday|Papua New Guinea Remembrance Day|Christmas Day"
        r"|Boxing Day|Independence Day|Queen's Birthday|King's Birthday|Grand Chief Sir Michael Somare Remembrance Day"
        r"|National Repentance Day|.*\(observed\)", [], ("public",),
        "Public Holidays Act 1953 (PNG) as amended and the Prime Minister's declarations of special public holidays, "
        "as compiled by python-holidays 0.109"),
 "FJ": ("Fiji", 2026, 0, {"mawlid": "Prophet Mohammed's Birthday"},
        r"New Year's Day|Good Friday|Easter Saturday|Easter Monday|National Sports Day|Constitution Day|Girmit Day"
        r"|Ratu Sir Lala Sukuna Day|Fiji Day|Christmas Day|Boxing Day|.*\(observed\)", [], ("public",),
        "Public Holidays Act (Fiji, laws.gov.fj) and the yearly gazette notices declaring public holidays (through "
        "Gazette Notice 95 of 2026), as compiled by python-holidays 0.109"),
 "ZA": ("SouthAfrica", 2026, 0, {}, r"New Year's Day|Human Rights Day|Good Friday|Family Day|Freedom Day|Workers' Day|Youth Day"
        r"|National Women's Day|Heritage Day|Day of Reconciliation|Christmas Day|Day of Goodwill|.*\(observed\)", [], ("public",),
        "Public Holidays Act 36 of 1994 and presidential declarations under its section 2A, as compiled by python-holidays 0.109"),
}

OBSERVED = re.compile(r"\(observed|in lieu|Alternative holiday|Substitute Holiday", re.I)

# Polling days python-holidays names only "Public Holiday" (Bangladesh Election Commission:
# 12th parliamentary election, 7 January 2024).
ELECTIONS = {("BD", "2024-01-07"): "General Election Day"}


def clean(name):
    return re.sub(r"\s*\(estimated\)", "", name).replace("(observed, estimated)", "(observed)")


def kind(name, category):
    if category == "government" and re.search(r"Election", name):
        return "election"
    if category == "government":
        return "collectiveLeave"
    if name.startswith("Bridge day"):  # Argentina's dias no laborables: public offices close
        return "closure"
    if name.startswith("Day off (substituted"):
        return "transfer"
    if OBSERVED.search(name):
        return "observed"
    if re.search(r"[Ee]lection|Polling", name):
        return "election"
    return "public"


def swift_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


for code, (enum, confirmed, shift, islamic, rules, subdivisions, categories, source) in C.items():
    if rules == r".*" and not islamic:
        continue
    rule = re.compile(rf"(?:{rules})$")
    islamic_dates = {case: [] for case in islamic}
    decreed = []  # (subdivision, date, name, kind)
    working = set()
    seen = set()
    for subdivision in [None] + subdivisions:
        national = set()
        if subdivision:
            for year in YEARS:
                national |= {(d, n) for d, n in holidays.country_holidays(code, years=year, language="en_US").items()}
        for year in YEARS:
            for category in categories:
                days = holidays.country_holidays(code, subdiv=subdivision, years=year, categories=(category,), language="en_US")
                for date, names in sorted(days.items()):
                    if date.year != year:
                        continue
                    for name in names.split("; "):
                        base = clean(name)
                        estimated = "estimated" in name
                        matched = [case for case, n in islamic.items() if n == base]
                        if matched and category == "public":
                            if not estimated and not subdivision:
                                islamic_dates[matched[0]].append(date)
                            continue
                        if category == "public" and rule.match(base):
                            continue
                        if subdivision and (date, names) in national:
                            continue
                        if kind(base, category) != "public" and (estimated or year > confirmed):
                            continue
                        base = ELECTIONS.get((code, date.isoformat()), base)
                        if code == "AR" and base == "Bridge Public Holiday":
                            base = "Bridge day (día no laborable con fines turísticos)"
                        key = (subdivision, date, base)
                        if key not in seen:
                            seen.add(key)
                            decreed.append((subdivision, date, base, kind(base, category)))
                for date in getattr(days, "weekend_workdays", ()) or ():
                    if date.year == year and subdivision is None:
                        working.add(date)
    lines = [
        "// Transcribed by Tests/Fixtures/holidays/transcribe_tables.py from python-holidays 0.109;",
        "// regenerate rather than edit by hand. Source: see `source` below.",
        "",
        f"/// Decreed and almanac dates for {code} that no rule can produce.",
        f"enum {enum}Tables {{",
        f"    /// Where the dates come from.",
        f"    static let source = {swift_string(source)}",
        "",
        f"    /// The last year whose dates are officially decreed; later table dates are estimates.",
        f"    static let confirmedThrough = {confirmed}",
    ]
    if islamic:
        lines += ["", "    /// Islamic holidays as decreed (first day of each).",
                  f"    static let islamic = IslamicDates(estimateShift: {shift}, ["]
        for case, dates in islamic_dates.items():
            # Only a holiday's first day (Brunei names all three days of Eid al-Fitr alike),
            # except where the decrees set every day of the break (read with add(everyDayOf:)).
            if code not in EVERY_DAY:
                dates = [d for d in dates if d - timedelta(days=1) not in dates]
            years = sorted({d.year for d in dates})
            last = max(years) if years else 0
            lines.append(f"        .{case}: DateTable(source: source, confirmedThrough: {last}, [")
            for year in years:
                lines.append("            " + ", ".join(f'"{d.isoformat()}"' for d in sorted(dates) if d.year == year) + ",")
            lines.append("        ]),")
        lines.append("    ])")
    if decreed or working or not islamic:
        lines += ["", "    /// Days off set by decree, almanac or proclamation (one-off days, elections, collective",
                  "    /// leave, transfers, lunar festivals), `subdivision` nil for the whole country.",
                  "    static let decreed = DecreedDays(source: source, confirmedThrough: confirmedThrough, ["]
        for subdivision, date, name, k in sorted(decreed, key=lambda r: (r[1], r[0] or "", r[2])):
            sub = swift_string(subdivision) if subdivision else "nil"
            moved = re.match(r"Day off \(substituted from (\d\d)/(\d\d)/(\d{4})\)", name)
            extra = ""
            if moved:
                origin = f"{moved.group(3)}-{moved.group(1)}-{moved.group(2)}"
                name = f"Day off (transferred from {origin})"
                extra = f', from: "{origin}"'
            lines.append(f'        .init("{date.isoformat()}", {swift_string(name)}, .{k}' + (f", in: {sub}" if subdivision else "") + extra + "),")
        lines.append("    ])")
    if working:
        lines += ["", "    /// Weekend days decreed working days.",
                  "    static let workingDays = DateTable(source: source, confirmedThrough: confirmedThrough, ["]
        for year in sorted({d.year for d in working}):
            lines.append("        " + ", ".join(f'"{d.isoformat()}"' for d in sorted(working) if d.year == year) + ",")
        lines.append("    ])")
    lines.append("}")
    with open(f"{OUT}/{enum}Tables.swift", "w") as out:
        out.write("\n".join(lines) + "\n")
    print(code, len(decreed), {k: len(v) for k, v in islamic_dates.items()}, len(working))
