/// The words the plan language reserves at each level, for "did you mean" suggestions.
enum Keywords {
    static let topLevel = ["use", "country", "venue", "person", "dialogue", "exchange", "blackout"]
    static let country = ["timezone", "weekend", "holidays", "hours", "subdivision"]
    static let venue = ["timezone"]
    static let person = ["email", "busy", "hours"]
    static let series = [
        "partners", "basis", "every", "lasting", "sessions", "hosts", "host", "virtual", "delegates",
        "gap", "tolerance", "within", "avoid", "prefer", "paused", "round", "travel", "organizer", "remind", "milestone",
    ]
    static let round = ["note", "moved", "acknowledge"]
    static let units = ["days", "weeks", "months", "years"]
    static let reminderUnits = ["minutes", "hours", "days", "weeks"]
    static let milestoneDirections = ["before", "after"]
    static let avoidable = ["holidays", "weekends", "observance"]
    static let holidaySources = ["builtin", "none", "from"]
}
