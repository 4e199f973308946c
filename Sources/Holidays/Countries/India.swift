import CivilTime

/// India (IN): the gazetted holidays of central government offices in Delhi/New Delhi.
///
/// Weekend Saturday–Sunday (central government five-day week). Fixed: Republic Day,
/// Ambedkar Jayanti, Independence Day, Gandhi Jayanti, Christmas; Good Friday by Easter. The
/// Islamic and Hindu/Buddhist/Jain/Sikh festivals of each year's DoPT order are tabled
/// (``IndiaTables``); after the last order, Hindu dates come from the almanac (estimated) and
/// Islamic ones from Umm al-Qura (estimated). India has no substitute days. Delhi (`DL`) keeps the
/// same list: the Government of NCT of Delhi adopts the central gazetted holidays for its offices.
enum India {
    static let definition = CountryDefinition(
        code: "IN", name: "India",
        subdivisions: [Subdivision("DL", "Delhi")],
        sources: [IndiaTables.source],
        islamic: IndiaTables.islamic,
        decreedThrough: IndiaTables.confirmedThrough,
        build: build)

    static func build(_ b: inout YearBuilder) {
        let islamic = IndiaTables.islamic
        b.add(b.date(1, 26), "Republic Day")
        b.add(b.easter(-2), "Good Friday")
        b.add(b.date(4, 14), "Dr. B. R. Ambedkar's Birthday")
        b.add(b.date(8, 15), "Independence Day")
        b.add(b.date(10, 2), "Mahatma Gandhi's Birthday")
        b.add(b.date(12, 25), "Christmas")
        b.add(.eidAlFitr, from: islamic, ["Eid al-Fitr"])
        b.add(.eidAlAdha, from: islamic, ["Eid al-Adha"])
        b.add(.mawlid, from: islamic, ["Prophet's Birthday"])
        b.add(.ashura, from: islamic, ["Ashura"])
        b.add(IndiaTables.decreed)
        b.add(AlmanacEstimates.diwali, "Diwali", after: IndiaTables.decreed)
    }
}
