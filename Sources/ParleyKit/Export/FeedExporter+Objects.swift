import ICalendar

extension FeedExporter {
    /// The title of `all.ics`, and of the collection that holds every event.
    public static let allTitle = "Parley: all rounds"

    /// The plan's events as CalDAV calendar objects (``CalendarObject``), split into one
    /// collection per feed of `grouping`, or one collection `all` with every event when
    /// `grouping` is `nil`; with `SEQUENCE` and `DTSTAMP` carried on from `history` (the
    /// objects on the server), as for feeds.
    ///
    /// Each object is the event's bytes as the feeds hold them (serialised once, shared by
    /// every collection it is in) under its own header (`PRODID`, `X-WR-CALNAME`) and
    /// `VTIMEZONE`s. It has no `METHOD` (RFC 4791 §4.1) and no `ATTENDEE`s, so a server that
    /// schedules (RFC 6638) sends no invitations on Parley's behalf.
    ///
    /// - Returns: the collections, and the findings that kept events out (as for ``feeds(of:by:history:)``).
    public static func objects(of plan: Plan, by grouping: FeedGrouping?, history: FeedHistory = .empty) -> (
        collections: [ObjectCollection], findings: [Finding]
    ) {
        var findings: [Finding] = []
        let (rounds, events) = RoundSerialiser.serialise(plan, history: history, findings: &findings)
        let groups: [FeedAssembler.Group]
        if let grouping {
            groups = Self.groups(of: plan, rounds: rounds, by: grouping)
        } else {
            groups =
                rounds.isEmpty ? [] : [FeedAssembler.Group(name: "all.ics", title: allTitle, indices: Array(rounds.indices))]
        }
        var contents: [SharedCalendar.Contents] = []
        var owners: [(group: Int, uid: String)] = []
        for (number, group) in groups.enumerated() {
            for index in group.indices {
                let round = rounds[index]
                switch round.events {
                case .success(let range):
                    for (event, uid) in zip(range, round.uids) {
                        contents.append(
                            SharedCalendar.Contents(
                                productID: productID, otherProperties: [.text("X-WR-CALNAME", group.title)], events: [event..<event + 1],
                                withAttendees: false))
                        owners.append((number, uid))
                    }
                case .failure(let failure):
                    findings.append(
                        Finding(
                            .error, code: .input, message: "\(group.name): \(failure.reason)",
                            at: SourceLocation(file: group.name, line: 1, column: 1, offset: 0)))
                }
            }
        }
        var objects = [[CalendarObject]](repeating: [], count: groups.count)
        for (owner, result) in zip(owners, events.calendars(contents)) {
            switch result {
            case .success(let calendar): objects[owner.group].append(CalendarObject(uid: owner.uid, calendar: calendar))
            case .failure(let error):
                findings.append(
                    Finding(
                        .error, code: .input, message: "\(owner.uid): \(error)",
                        at: SourceLocation(file: groups[owner.group].name, line: 1, column: 1, offset: 0)))
            }
        }
        let collections = zip(groups, objects).map { group, objects in
            ObjectCollection(name: String(group.name.dropLast(4)), title: group.title, objects: objects)
        }
        return (collections, findings.sorted(by: Finding.reportOrder))
    }
}
