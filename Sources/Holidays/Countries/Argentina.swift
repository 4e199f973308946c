import CivilTime

/// Argentina (AR): Ley 27.399 (2017) on feriados nacionales and días no laborables, Ley 27.258
/// (Güemes, from 2016) and the yearly executive decrees.
///
/// Weekend Saturday–Sunday. Fixed holidays (art. 4): 1 January, Carnival Monday and Tuesday,
/// 24 March, 2 April (31 March in 2020, moved by decree during the COVID-19 lockdown), Good
/// Friday, 1 May, 25 May, 20 June, 9 July, 8 and 25 December. Maundy Thursday is a día no
/// laborable (art. 7): public offices close, private employers choose, so it is a closure. The
/// feriados trasladables (art. 6) move: 17 August, 12 October and
/// 20 November on a Tuesday or Wednesday to the Monday before, on a Thursday or Friday to the
/// Monday after; 17 June (Güemes) on a Tuesday or Wednesday to the Monday before, on a Thursday
/// to the Monday after. In 2015–2016 Decreto 1584/2010 set San Martín on the third Monday of
/// August and 12 October on the second Monday, and Sovereignty Day on 27 and 28 November.
/// Up to three días no laborables con fines turísticos a year (art. 7: public administration
/// closed, private employers free) are set by decree: ``ArgentinaTables`` lists them as
/// closures with the one-off days (2022 census, 2022 World Cup, 2026 papal visit).
enum Argentina {
    static let definition = CountryDefinition(
        code: "AR", name: "Argentina",
        sources: ["Ley 27.399 (2017)", "Ley 27.258 (2016, Güemes)", "Decreto 1584/2010", ArgentinaTables.source],
        decreedThrough: ArgentinaTables.confirmedThrough,
        build: build)

    static func build(_ b: inout YearBuilder) {
        b.add(b.date(1, 1), "New Year's Day")
        b.add(b.easter(-48), "Carnival Monday")
        b.add(b.easter(-47), "Carnival Tuesday")
        b.add(b.date(3, 24), "National Day of Remembrance for Truth and Justice")
        b.add(b.year == 2020 ? b.date(3, 31) : b.date(4, 2), "Veterans' Day and the Fallen in the Malvinas War")
        b.add(b.easter(-3), "Maundy Thursday (día no laborable)", .closure)
        b.add(b.easter(-2), "Good Friday")
        b.add(b.date(5, 1), "Labour Day")
        b.add(b.date(5, 25), "May Revolution Day")
        if b.year >= 2016 { b.add(movable(b.date(6, 17), toNextMonday: [.thursday]), "Passing of General Martín Miguel de Güemes") }
        b.add(b.date(6, 20), "Passing of General Manuel Belgrano")
        b.add(b.date(7, 9), "Independence Day")
        let sanMartin = b.year >= 2017 ? movable(b.date(8, 17)) : b.nth(3, .monday, of: 8)
        b.add(sanMartin, "Passing of General José de San Martín")
        b.add(b.year >= 2017 ? movable(b.date(10, 12)) : b.nth(2, .monday, of: 10), "Day of Respect for Cultural Diversity")
        let sovereignty: LocalDate? =
            switch b.year {
            case ...2015: b.date(11, 27)
            case 2016: b.date(11, 28)
            default: movable(b.date(11, 20))
            }
        b.add(sovereignty, "National Sovereignty Day")
        b.add(b.date(12, 8), "Immaculate Conception")
        b.add(b.date(12, 25), "Christmas Day")
        b.add(ArgentinaTables.decreed)
    }

    /// A feriado trasladable (Ley 27.399 art. 6): Tuesday or Wednesday to the Monday before;
    /// a day of `toNextMonday` to the Monday after.
    static func movable(_ date: LocalDate?, toNextMonday: Set<Weekday> = [.thursday, .friday]) -> LocalDate? {
        guard let date else { return nil }
        switch date.weekday {
        case .tuesday, .wednesday: return date.adding(days: -(Weekday.monday.days(until: date.weekday)))
        case let day where toNextMonday.contains(day): return date.adding(days: day.days(until: .monday))
        default: return date
        }
    }
}
