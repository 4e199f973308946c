import CivilTime

/// The United Nations Headquarters in New York (`UN-NY`): the official holidays of the
/// Secretariat at Headquarters, an organisation calendar usable wherever a country code is.
///
/// The Secretary-General designates them each year by information circular (ST/IC) under
/// General Assembly resolution 52/214 A and decision 52/468: nine fixed days (New Year's Day,
/// Good Friday, Eid al-Fitr, Memorial Day, Independence Day, Eid al-Adha, Labour Day,
/// Thanksgiving Day, Christmas Day) plus one floating holiday each staff member chooses
/// (GA resolution 69/250; not a closure, so not modelled). A day on a Saturday is observed
/// the Friday before, on a Sunday the next working day. Published lists checked day for day:
/// 2017 (information circular "Official holidays for 2017 at United Nations Headquarters",
/// document 16-19205) and 2020 (ST/IC/2019/23, quoted by the Dag Hammarskjöld Library,
/// ask.un.org/faq/112514); the 2024 list (Global Times, quoting the Secretariat) agrees too.
/// The Eids were Umm al-Qura's dates in every published year, so other years take them from
/// Umm al-Qura, estimated.
enum UnitedNationsNewYork {
    /// The years whose circular the calendar was checked against: their Eids are confirmed.
    static let publishedYears: Set<Int> = [2017, 2020]

    static let definition = CountryDefinition(
        code: "UN-NY", name: "United Nations Headquarters, New York", isOrganisation: true,
        sources: [
            "General Assembly resolution 52/214 A and decision 52/468 (ten official holidays); resolution 69/250 (floating holiday)",
            "Information circulars on official holidays at Headquarters: 2017 (16-19205), 2020 (ST/IC/2019/23)",
        ],
        islamic: IslamicDates(estimateShift: 0),
        decreedThrough: publishedYears.max(),
        build: build)

    static func build(_ b: inout YearBuilder) {
        b.add(b.date(1, 1), "New Year's Day")
        b.add(b.easter(-2), "Good Friday")
        b.add(b.nth(-1, .monday, of: 5), "Memorial Day")
        b.add(b.date(7, 4), "Independence Day")
        b.add(b.nth(1, .monday, of: 9), "Labour Day")
        b.add(b.nth(4, .thursday, of: 11), "Thanksgiving Day")
        b.add(b.date(12, 25), "Christmas Day")
        let islamic = IslamicDates(estimateShift: 0)
        let estimated = !publishedYears.contains(b.year)
        for date in islamic.estimates(.eidAlFitr, in: b.year) { b.add(date, "Eid al-Fitr", estimated: estimated) }
        for date in islamic.estimates(.eidAlAdha, in: b.year) { b.add(date, "Eid al-Adha", estimated: estimated) }
        b.observe(saturday: .previous, sunday: .next) { $0.date.month != 1 || $0.date.day != 1 }
        if let newYear = b.date(1, 1), newYear.weekday == .sunday {
            b.add(newYear.adding(days: 1), "New Year's Day (observed)", .observed)
        }
        if let next = LocalDate(year: b.year + 1, month: 1, day: 1), next.weekday == .saturday {
            b.add(next.adding(days: -1), "New Year's Day (observed)", .observed)
        }
    }
}
