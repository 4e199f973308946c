/// How `parley publish` reports what it did.
enum PublishFormat: String, CaseIterable, Sendable {
    /// A line per change and per collection.
    case text
    /// One JSON object (``JSONValue``) with every collection's changes.
    case json
}
