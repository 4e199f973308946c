import CivilTime
import Foundation

/// `TZNAME`s for a zone's offsets (RFC 5545 §3.8.3.2).
///
/// The zone data's English short names (`EST`/`EDT`, `PST`, `GMT`) are used when they are
/// alphabetic and the offset is the one the name belongs to in the zone's latest rules;
/// anything else gets the tz database's numeric style (`+07`, `+0530`, `-03`), which is
/// never wrong for a historical offset (Moscow's +04 of 2011–2014 is `+04`, not `MSK`).
struct ZoneNames {
    private var standard: (name: String, offset: Int32)?
    private var daylight: (name: String, offset: Int32)?

    init(rules: ZoneRules) {
        guard let zone = TimeZone(identifier: rules.identifier) else { return }
        let locale = Locale(identifier: "en_US")
        let latestStandard = rules.transitions.last { !$0.isDaylightSavingAfter }?.offsetAfter ?? rules.initialOffset
        let latestDaylight = rules.transitions.last { $0.isDaylightSavingAfter }?.offsetAfter
        if let name = zone.localizedName(for: .shortStandard, locale: locale), Self.isAlphabetic(name) {
            standard = (name, latestStandard)
        }
        if let offset = latestDaylight, let name = zone.localizedName(for: .shortDaylightSaving, locale: locale), Self.isAlphabetic(name) {
            daylight = (name, offset)
        }
    }

    /// The name for `offset` seconds east of UTC, daylight-saving or not.
    func name(offset: Int32, isDaylightSaving: Bool) -> String {
        if let named = isDaylightSaving ? daylight : standard, named.offset == offset { return named.name }
        return Self.numeric(Int(offset))
    }

    /// `+07`, `+0530`, `-03`, `+070712`.
    static func numeric(_ offset: Int) -> String {
        var text = WireDigits.offset(offset)
        if text.utf8.count == 5 && text.hasSuffix("00") { text.removeLast(2) }
        return text
    }

    private static func isAlphabetic(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") }
    }
}
