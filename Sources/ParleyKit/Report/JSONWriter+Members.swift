import CivilTime

extension JSONWriter {
    /// An object whose members `body` writes, in sorted key order.
    public mutating func object(_ body: (inout JSONWriter) -> Void) {
        beginObject()
        body(&self)
        endObject()
    }

    /// `"name": [ … ]`, each element written by `element`.
    public mutating func array<Element>(_ name: String, _ elements: [Element], _ element: (Element, inout JSONWriter) -> Void) {
        key(name)
        beginArray()
        for item in elements { element(item, &self) }
        endArray()
    }

    /// `"name": "text"`.
    public mutating func member(_ name: String, _ text: String) {
        key(name)
        string(text)
    }

    /// `"name": "text"`, or `"name": null`.
    public mutating func member(_ name: String, optional text: String?) {
        key(name)
        if let text { string(text) } else { null() }
    }

    /// `"name": 12`.
    public mutating func member(_ name: String, _ number: Int) {
        key(name)
        int(number)
    }

    /// `"name": true`.
    public mutating func member(_ name: String, _ flag: Bool) {
        key(name)
        bool(flag)
    }

    /// `"name": "2026-03-22"`.
    public mutating func member(_ name: String, date: LocalDate) {
        key(name)
        plainString { ISO8601.append(date, to: &$0) }
    }

    /// `"name": ["a", "b"]`.
    public mutating func member(_ name: String, strings: [String]) {
        key(name)
        beginArray()
        for text in strings { string(text) }
        endArray()
    }

    /// `"name": {"column": …, "file": …, "line": …}`, a place in a plan file.
    mutating func member(_ name: String, location: SourceLocation) {
        key(name)
        beginObject()
        member("column", location.column)
        key("file")
        repeatedString(location.file)
        member("line", location.line)
        endObject()
    }
}
