import CivilTime

extension SharedEvents {
    /// The calendars of `contents`, in the same order: each its header, the `VTIMEZONE`s its
    /// events name (sorted by `TZID`, each covering the years of its events, as
    /// ``CalendarDocument/addTimeZones(covering:)`` makes them; a zone and span generated once
    /// for all the calendars), its events and `END:VCALENDAR`.
    ///
    /// - Returns: for each calendar, the calendar or why it cannot be made: a `TZID` the
    ///   zone data lacks, or a header property that cannot be written.
    /// - Complexity: O(*e*) per calendar of *e* events, plus its `VTIMEZONE`s; no event is
    ///   serialised again.
    public func calendars(_ contents: [SharedCalendar.Contents]) -> [Result<SharedCalendar, SharedCalendarError>] {
        var zoneCache: [String: CalendarTimeZone] = [:]
        return contents.map { item in
            Result { () throws(SharedCalendarError) in try calendar(item, zoneCache: &zoneCache) }
        }
    }

    private func calendar(
        _ contents: SharedCalendar.Contents, zoneCache: inout [String: CalendarTimeZone]
    ) throws(SharedCalendarError) -> SharedCalendar {
        var runs: [SharedCalendar.Run] = []
        var usesZone = Array(repeating: false, count: zoneNames.count)
        var years = YearSpan()
        var eventCount = 0
        func add(_ block: Int32, _ start: Int32, _ end: Int32) {
            guard start < end else { return }
            if let last = runs.last, last.block == block, last.end == start {
                runs[runs.count - 1].end = end
            } else {
                runs.append(SharedCalendar.Run(block: block, start: start, end: end))
            }
        }
        for range in contents.events {
            eventCount += range.count
            for index in range {
                let entry = entries[index]
                if entry.startZone >= 0 { usesZone[Int(entry.startZone)] = true }
                if entry.endZone >= 0 { usesZone[Int(entry.endZone)] = true }
                years.include(entry.years)
                if contents.withAttendees {
                    add(entry.block, entry.start, entry.end)
                } else {
                    add(entry.block, entry.start, entry.attendeesStart)
                    add(entry.block, entry.attendeesEnd, entry.end)
                }
            }
        }
        var header = CalendarDocument(
            productID: contents.productID, method: contents.method, otherProperties: contents.otherProperties)
        if let span = years.years {
            for (number, name) in zoneNames.enumerated().sorted(by: { $0.element < $1.element }) where usesZone[number] {
                let key = "\(name) \(span.lowerBound) \(span.upperBound)"
                if let zone = zoneCache[key] {
                    header.timeZones.append(zone)
                    continue
                }
                do {
                    let zone = CalendarTimeZone(rules: try ZoneRules.named(name), covering: span)
                    zoneCache[key] = zone
                    header.timeZones.append(zone)
                } catch {
                    throw .timeZone(error)
                }
            }
        }
        var writer = CalendarWriter(reservingCapacity: 4096)
        do {
            try writer.writeHead(of: header)
        } catch {
            throw .header(error)
        }
        return SharedCalendar(head: writer.bytes, blocks: blocks, runs: runs, eventCount: eventCount)
    }
}

/// Why ``SharedEvents/calendars(_:)`` could not make a calendar.
public enum SharedCalendarError: Error, Hashable, Sendable, CustomStringConvertible {
    /// An event names a `TZID` the zone data lacks.
    case timeZone(UnknownTimeZoneError)
    /// A header property cannot be written.
    case header(CalendarWriteError)

    public var description: String {
        switch self {
        case .timeZone(let error): "\(error)"
        case .header(let error): "\(error)"
        }
    }
}
