import CivilTime

/// The first day `parley next` may propose a round to start: today, plus the notice the
/// partners need (invitations, delegation lists, visas), plus the travel days of visiting
/// delegates before the round.
///
/// With `--today 2026-06-01`, 30 days' notice and one travel day, the earliest start is
/// 2026-07-02: the delegates travel on 2026-07-01, 30 days after today.
public struct EarliestStart: Hashable, Sendable, CustomStringConvertible {
    /// The day the plan is made.
    public let today: LocalDate
    /// Days of notice (`notice N days`, `--notice N`, else ``Series/defaultNoticeDays``).
    public let noticeDays: Int
    /// Travel days before the round (the series' `travel`, 1 by default) when a delegate
    /// visits the host's country; 0 otherwise.
    public let travelDays: Int
    /// `today` + notice + travel days.
    public let date: LocalDate

    /// The earliest start on `today` with `noticeDays` of notice and `travelDays` of travel.
    public init(today: LocalDate, noticeDays: Int, travelDays: Int) {
        self.today = today
        self.noticeDays = noticeDays
        self.travelDays = travelDays
        date = today.adding(days: noticeDays + travelDays) ?? .maximum
    }

    /// `2026-07-02 (30 days' notice from 2026-06-01, then 1 travel day)`.
    public var description: String {
        let notice = noticeDays == 1 ? "1 day's notice" : "\(noticeDays) days' notice"
        let travel = travelDays == 0 ? "" : ", then \(Plural.count(travelDays, "travel day"))"
        return "\(date) (\(notice) from \(today)\(travel))"
    }
}

extension Series {
    /// The notice `parley next` gives when neither the series (`notice N days`) nor the
    /// command (`--notice N`) says: 30 days, the time a ministry typically needs to send an
    /// official invitation, agree the delegation lists and obtain visas for official passports.
    public static let defaultNoticeDays = 30
}
