/// A JSON value, written by ``JSONWriter`` in Parley's one dialect (keys sorted, two-space
/// indentation, `"key": value`), so the same input always gives byte-identical output.
public indirect enum JSONValue: Hashable, Sendable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])

    /// The value as pretty-printed JSON text (``JSONWriter``'s dialect), ending without a newline.
    public var rendered: String {
        var writer = JSONWriter()
        writer.value(self)
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}

extension JSONValue {
    /// A string, or `null`.
    static func optional(_ text: String?) -> JSONValue {
        text.map(JSONValue.string) ?? .null
    }
}
