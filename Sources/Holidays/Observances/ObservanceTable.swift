/// Which observances each built-in country keeps, as facts of its public calendar:
///
/// - **Ramadan** where Eid al-Fitr, the feast that ends it, is a public holiday: the
///   country's own holiday list (its decree or statute, in the country's file) has it, and so
///   does python-holidays (`Tests/HolidaysTests/Fixtures/python-holidays.tsv`).
/// - **Great Lent** where the state keeps the Orthodox calendar: Orthodox Christmas (7
///   January, Julian 25 December) is a public holiday (Russia: Labour Code art. 112).
/// - Nothing else: Western Lent is a public observance of no built-in country (Good Friday
///   and Easter Monday are holidays in several, the 46 days before them are not).
///
/// A plan adds to a country's list with `keeps NAME` under the country; the README's table of
/// who keeps what is checked against this one by a test.
public enum ObservanceTable {
    /// The built-in list, by ISO 3166-1 alpha-2 code; countries not listed keep none.
    public static let kept: [String: [KeptObservance]] = [
        "AE": [.ramadan],  // Eid al-Fitr, 1–3 Shawwal: UnitedArabEmirates.swift (Cabinet resolution)
        "BD": [.ramadan],  // Eid-ul-Fitr, three days: Bangladesh.swift (Ministry of Public Administration)
        "EG": [.ramadan],  // Eid al-Fitr, two days: Egypt.swift (Prime Minister's decrees)
        "BN": [.ramadan],  // Hari Raya Aidilfitri, three days: Brunei.swift (Prime Minister's Office circulars)
        "ID": [.ramadan],  // Idul Fitri, two days: Indonesia.swift (joint ministerial decrees)
        "IN": [.ramadan],  // Id-ul-Fitr: India.swift (Central Government holiday lists)
        "MY": [.ramadan],  // Hari Raya Puasa, two days: Malaysia.swift (Holidays Act 1951)
        "PH": [.ramadan],  // Eid'l Fitr, a regular holiday: Philippines.swift (EO 292 as amended)
        "PK": [.ramadan],  // Eid-ul-Fitr: Pakistan.swift (Cabinet Division notifications)
        "QA": [.ramadan],  // Eid al-Fitr, three days: Qatar.swift (Amiri decisions)
        "RU": [.greatLent],  // 7 January, Orthodox Christmas: Russia.swift (Labour Code art. 112)
        "SA": [.ramadan],  // Eid al-Fitr holiday: SaudiArabia.swift
        "SG": [.ramadan],  // Hari Raya Puasa: Singapore.swift (Holidays Act 1998)
        "TL": [.ramadan],  // Idul Fitri: TimorLeste.swift (Law 10/2005 as amended)
        "TR": [.ramadan],  // Ramazan Bayramı, three days: Turkey.swift (Law 2429)
        "UA": [.greatLent],  // 7 January, Orthodox Christmas: Ukraine.swift (Labour Code art. 73)
    ]

    /// What the built-in country `code` keeps (any case); none for an unknown code.
    public static func kept(by code: String) -> [KeptObservance] { kept[code.uppercased()] ?? [] }
}
