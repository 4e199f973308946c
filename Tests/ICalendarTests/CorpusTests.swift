import CivilTime
import Foundation
import TestSupport
import Testing

@testable import ICalendar

/// Calendar files written by real clients (collected from their bug reports by python
/// `icalendar` and `recurring-ical-events`; origins and licences in `Fixtures/Corpus/README.md`)
/// read as `parley expand --ics` reads them, over 1990–2040, against the starts
/// recurring-ical-events gives (`Fixtures/Corpus/capture.py` wrote `expected.json`). Every file
/// that differs is listed in `Fixtures/Corpus/DIFFERENCES.md` with its verdict; a listed file
/// that agrees must be taken off the list.
struct CorpusTests {
    static let folder = "Tests/ICalendarTests/Fixtures/Corpus"
    static let window = Instant(secondsSinceEpoch: 631_152_000)..<Instant(secondsSinceEpoch: 2_208_988_800)
    static let limit = 200

    /// What the reference (or Parley) gives for one file.
    struct Outcome: Decodable, Equatable {
        var count: Int?
        var starts: [String]?
        var error: String?
    }

    static let expected: [String: Outcome] = {
        guard let data = FileManager.default.contents(atPath: Repository.path(folder + "/expected.json")),
            let decoded = try? JSONDecoder().decode([String: Outcome].self, from: data)
        else { return [:] }
        return decoded
    }()

    /// The files `DIFFERENCES.md` lists against recurring-ical-events (first cell of each table
    /// row naming a `.ics`, before the libical table, which `compare_libical.py` checks).
    static let listed: Set<String> = {
        guard let data = FileManager.default.contents(atPath: Repository.path(folder + "/DIFFERENCES.md")) else { return [] }
        let text = String(decoding: data, as: UTF8.self)
        let table = text.components(separatedBy: "\n## Where `parley expand --ics` and libical differ").first ?? text
        let rows = table.split(separator: "\n").filter { $0.hasPrefix("| ") }
        return Set(
            rows.compactMap { row in
                let cell = row.split(separator: "|").first?.trimmingCharacters(in: .whitespaces).trimmingCharacters(
                    in: CharacterSet(charactersIn: "`"))
                return cell.flatMap { $0.hasSuffix(".ics") ? $0 : nil }
            })
    }()

    /// The file read and expanded as `parley expand --ics FILE --between 1990-01-01 2040-01-01`:
    /// an error when the CLI would exit 2, else the starts ordered as `capture.py` orders them.
    static func parley(_ name: String) -> Outcome {
        let path = Repository.path(folder + "/" + name)
        guard let file = try? CalendarFile.read(path: path) else { return Outcome(error: "not read") }
        if let first = file.leftOut.first { return Outcome(error: first.message) }
        guard let occurrences = try? file.occurrences(in: window) else { return Outcome(error: "not expanded") }
        let starts = occurrences.map { ($0.start.instant, $0.start.iso8601) }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.1)
        return Outcome(count: starts.count, starts: Array(starts.prefix(limit)))
    }

    /// A start as what it means: a date, a floating time, or an instant (the offset a reader
    /// shows a zoned or UTC start at is presentation: recurring-ical-events shows UTC starts
    /// at `X-WR-TIMEZONE`'s offset, Parley at `+00:00`).
    static func meaning(_ start: String) -> String {
        guard start.count > 19, let instant = ISO8601.instant(start) else { return start }
        return "@\(instant.secondsSinceEpoch)"
    }

    /// Whether two outcomes give the same starts (see ``meaning(_:)``), or the same error.
    static func same(_ ours: Outcome, _ reference: Outcome) -> Bool {
        guard ours.error == nil, reference.error == nil else { return ours == reference }
        return ours.count == reference.count && ours.starts?.map(meaning).sorted() == reference.starts?.map(meaning).sorted()
    }

    @Test func corpusIsPresent() {
        #expect(Self.expected.count >= 150)
    }

    @Test func agreesWithRecurringICalEventsOrIsListed() {
        var agreeing = 0
        for (name, reference) in Self.expected.sorted(by: { $0.key < $1.key }) where reference.error == nil {
            let ours = Self.parley(name)
            if Self.same(ours, reference) {
                agreeing += 1
                #expect(!Self.listed.contains(name), "\(name) agrees with recurring-ical-events: take it off DIFFERENCES.md")
            } else {
                #expect(
                    Self.listed.contains(name),
                    "\(name): Parley \(ours.error ?? "\(ours.count ?? 0) starts \(ours.starts?.prefix(3) ?? [])"), reference \(reference.count ?? 0) starts \(reference.starts?.prefix(3) ?? [])"
                )
            }
        }
        #expect(agreeing > 0)
    }

    /// Seeded mutations of the corpus files (bytes changed, inserted or removed, line breaks
    /// and folds inserted): each is read and expanded over two years, at most 100,000 instances
    /// a series; the reader and the expander return or throw, never crash or hang. A failure
    /// names the seed, the round and the file, to replay it.
    @Test func mutatedCorpusFilesNeverCrash() {
        let seed: UInt64 = 20_261_202
        var generator = SeededGenerator(seed: seed)
        let names = Self.expected.keys.sorted()
        let from = Instant(secondsSinceEpoch: 1_767_225_600)
        let alphabet = Array("BEGIN:END;=,\"^\\\r\n \tVEVENTRRULEFREQ0123456789-ZTZIDVALUE/".utf8)
        for round in 0..<300 {
            guard let name = names.randomElement(using: &generator),
                var bytes = FileManager.default.contents(atPath: Repository.path(Self.folder + "/" + name)).map({ Array($0) }),
                !bytes.isEmpty
            else { continue }
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                let position = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0...3, using: &generator) {
                case 0: bytes[position] = UInt8.random(in: 0...255, using: &generator)
                case 1: bytes.insert(alphabet.randomElement(using: &generator) ?? 0x20, at: position)
                case 2: bytes.remove(at: position)
                default: bytes.insert(contentsOf: [0x0D, 0x0A, 0x20], at: position)
                }
                if bytes.isEmpty { bytes = [0x41] }
            }
            guard let file = try? CalendarFile.read(bytes: bytes) else { continue }
            var events = file.events
            events.maximumInstancesPerWindow = 100_000
            do {
                _ = try events.occurrences(from: from, to: from.adding(seconds: 730 * 86_400), limit: 10_000)
            } catch {
                #expect(!error.message.isEmpty, "seed \(seed) round \(round) \(name)")
            }
        }
    }

    /// Every file, the ones the reference cannot read too: read without a crash, and whatever is
    /// not read is said with a located diagnostic.
    @Test func everyFileIsReadOrRejectedWithALine() {
        for name in Self.expected.keys.sorted() {
            do {
                let file = try CalendarFile.read(path: Repository.path(Self.folder + "/" + name))
                #expect(file.diagnostics.allSatisfy { $0.line > 0 || $0.severity == .warning }, "\(name)")
            } catch {
                #expect(!error.diagnostics.isEmpty, "\(name)")
            }
        }
    }
}
