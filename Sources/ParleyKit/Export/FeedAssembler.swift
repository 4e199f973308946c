import ICalendar

/// Makes feed files from serialised rounds (``RoundSerialiser``): each feed is a
/// ``ICalendar/SharedCalendar`` of its rounds' shared events, with its own header (`PRODID`,
/// `X-WR-CALNAME`, `X-PUBLISHED-TTL`) and the `VTIMEZONE`s its events need.
///
/// A feed is `METHOD:PUBLISH`, its events without attendees, when every one of its events
/// has an organizer (RFC 5546 §3.2.1).
enum FeedAssembler {
    /// One feed to make: its file name, its title and its rounds' indices, ascending.
    struct Group: Sendable {
        let name: String
        let title: String
        let indices: [Int]
    }

    /// The feeds of `groups`, in the same order, leaving out (with a finding) any feed that
    /// holds a round that could not be written, or whose zone is unknown.
    ///
    /// - Complexity: O(*r*) per feed of *r* rounds, plus its `VTIMEZONE`s.
    static func feeds(_ groups: [Group], rounds: [SerialisedRound], events: SharedEvents) -> (feeds: [Feed], findings: [Finding]) {
        var findings: [Finding] = []
        var contents: [SharedCalendar.Contents] = []
        var made: [Group] = []
        for group in groups {
            var ranges: [Range<Int>] = []
            ranges.reserveCapacity(group.indices.count)
            var failure: RoundWriteFailure?
            for index in group.indices {
                switch rounds[index].events {
                case .success(let numbers): ranges.append(numbers)
                case .failure(let reason): failure = failure ?? reason
                }
            }
            if let failure {
                findings.append(finding(group, failure.reason))
                continue
            }
            let publish = !group.indices.isEmpty && group.indices.allSatisfy { rounds[$0].hasOrganizer }
            contents.append(
                SharedCalendar.Contents(
                    productID: FeedExporter.productID, method: publish ? "PUBLISH" : nil,
                    otherProperties: [.text("X-WR-CALNAME", group.title), CalendarProperty(name: "X-PUBLISHED-TTL", value: "PT12H")],
                    events: ranges, withAttendees: !publish))
            made.append(group)
        }
        var feeds: [Feed] = []
        for (group, result) in zip(made, events.calendars(contents)) {
            switch result {
            case .success(let calendar): feeds.append(Feed(fileName: group.name, title: group.title, calendar: calendar))
            case .failure(let error): findings.append(finding(group, "\(error)"))
            }
        }
        return (feeds, findings)
    }

    private static func finding(_ group: Group, _ reason: String) -> Finding {
        Finding(
            .error, code: .input, message: "\(group.name): \(reason)", at: SourceLocation(file: group.name, line: 1, column: 1, offset: 0))
    }
}
