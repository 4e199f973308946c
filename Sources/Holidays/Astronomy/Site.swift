/// A place where a country decides its calendar: where the crescent is looked for, or whose
/// civil time dates the new moon.
public struct Site: Sendable, Hashable {
    /// What the place is.
    public let name: String
    /// Degrees north.
    public let latitude: Double
    /// Degrees east.
    public let longitude: Double
    /// The civil time zone's offset from UTC, hours (standard time; none of these keep DST).
    public let utcOffset: Double

    /// A site.
    public init(name: String, latitude: Double, longitude: Double, utcOffset: Double) {
        self.name = name
        self.latitude = latitude
        self.longitude = longitude
        self.utcOffset = utcOffset
    }

    /// Pelabuhan Ratu, West Java: Indonesia's reference rukyat site (Ministry of Religious Affairs).
    public static let pelabuhanRatu = Site(name: "Pelabuhan Ratu", latitude: -7.02, longitude: 106.55, utcOffset: 7)
    /// Kuala Lumpur (Malaysia's decision is national; the capital stands in for its sighting sites).
    public static let kualaLumpur = Site(name: "Kuala Lumpur", latitude: 3.14, longitude: 101.69, utcOffset: 8)
    /// Singapore.
    public static let singapore = Site(name: "Singapore", latitude: 1.29, longitude: 103.85, utcOffset: 8)
    /// Bandar Seri Begawan, Brunei.
    public static let bandarSeriBegawan = Site(name: "Bandar Seri Begawan", latitude: 4.89, longitude: 114.94, utcOffset: 8)

    /// Jakarta (WIB, UTC+7).
    public static let jakarta = Site(name: "Jakarta", latitude: -6.2, longitude: 106.82, utcOffset: 7)
    /// Chennai (IST), where the Tamil calendar's days are reckoned.
    public static let chennai = Site(name: "Chennai", latitude: 13.08, longitude: 80.27, utcOffset: 5.5)
}
