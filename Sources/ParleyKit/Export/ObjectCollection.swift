/// The calendar objects of one feed, for one CalDAV collection: the feed's name (the last
/// path segment of the collection's URL under `parley publish --by`), title and objects.
public struct ObjectCollection: Sendable {
    /// The feed's file name without `.ics` (``FeedFileName``): `id-ru-iis`, `country-ID`, `all`.
    public let name: String
    /// The feed's title, the collection's display name.
    public let title: String
    /// One object per event, in plan order.
    public let objects: [CalendarObject]
}
