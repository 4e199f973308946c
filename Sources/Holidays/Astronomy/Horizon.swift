import CivilTime
import Foundation

/// The sky seen from a ``Site``: sunset, and the Moon's altitude and elongation then.
///
/// Sunset is the instant the Sun's centre is 0.8333° below the horizon (refraction 34′ and
/// semi-diameter 16′, Meeus ch. 15). The Moon's altitude is topocentric (parallax applied, Meeus
/// ch. 40), of its centre, without refraction ("airless"); its elongation is the topocentric
/// arc between the centres of Sun and Moon.
enum Horizon {
    /// What a crescent watcher sees at sunset.
    struct Crescent {
        /// Sunset, UT Julian Day.
        let sunset: Double
        /// The Moon's altitude, degrees.
        let altitude: Double
        /// The Moon–Sun elongation, degrees.
        let elongation: Double
    }

    /// Local hour angle, declination and right ascension of a position seen from `site` at `ut`.
    private static func local(_ position: Ephemeris.Position, site: Site, at moment: Ephemeris.Moment)
        -> (hourAngle: Double, declination: Double, rightAscension: Double)
    {
        let equatorial = Ephemeris.equatorial(position, moment)
        let hourAngle = Ephemeris.siderealTime(moment) + site.longitude - equatorial.rightAscension
        return (hourAngle, equatorial.declination, equatorial.rightAscension)
    }

    /// Sunset at `site` on the civil date `date` (site time), UT Julian Day; `nil` in polar day or night.
    static func sunset(on date: LocalDate, at site: Site) -> Double? {
        let r = Ephemeris.radians
        let midnight = Ephemeris.unixEpoch + Double(date.daysSinceEpoch) - site.utcOffset / 24
        var ut = midnight + 0.5 - site.longitude / 360 + site.utcOffset / 24 + 0.25
        for _ in 0..<4 {
            let moment = Ephemeris.Moment(ut: ut)
            let sun = local(Ephemeris.sun(moment), site: site, at: moment)
            let cosine =
                (sin(-0.8333 * r) - sin(site.latitude * r) * sin(sun.declination * r))
                / (cos(site.latitude * r) * cos(sun.declination * r))
            guard abs(cosine) <= 1 else { return nil }
            let target = acos(cosine) / r
            var difference = (target - sun.hourAngle).truncatingRemainder(dividingBy: 360)
            if difference > 180 { difference -= 360 }
            if difference < -180 { difference += 360 }
            ut += difference / 360.985647
        }
        return ut
    }

    /// The Moon's topocentric altitude and elongation at `site` at the instant `ut`.
    static func moon(at ut: Double, from site: Site) -> (altitude: Double, elongation: Double) {
        let r = Ephemeris.radians
        let moment = Ephemeris.Moment(ut: ut)
        let moonPosition = Ephemeris.moon(moment)
        let moon = local(moonPosition, site: site, at: moment)
        let sun = local(Ephemeris.sun(moment), site: site, at: moment)
        // Meeus ch. 11 and 40: the observer's geocentric coordinates (sea level), then parallax.
        let phi = site.latitude * r
        let u = atan(0.99664719 * tan(phi))
        let rhoSin = 0.99664719 * sin(u)
        let rhoCos = cos(u)
        let parallax = asin(6378.14 / moonPosition.distance)
        let h = moon.hourAngle * r
        let delta = moon.declination * r
        let denominator = cos(delta) - rhoCos * sin(parallax) * cos(h)
        let shift = atan2(-rhoCos * sin(parallax) * sin(h), denominator)
        let topocentricDeclination = atan2((sin(delta) - rhoSin * sin(parallax)) * cos(shift), denominator)
        let topocentricHour = h - shift
        let altitude = asin(sin(phi) * sin(topocentricDeclination) + cos(phi) * cos(topocentricDeclination) * cos(topocentricHour))
        let moonRA = moon.rightAscension * r + shift
        let sunRA = sun.rightAscension * r
        let sunDec = sun.declination * r
        let cosine =
            sin(topocentricDeclination) * sin(sunDec) + cos(topocentricDeclination) * cos(sunDec) * cos(moonRA - sunRA)
        return (altitude / r, acos(min(1, max(-1, cosine))) / r)
    }

    /// The crescent at sunset on `date` at `site`, if the Sun sets.
    static func crescent(on date: LocalDate, at site: Site) -> Crescent? {
        sunset(on: date, at: site).map { crescent(at: $0, from: site) }
    }

    /// The crescent at `sunset` (UT Julian Day, as ``sunset(on:at:)`` found it) at `site`.
    static func crescent(at sunset: Double, from site: Site) -> Crescent {
        let moon = moon(at: sunset, from: site)
        return Crescent(sunset: sunset, altitude: moon.altitude, elongation: moon.elongation)
    }
}
