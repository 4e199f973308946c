/// Why a CalDAV exchange failed, said plainly. No case holds a password, and URLs never
/// carry credentials (``CalDAVClient`` refuses URLs with a user part).
public enum CalDAVError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The server answered `status` to `method` on `url`.
    case status(method: String, url: String, status: Int)
    /// No answer within `seconds`, after every retry.
    case timedOut(method: String, url: String, seconds: Double, attempts: Int)
    /// The connection failed (refused, reset, name not found, TLS), after every retry.
    case network(method: String, url: String, reason: String, attempts: Int)
    /// The server's answer could not be understood.
    case malformed(method: String, url: String, reason: String)
    /// The URL or the credentials cannot be used.
    case refused(String)
    /// `~/.netrc` or the environment's credentials cannot be used.
    case credentials(String)
    /// `parley-http`, the program that makes the HTTP requests, cannot be found, started or
    /// stopped answering (``HTTPTransport``).
    case helper(String)

    /// The HTTP status, for ``status(method:url:status:)``.
    public var status: Int? {
        if case .status(_, _, let status) = self { return status }
        return nil
    }

    public var description: String {
        switch self {
        case .status(let method, let url, let status):
            return "\(method) \(url): \(Self.explain(status, method: method))"
        case .timedOut(let method, let url, let seconds, let attempts):
            return
                "\(method) \(url): no answer within \(Self.seconds(seconds)) (\(Self.attempts(attempts))); the server is slow or unreachable"
        case .network(let method, let url, let reason, let attempts):
            return "\(method) \(url): \(reason) (\(Self.attempts(attempts))); is the server running and the URL right?"
        case .malformed(let method, let url, let reason):
            return "\(method) \(url): the server's answer cannot be read: \(reason)"
        case .refused(let reason), .credentials(let reason), .helper(let reason):
            return reason
        }
    }

    /// What `status` means for a CalDAV client, and what to do about it.
    public static func explain(_ status: Int, method: String) -> String {
        switch status {
        case 401:
            return
                "401 Unauthorized: the server refused the credentials; set PARLEY_CALDAV_USER and PARLEY_CALDAV_PASSWORD, or a ~/.netrc entry for the host"
        case 403: return "403 Forbidden: this account may not do that here; check the calendar's sharing and the account's rights"
        case 404: return "404 Not Found: nothing at this URL; check the calendar collection's URL (it usually ends with '/')"
        case 405:
            return method == "MKCALENDAR"
                ? "405 Method Not Allowed: something exists at this URL already, or the server does not create calendars here"
                : "405 Method Not Allowed: the server does not allow \(method) here; is the URL a CalDAV calendar collection?"
        case 409:
            return method == "MKCALENDAR"
                ? "409 Conflict: the collection above this URL is missing; create it first or check the base URL"
                : "409 Conflict: the server refused the object (its parent collection is missing, or its UID is used by another object)"
        case 412: return "412 Precondition Failed: the object changed on the server since it was read"
        case 413: return "413 Content Too Large: the server refused an object this size"
        case 415: return "415 Unsupported Media Type: the server does not accept this calendar data (text/calendar)"
        case 507: return "507 Insufficient Storage: the server has no room left for the calendar"
        case 500..<600: return "\(status) server error: the server failed (retried with backoff); try again later"
        default: return "HTTP \(status)"
        }
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }

    private static func attempts(_ count: Int) -> String {
        count == 1 ? "1 attempt" : "\(count) attempts"
    }
}
