/// A CAL-ADDRESS value (RFC 5545 §3.3.3) with the parameters that describe the person
/// (§3.2.2 `CN`, §3.2.16 `ROLE`, §3.2.12 `PARTSTAT`, §3.2.17 `RSVP`), for `ORGANIZER` and `ATTENDEE`.
public struct CalendarAddress: Hashable, Sendable {
    /// The address URI, usually `mailto:…`.
    public var uri: String
    /// The display name (`CN`), written quoted when it contains `:`, `;` or `,`.
    public var commonName: String?
    /// Further parameters (`ROLE=REQ-PARTICIPANT`, `PARTSTAT=ACCEPTED`, `RSVP=TRUE`, …), in order.
    public var parameters: [CalendarParameter]

    /// An address; `uri` is used as given (`mailto:deputy@example.go.id`).
    public init(uri: String, commonName: String? = nil, parameters: [CalendarParameter] = []) {
        self.uri = uri
        self.commonName = commonName
        self.parameters = parameters
    }

    /// The `mailto:` address of `email`.
    public static func mailto(_ email: String, commonName: String? = nil, parameters: [CalendarParameter] = []) -> CalendarAddress {
        CalendarAddress(uri: "mailto:" + email, commonName: commonName, parameters: parameters)
    }

    /// The property `name` (`ORGANIZER`, `ATTENDEE`) carrying this address.
    public func property(_ name: String) -> CalendarProperty {
        var all: [CalendarParameter] = []
        if let commonName { all.append(CalendarParameter("CN", commonName)) }
        all += parameters
        return CalendarProperty(name: name, parameters: all, value: uri)
    }
}
