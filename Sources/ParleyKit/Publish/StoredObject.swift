import CalDAV
import ICalendar

/// An object on the server as publishing reads it: the resource, its calendar, its event's
/// `UID`, and whether Parley made it.
struct StoredObject: Sendable {
    /// The resource (URL, ETag, data).
    let remote: RemoteObject
    /// Its `VCALENDAR`, when its data could be read.
    let calendar: CalendarComponent?
    /// The `UID` of its first `VEVENT`.
    let uid: String?
    /// Whether Parley wrote it: `PRODID` is ``FeedExporter/productID`` and every `VEVENT`'s
    /// `UID` ends with `@parley`. Only such objects are ever deleted.
    let isParleys: Bool

    init(_ remote: RemoteObject) {
        self.remote = remote
        let calendar = remote.data.flatMap { try? CalendarReader().read(bytes: $0).calendar }
        self.calendar = calendar
        let events = calendar?.components(named: "VEVENT") ?? []
        let uids = events.compactMap { $0.property("UID")?.textValue }
        uid = uids.first
        isParleys =
            calendar?.property("PRODID")?.value == FeedExporter.productID && !uids.isEmpty && uids.count == events.count
            && uids.allSatisfy { $0.hasSuffix("@" + FeedExporter.uidDomain) }
    }

    /// Whether the object says what `object` says, `DTSTAMP` aside
    /// (``ICalendar/CalendarComponent/isEquivalent(to:ignoring:)``).
    func matches(_ object: CalendarObject) -> Bool {
        if let data = remote.data, object.calendar.hasBytes(data) { return true }
        guard let calendar, let mine = try? CalendarReader().read(bytes: object.bytes).calendar else { return false }
        return calendar.isEquivalent(to: mine, ignoring: ["DTSTAMP"])
    }
}
