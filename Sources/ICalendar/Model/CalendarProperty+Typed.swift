import CivilTime

extension CalendarProperty {
    /// A TEXT property (§3.3.11), its value escaped: `SUMMARY`, `DESCRIPTION`, `LOCATION`, `COMMENT`.
    public static func text(_ name: String, _ text: String, parameters: [CalendarParameter] = []) -> CalendarProperty {
        CalendarProperty(name: name, parameters: parameters, value: CalendarText.escape(text))
    }

    /// A property holding a list of TEXT values (§3.8.1.2 `CATEGORIES`), each escaped.
    public static func textList(_ name: String, _ texts: [String], parameters: [CalendarParameter] = []) -> CalendarProperty {
        CalendarProperty(name: name, parameters: parameters, value: CalendarText.escapeList(texts))
    }

    /// A DATE or DATE-TIME property (§3.3.4, §3.3.5): `DTSTART;VALUE=DATE:20260322`,
    /// `DTSTART;TZID=Asia/Jakarta:20260322T100000`, `DTSTAMP:20260101T000000Z`.
    public static func dateTime(_ name: String, _ value: CalendarDateTime, parameters: [CalendarParameter] = []) -> CalendarProperty {
        CalendarProperty(name: name, parameters: value.wireParameters + parameters, value: value.wireValue)
    }

    /// A UTC DATE-TIME property (`DTSTAMP`, `CREATED`, `LAST-MODIFIED`) of `instant`;
    /// instants outside years 1…9999 are clamped to those years.
    public static func utc(_ name: String, _ instant: Instant) -> CalendarProperty {
        let clamped = min(max(instant.secondsSinceEpoch, -62_135_596_800), 253_402_300_799)
        let value = LocalDateTime(secondsSinceEpoch: clamped).map { WireDigits.dateTime($0, utc: true) } ?? ""
        return CalendarProperty(name: name, value: value)
    }

    /// A DURATION property (§3.3.6, §3.8.2.5): `DURATION:PT1H30M`.
    public static func duration(_ name: String, _ duration: CalendarDuration, parameters: [CalendarParameter] = []) -> CalendarProperty {
        CalendarProperty(name: name, parameters: parameters, value: duration.wireValue)
    }

    /// An INTEGER property (§3.3.8): `SEQUENCE:2`, `PRIORITY:1`, `REPEAT:3`.
    public static func integer(_ name: String, _ value: Int) -> CalendarProperty {
        CalendarProperty(name: name, value: String(value))
    }

    /// A UTC-OFFSET property (§3.3.14) of `seconds` east of UTC: `TZOFFSETTO:+0530`.
    public static func utcOffset(_ name: String, _ seconds: Int) -> CalendarProperty {
        CalendarProperty(name: name, value: WireDigits.offset(seconds))
    }

    /// A CAL-ADDRESS property (§3.3.3): `ATTENDEE;CN="Deputy Minister, ID":mailto:deputy@example.go.id`.
    public static func address(_ name: String, _ address: CalendarAddress) -> CalendarProperty {
        address.property(name)
    }
}
