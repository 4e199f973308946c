import CivilTime
import Foundation
import Testing

@testable import Holidays

/// The Sun and Moon against PyEphem (Tests/Fixtures/astronomy/generate_astronomy_fixture.py):
/// moon phases 1900–2100 within a minute, the crescent at sunset within 0.1°.
@Suite struct AstronomyTests {
    static let lines: [[String]] = {
        guard let url = Bundle.module.url(forResource: "astronomy", withExtension: "tsv", subdirectory: "Fixtures"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return [] }
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t").map(String.init) }
    }()

    /// The UT Julian Day of an ISO 8601 instant `YYYY-MM-DDTHH:MM:SSZ`.
    static func julianDay(_ text: String) -> Double? {
        guard let date = ISO8601.date(String(text.prefix(10))) else { return nil }
        let clock = text.dropFirst(11).prefix(8).split(separator: ":").compactMap { Double($0) }
        guard clock.count == 3 else { return nil }
        return Ephemeris.unixEpoch + Double(date.daysSinceEpoch) + (clock[0] * 3600 + clock[1] * 60 + clock[2]) / 86_400
    }

    @Test func moonPhasesWithinAMinute() throws {
        let phases = Self.lines.filter { $0.first == "phase" }
        #expect(phases.count > 200)
        for phase in phases {
            let expected = try #require(Self.julianDay(phase[2]))
            let full = phase[1] == "full"
            let k = MoonPhase.lunation(near: expected - (full ? 14.77 : 0))
            let computed = MoonPhase.ut(lunation: k, full: full)
            #expect(abs(computed - expected) * 1440 < 1, "\(phase[1]) \(phase[2]): \((computed - expected) * 86_400) s")
        }
    }

    @Test func crescentAtSunsetWithinATenthOfADegree() throws {
        let evenings = Self.lines.filter { $0.first == "sunset" }
        #expect(evenings.count > 100)
        for evening in evenings {
            let site = try Site(
                name: evening[1], latitude: #require(Double(evening[2])), longitude: #require(Double(evening[3])),
                utcOffset: #require(Double(evening[4])))
            let date = try #require(ISO8601.date(evening[5]))
            let crescent = try #require(Horizon.crescent(on: date, at: site))
            let sunset = try #require(Self.julianDay(evening[6]))
            #expect(abs(crescent.sunset - sunset) * 86_400 < 30, "\(evening[1]) \(evening[5]) sunset")
            #expect(
                abs(crescent.altitude - (Double(evening[7]) ?? .nan)) < 0.1, "\(evening[1]) \(evening[5]) altitude \(crescent.altitude)")
            #expect(
                abs(crescent.elongation - (Double(evening[8]) ?? .nan)) < 0.1,
                "\(evening[1]) \(evening[5]) elongation \(crescent.elongation)")
        }
    }
}
