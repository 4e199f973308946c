import CivilTime

/// Qatar (QA): the official holidays set by Amiri decision, and the National Sport Day (Amiri
/// Decision 80 of 2011: the second Tuesday of February).
///
/// Weekend Friday–Saturday. Eid al-Fitr and Eid al-Adha three days each (the government's
/// break is announced yearly by the Amiri Diwan and is longer), National Day 18 December.
/// Hijri dates from Umm al-Qura, marked estimated (announced on sighting).
enum Qatar {
    static let definition = CountryDefinition(
        code: "QA", name: "Qatar",
        sources: ["Amiri decisions on official holidays (Eids, National Day)", "Amiri Decision 80 of 2011 (National Sport Day)"],
        weekend: { _ in .fridaySaturday },
        islamic: islamic,
        build: build)

    static let islamic = IslamicDates(estimateShift: 0)

    static func build(_ b: inout YearBuilder) {
        b.add(b.nth(2, .tuesday, of: 2), "National Sports Day")
        b.add(.eidAlFitr, from: islamic, ["Eid al-Fitr"], days: 3)
        b.add(.eidAlAdha, from: islamic, ["Eid al-Adha"], days: 3)
        b.add(b.date(12, 18), "National Day")
    }
}
