import CivilTime
import ICalendar

/// The synthetic calendars of `parley-bench ics-write`: `count` consultation rounds spread over
/// ten years (2026–2035) in five zones, with long Cyrillic, Arabic, Javanese and emoji texts
/// that need folding and escaping. `ics_write_bench.py` builds the same events for python
/// `icalendar`; keep the two in step.
///
/// Two kinds of event:
/// - ``Kind/heavy`` (~620 octets): UID, DTSTAMP, DTSTART and DTEND with `TZID`, SEQUENCE,
///   STATUS, a multilingual SUMMARY, LOCATION and a long DESCRIPTION.
/// - ``Kind/light`` (~280 octets): UID, DTSTAMP, DTSTART and DTEND with `TZID` and the same
///   multilingual SUMMARY, folded. The baseline (python `icalendar` ~1.4 s per
///   10,000 events) fits lighter events than the heavy ones, which python needs ~4.3 s for;
///   it needs ~0.6 of that for these (its cost is mostly per property, so no event with
///   zones and folded multilingual text gets down to 1.4 s here).
struct IcsWriteWorkload {
    enum Kind: String, CaseIterable {
        case heavy
        case light
    }

    static let zones = ["Asia/Jakarta", "Europe/Moscow", "Australia/Sydney", "America/New_York", "Asia/Kolkata"]
    static let titles = [
        "Indonesia–Russia consultations on international information security",
        "Консультации по международной информационной безопасности",
        "مشاورات ثنائية حول أمن المعلومات الدولي",
        "ꦥꦼꦭꦏ꧀ꦱꦤꦤ꧀ꦥꦿꦶꦏ꧀ꦱꦤ꧀ ꦗꦏꦂꦠ",
        "CERT capacity-building workshop 🇮🇩🤝🇷🇺",
    ]
    static let texts = [
        "Basis: MoU between the Security Council of the Russian Federation and the Coordinating Ministry for Political, Legal and Security Affairs, Moscow, 2015-06-22; agenda: 1) review, 2) CERT cooperation.\nDelegations: deputy ministers.",
        "Повестка дня: 1) итоги предыдущего раунда; 2) сотрудничество групп реагирования на компьютерные инциденты, обмен опытом; 3) подготовка к следующей встрече в Джакарте.",
        "جدول الأعمال: مراجعة نتائج الجولة السابقة، والتعاون بين فرق الاستجابة لحوادث الحاسوب، وتبادل الخبرات، والتحضير للاجتماع القادم في جاكرتا.",
        "ꦲꦒꦺꦤ꧀ꦝ: ꦥꦩꦿꦶꦏ꧀ꦱꦤ꧀ ꦲꦱꦶꦭ꧀ ꦥꦸꦠꦫꦤ꧀ ꦱꦏꦢꦸꦫꦸꦁꦔꦺ, ꦏꦫꦗꦤ꧀ ꦠꦶꦩ꧀ ꦕꦺꦂꦠ꧀, ꦭꦤ꧀ ꦥꦚꦶꦪꦥꦤ꧀ ꦥꦠꦼꦩꦺꦴꦤ꧀ ꦱꦧꦺꦴꦠ꧀ꦲꦺ ꦲꦶꦁ ꦩꦺꦴꦱ꧀ꦏꦺꦴ.",
        "Workshop 🛡️🔐💻: incident handling drills, malware analysis, 🇮🇩🤝🇷🇺 exchange of experts; travel ✈️ Jakarta–Moscow, hotel 🏨 booked, visas 🛂 pending.",
    ]
    static let locations = [
        "Jakarta, Hotel Sari Pan Pacific", "Москва, Смоленская-Сенная площадь, 32/34", "Sydney", "New York", "New Delhi",
    ]

    /// Event `index` of `kind`, exactly as `ics_write_bench.py` builds it.
    static func event(_ index: Int, kind: Kind) -> CalendarEvent? {
        let zone = zones[index % zones.count]
        guard let base = LocalDate(year: 2026, month: 1, day: 1), let day = base.adding(days: (index * 37) % 3653),
            let time = LocalTime(hour: 8 + index % 9, minute: (index * 15) % 60)
        else { return nil }
        let start = LocalDateTime(date: day, time: time)
        guard let end = start.adding(seconds: 90 * 60) else { return nil }
        let heavy = kind == .heavy
        return CalendarEvent(
            uid: joined("parley-bench-", index, "@parley.example"),
            timestamp: Instant(secondsSinceEpoch: 1_767_225_600),
            start: .zoned(start, tzid: zone), end: .zoned(end, tzid: zone),
            summary: joined("Round ", index, ": ", titles[index % titles.count]),
            description: heavy ? texts[index % texts.count] : nil,
            location: heavy ? locations[index % locations.count] : nil,
            status: heavy ? .confirmed : nil,
            sequence: heavy ? index % 3 : nil
        )
    }

    /// `prefix`, the non-negative `number` in decimal, `infix` and `suffix` as one string,
    /// written in place: the text of `"\(prefix)\(number)\(infix)\(suffix)"` with one
    /// allocation instead of an interpolation's several appends.
    static func joined(_ prefix: StaticString, _ number: Int, _ infix: StaticString, _ suffix: String = "") -> String {
        let magnitude = number.magnitude
        var digits = 1
        var scale: UInt = 10
        while magnitude >= scale, digits < 19 {
            digits += 1
            scale &*= 10
        }
        var suffix = suffix
        return suffix.withUTF8 { tail in
            let length = prefix.utf8CodeUnitCount + digits + infix.utf8CodeUnitCount + tail.count
            return String(unsafeUninitializedCapacity: length) { buffer in
                guard let base = buffer.baseAddress else { return 0 }
                var end = base
                func copy(_ start: UnsafePointer<UInt8>?, _ count: Int) {
                    guard let start else { return }
                    end.update(from: start, count: count)
                    end += count
                }
                copy(prefix.utf8Start, prefix.utf8CodeUnitCount)
                var rest = magnitude
                for position in (0..<digits).reversed() {
                    end[position] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
                end += digits
                copy(infix.utf8Start, infix.utf8CodeUnitCount)
                copy(tail.baseAddress, tail.count)
                return end - base
            }
        }
    }

    /// The calendar of `count` events of `kind`, without its time zones.
    static func calendar(events count: Int, kind: Kind) -> CalendarDocument {
        var calendar = CalendarDocument(productID: "-//Parley//parley-bench//EN", method: "PUBLISH")
        calendar.events.reserveCapacity(count)
        for index in 0..<count {
            if let event = event(index, kind: kind) { calendar.events.append(event) }
        }
        return calendar
    }
}
