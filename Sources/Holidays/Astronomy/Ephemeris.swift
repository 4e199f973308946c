import Foundation

/// Positions of the Sun and Moon after Jean Meeus, *Astronomical Algorithms* (2nd ed., 1998):
/// the Sun to about 0.01° (ch. 25, low accuracy), the Moon to about 10″ in longitude (ch. 47,
/// tables 47.A and 47.B), nutation to 0.5″ (ch. 22, abridged), sidereal time (ch. 12) and ΔT by
/// Espenak and Meeus's polynomials (NASA Five Millennium Canon, 2006).
///
/// Times are Julian Days: `ut` for Universal Time, `tt` (JDE) for Terrestrial Time.
enum Ephemeris {
    /// The Julian Day of 1970-01-01 00:00 UT.
    static let unixEpoch = 2_440_587.5
    static let radians = Double.pi / 180

    /// A geocentric position: ecliptic longitude and latitude (degrees, apparent, of date) and
    /// distance (kilometres).
    struct Position {
        let longitude: Double
        let latitude: Double
        let distance: Double
    }

    /// `angle` reduced to 0..<360°.
    static func normalized(_ angle: Double) -> Double {
        let reduced = angle.truncatingRemainder(dividingBy: 360)
        return reduced < 0 ? reduced + 360 : reduced
    }

    /// TT − UT in seconds for a decimal `year` (Espenak and Meeus, valid 1800–2150).
    static func deltaT(year y: Double) -> Double {
        switch y {
        case ..<1860:
            let t = y - 1800
            return 13.72 - 0.332447 * t + 0.0068612 * t * t + 0.0041116 * pow(t, 3) - 0.00037436 * pow(t, 4)
                + 0.0000121272 * pow(t, 5) - 0.0000001699 * pow(t, 6) + 0.000000000875 * pow(t, 7)
        case ..<1900:
            let t = y - 1860
            return 7.62 + 0.5737 * t - 0.251754 * t * t + 0.01680668 * pow(t, 3) - 0.0004473624 * pow(t, 4) + pow(t, 5) / 233_174
        case ..<1920:
            let t = y - 1900
            return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * pow(t, 3) - 0.000197 * pow(t, 4)
        case ..<1941:
            let t = y - 1920
            return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * pow(t, 3)
        case ..<1961:
            let t = y - 1950
            return 29.07 + 0.407 * t - t * t / 233 + pow(t, 3) / 2547
        case ..<1986:
            let t = y - 1975
            return 45.45 + 1.067 * t - t * t / 260 - pow(t, 3) / 718
        case ..<2005:
            let t = y - 2000
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * pow(t, 3) + 0.000651814 * pow(t, 4)
                + 0.00002373599 * pow(t, 5)
        case ..<2050:
            let t = y - 2000
            return 62.92 + 0.32217 * t + 0.005589 * t * t
        case ..<2150:
            let u = (y - 1820) / 100
            return -20 + 32 * u * u - 0.5628 * (2150 - y)
        default:
            let u = (y - 1820) / 100
            return -20 + 32 * u * u
        }
    }

    /// Terrestrial Time of the Universal Time `ut`.
    static func tt(ut: Double) -> Double { ut + deltaT(year: 2000 + (ut - 2_451_545) / 365.25) / 86_400 }

    /// Universal Time of the Terrestrial Time `tt`.
    static func ut(tt: Double) -> Double { tt - deltaT(year: 2000 + (tt - 2_451_545) / 365.25) / 86_400 }

    /// Julian centuries of TT since J2000.0.
    static func centuries(_ tt: Double) -> Double { (tt - 2_451_545) / 36_525 }

    /// An instant with the quantities every position at it needs, each computed once: TT,
    /// nutation (Meeus ch. 22, 0.5″ terms) and the true obliquity of the ecliptic (Meeus 22.2
    /// plus nutation), degrees.
    struct Moment {
        /// Universal Time, Julian Day.
        let ut: Double
        /// Terrestrial Time (JDE).
        let tt: Double
        /// Nutation in longitude, degrees.
        let nutationInLongitude: Double
        /// The true obliquity of the ecliptic, degrees.
        let obliquity: Double

        /// The moment at the Universal Time `ut`.
        init(ut: Double) {
            self.ut = ut
            tt = Ephemeris.tt(ut: ut)
            let t = centuries(tt)
            let node = (125.04452 - 1934.136261 * t) * radians
            let sun = (280.4665 + 36_000.7698 * t) * radians
            let moon = (218.3165 + 481_267.8813 * t) * radians
            let longitude = -17.20 * sin(node) - 1.32 * sin(2 * sun) - 0.23 * sin(2 * moon) + 0.21 * sin(2 * node)
            let obliquity = 9.20 * cos(node) + 0.57 * cos(2 * sun) + 0.10 * cos(2 * moon) - 0.09 * cos(2 * node)
            nutationInLongitude = longitude / 3600
            let mean = 23.439291111 - (46.8150 * t + 0.00059 * t * t - 0.001813 * t * t * t) / 3600
            self.obliquity = mean + obliquity / 3600
        }
    }

    /// The Sun's apparent geocentric position (Meeus ch. 25, about 0.01°).
    static func sun(_ moment: Moment) -> Position {
        let t = centuries(moment.tt)
        let meanLongitude = 280.46646 + 36_000.76983 * t + 0.0003032 * t * t
        let anomaly = (357.52911 + 35_999.05029 * t - 0.0001537 * t * t) * radians
        let eccentricity = 0.016708634 - 0.000042037 * t - 0.0000001267 * t * t
        let centre =
            (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin(anomaly) + (0.019993 - 0.000101 * t) * sin(2 * anomaly)
            + 0.000289 * sin(3 * anomaly)
        let trueAnomaly = anomaly + centre * radians
        let radius = 1.000001018 * (1 - eccentricity * eccentricity) / (1 + eccentricity * cos(trueAnomaly))
        // Aberration −20.4898″ / R and nutation in longitude.
        let longitude = meanLongitude + centre - 20.4898 / 3600 / radius + moment.nutationInLongitude
        return Position(longitude: normalized(longitude), latitude: 0, distance: radius * 149_597_870.7)
    }

    /// The Moon's apparent geocentric position (Meeus ch. 47).
    static func moon(_ moment: Moment) -> Position {
        let t = centuries(moment.tt)
        let meanLongitude = 218.3164477 + 481_267.88123421 * t - 0.0015786 * t * t + t * t * t / 538_841 - pow(t, 4) / 65_194_000
        let elongation = 297.8501921 + 445_267.1114034 * t - 0.0018819 * t * t + t * t * t / 545_868 - pow(t, 4) / 113_065_000
        let sunAnomaly = 357.5291092 + 35_999.0502909 * t - 0.0001536 * t * t + t * t * t / 24_490_000
        let moonAnomaly = 134.9633964 + 477_198.8675055 * t + 0.0087414 * t * t + t * t * t / 69_699 - pow(t, 4) / 14_712_000
        let argument = 93.2720950 + 483_202.0175233 * t - 0.0036539 * t * t - t * t * t / 3_526_000 + pow(t, 4) / 863_310_000
        let a1 = (119.75 + 131.849 * t) * radians
        let a2 = (53.09 + 479_264.290 * t) * radians
        let a3 = (313.45 + 481_266.484 * t) * radians
        let e = 1 - 0.002516 * t - 0.0000074 * t * t
        let d = elongation * radians
        let m = sunAnomaly * radians
        let mp = moonAnomaly * radians
        let f = argument * radians
        let l = meanLongitude * radians
        func factor(_ sunMultiple: Int8) -> Double { sunMultiple == 0 ? 1 : abs(sunMultiple) == 1 ? e : e * e }
        var sumL = 0.0
        var sumR = 0.0
        // Each term's sine and cosine from those of the multiples of D, M, M′ and F (26 sines and
        // cosines instead of 180).
        let dMultiples = Multiples(d)
        let mMultiples = Multiples(m)
        let mpMultiples = Multiples(mp)
        let fMultiples = Multiples(f)
        func rotation(_ d: Int8, _ m: Int8, _ mp: Int8, _ f: Int8) -> (sin: Double, cos: Double) {
            Multiples.sum(Multiples.sum(dMultiples[d], mMultiples[m]), Multiples.sum(mpMultiples[mp], fMultiples[f]))
        }
        for term in MoonTerms.longitudeAndDistance {
            let angle = rotation(term.d, term.m, term.mp, term.f)
            sumL += term.longitude * factor(term.m) * angle.sin
            sumR += term.distance * factor(term.m) * angle.cos
        }
        sumL += 3958 * sin(a1) + 1962 * sin(l - f) + 318 * sin(a2)
        var sumB = 0.0
        for term in MoonTerms.latitude {
            sumB += term.coefficient * factor(term.m) * rotation(term.d, term.m, term.mp, term.f).sin
        }
        sumB +=
            -2235 * sin(l) + 382 * sin(a3) + 175 * sin(a1 - f) + 175 * sin(a1 + f) + 127 * sin(l - mp) - 115 * sin(l + mp)
        let longitude = meanLongitude + sumL / 1_000_000 + moment.nutationInLongitude
        return Position(longitude: normalized(longitude), latitude: sumB / 1_000_000, distance: 385_000.56 + sumR / 1000)
    }

    /// The sines and cosines of 0 to ±4 times an angle (the multiples tables 47.A and 47.B use).
    private struct Multiples {
        private let sines: (Double, Double, Double, Double)
        private let cosines: (Double, Double, Double, Double)

        init(_ angle: Double) {
            sines = (sin(angle), sin(2 * angle), sin(3 * angle), sin(4 * angle))
            cosines = (cos(angle), cos(2 * angle), cos(3 * angle), cos(4 * angle))
        }

        /// sin and cos of `multiple` times the angle.
        subscript(multiple: Int8) -> (sin: Double, cos: Double) {
            let value: (sin: Double, cos: Double)
            switch abs(multiple) {
            case 0: value = (0, 1)
            case 1: value = (sines.0, cosines.0)
            case 2: value = (sines.1, cosines.1)
            case 3: value = (sines.2, cosines.2)
            default: value = (sines.3, cosines.3)
            }
            return multiple < 0 ? (-value.sin, value.cos) : value
        }

        /// sin and cos of the sum of two angles given by theirs.
        static func sum(_ a: (sin: Double, cos: Double), _ b: (sin: Double, cos: Double)) -> (sin: Double, cos: Double) {
            (a.sin * b.cos + a.cos * b.sin, a.cos * b.cos - a.sin * b.sin)
        }
    }

    /// Right ascension and declination (degrees) of an ecliptic position at `moment`.
    static func equatorial(_ position: Position, _ moment: Moment) -> (rightAscension: Double, declination: Double) {
        let epsilon = moment.obliquity * radians
        let lambda = position.longitude * radians
        let beta = position.latitude * radians
        let ra = atan2(sin(lambda) * cos(epsilon) - tan(beta) * sin(epsilon), cos(lambda))
        let dec = asin(sin(beta) * cos(epsilon) + cos(beta) * sin(epsilon) * sin(lambda))
        return (normalized(ra / radians), dec / radians)
    }

    /// Apparent sidereal time at Greenwich, degrees (Meeus 12.4 plus the equation of the equinoxes).
    static func siderealTime(_ moment: Moment) -> Double {
        let ut = moment.ut
        let t = (ut - 2_451_545) / 36_525
        let mean = 280.46061837 + 360.98564736629 * (ut - 2_451_545) + 0.000387933 * t * t - t * t * t / 38_710_000
        return normalized(mean + moment.nutationInLongitude * cos(moment.obliquity * radians))
    }
}
