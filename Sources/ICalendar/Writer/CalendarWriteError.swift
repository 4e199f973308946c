/// Why a component could not be written, and where: the path of components down to the
/// property (`VCALENDAR > VEVENT #3 > SUMMARY`).
public struct CalendarWriteError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What was wrong.
    public enum Reason: Hashable, Sendable {
        /// A component, property or parameter name that is not an `iana-token` or `x-name`
        /// (§3.1: letters, digits and `-` only).
        case invalidName(String)
        /// A control character (other than tab) in a property value; for TEXT values build the
        /// property with ``CalendarProperty/text(_:_:parameters:)``, which escapes line breaks.
        case controlCharacterInValue(byte: UInt8, offset: Int)
        /// A control character (other than tab and line breaks, which RFC 6868 encodes) in a
        /// parameter value.
        case controlCharacterInParameter(name: String, byte: UInt8)
    }

    /// The components from the outermost down, with a 1-based position among same-named
    /// siblings (`VEVENT #3`), then the property name when the fault is in a property.
    public var path: [String]
    /// What was wrong.
    public var reason: Reason

    /// An error from its parts.
    public init(path: [String], reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        let place = path.joined(separator: " > ")
        switch reason {
        case .invalidName(let name):
            return "\(place): invalid name '\(name)'; expected letters, digits and '-' only (RFC 5545 §3.1)"
        case .controlCharacterInValue(let byte, let offset):
            return "\(place): control character 0x\(String(byte, radix: 16, uppercase: true)) at byte \(offset + 1) of the value; "
                + "expected printable text (escape TEXT values, RFC 5545 §3.3.11)"
        case .controlCharacterInParameter(let name, let byte):
            return "\(place): control character 0x\(String(byte, radix: 16, uppercase: true)) in parameter \(name); "
                + "expected printable text (RFC 5545 §3.2, RFC 6868)"
        }
    }
}
