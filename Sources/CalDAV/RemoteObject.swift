import Foundation

/// A calendar object resource on the server: its URL, its ETag and, when fetched, its data.
public struct RemoteObject: Sendable {
    /// The object's absolute URL.
    public let url: URL
    /// The `ETag`, quotes kept, as the server sent it.
    public let etag: String
    /// The object's iCalendar bytes, when they were fetched.
    public var data: [UInt8]?

    /// An object from its parts.
    public init(url: URL, etag: String, data: [UInt8]?) {
        self.url = url
        self.etag = etag
        self.data = data
    }
}
