import CivilTime
import Foundation
import Testing

@testable import ICalendar

/// Every example of RFC 5545 §3.8.5.3 (pages 123–132), with the dates the RFC lists.
/// All start in America/New_York, as the RFC says. For rules that never end the RFC's
/// listed prefix is compared.
struct RecurrenceRFCExampleTests {
    struct Example: CustomTestStringConvertible, Sendable {
        let title: String
        let start: String
        let rule: String
        let expected: String
        var testDescription: String { title }
    }

    static let examples: [Example] = [
        .init(title: "Daily for 10 occurrences", start: "19970902T090000", rule: "FREQ=DAILY;COUNT=10", expected: "1997-09:2-11"),
        .init(
            title: "Daily until December 24, 1997", start: "19970902T090000", rule: "FREQ=DAILY;UNTIL=19971224T000000Z",
            expected: "1997-09:2-30 1997-10:1-31 1997-11:1-30 1997-12:1-23"),
        .init(
            title: "Every other day - forever", start: "19970902T090000", rule: "FREQ=DAILY;INTERVAL=2",
            expected: "1997-09:2-30/2 1997-10:2-30/2 1997-11:1-29/2 1997-12:1,3"),
        .init(
            title: "Every 10 days, 5 occurrences", start: "19970902T090000", rule: "FREQ=DAILY;INTERVAL=10;COUNT=5",
            expected: "1997-09:2,12,22 1997-10:2,12"),
        .init(
            title: "Every day in January, for 3 years (YEARLY)", start: "19980101T090000",
            rule: "FREQ=YEARLY;UNTIL=20000131T140000Z;BYMONTH=1;BYDAY=SU,MO,TU,WE,TH,FR,SA",
            expected: "1998-01:1-31 1999-01:1-31 2000-01:1-31"),
        .init(
            title: "Every day in January, for 3 years (DAILY)", start: "19980101T090000",
            rule: "FREQ=DAILY;UNTIL=20000131T140000Z;BYMONTH=1", expected: "1998-01:1-31 1999-01:1-31 2000-01:1-31"),
        .init(
            title: "Weekly for 10 occurrences", start: "19970902T090000", rule: "FREQ=WEEKLY;COUNT=10",
            expected: "1997-09:2,9,16,23,30 1997-10:7,14,21,28 1997-11:4"),
        .init(
            title: "Weekly until December 24, 1997", start: "19970902T090000", rule: "FREQ=WEEKLY;UNTIL=19971224T000000Z",
            expected: "1997-09:2,9,16,23,30 1997-10:7,14,21,28 1997-11:4,11,18,25 1997-12:2,9,16,23"),
        .init(
            title: "Every other week - forever", start: "19970902T090000", rule: "FREQ=WEEKLY;INTERVAL=2;WKST=SU",
            expected: "1997-09:2,16,30 1997-10:14,28 1997-11:11,25 1997-12:9,23 1998-01:6,20 1998-02:3,17"),
        .init(
            title: "Weekly on Tuesday and Thursday for five weeks (UNTIL)", start: "19970902T090000",
            rule: "FREQ=WEEKLY;UNTIL=19971007T000000Z;WKST=SU;BYDAY=TU,TH",
            expected: "1997-09:2,4,9,11,16,18,23,25,30 1997-10:2"),
        .init(
            title: "Weekly on Tuesday and Thursday for five weeks (COUNT)", start: "19970902T090000",
            rule: "FREQ=WEEKLY;COUNT=10;WKST=SU;BYDAY=TU,TH", expected: "1997-09:2,4,9,11,16,18,23,25,30 1997-10:2"),
        .init(
            title: "Every other week on Monday, Wednesday, and Friday until December 24, 1997", start: "19970901T090000",
            rule: "FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR",
            expected: "1997-09:1,3,5,15,17,19,29 1997-10:1,3,13,15,17,27,29,31 1997-11:10,12,14,24,26,28 1997-12:8,10,12,22"),
        .init(
            title: "Every other week on Tuesday and Thursday, for 8 occurrences", start: "19970902T090000",
            rule: "FREQ=WEEKLY;INTERVAL=2;COUNT=8;WKST=SU;BYDAY=TU,TH", expected: "1997-09:2,4,16,18,30 1997-10:2,14,16"),
        .init(
            title: "Monthly on the first Friday for 10 occurrences", start: "19970905T090000", rule: "FREQ=MONTHLY;COUNT=10;BYDAY=1FR",
            expected: "1997-09:5 1997-10:3 1997-11:7 1997-12:5 1998-01:2 1998-02:6 1998-03:6 1998-04:3 1998-05:1 1998-06:5"),
        .init(
            title: "Monthly on the first Friday until December 24, 1997", start: "19970905T090000",
            rule: "FREQ=MONTHLY;UNTIL=19971224T000000Z;BYDAY=1FR", expected: "1997-09:5 1997-10:3 1997-11:7 1997-12:5"),
        .init(
            title: "Every other month on the first and last Sunday of the month for 10 occurrences", start: "19970907T090000",
            rule: "FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU",
            expected: "1997-09:7,28 1997-11:2,30 1998-01:4,25 1998-03:1,29 1998-05:3,31"),
        .init(
            title: "Monthly on the second-to-last Monday of the month for 6 months", start: "19970922T090000",
            rule: "FREQ=MONTHLY;COUNT=6;BYDAY=-2MO", expected: "1997-09:22 1997-10:20 1997-11:17 1997-12:22 1998-01:19 1998-02:16"),
        .init(
            title: "Monthly on the third-to-the-last day of the month, forever", start: "19970928T090000",
            rule: "FREQ=MONTHLY;BYMONTHDAY=-3", expected: "1997-09:28 1997-10:29 1997-11:28 1997-12:29 1998-01:29 1998-02:26"),
        .init(
            title: "Monthly on the 2nd and 15th of the month for 10 occurrences", start: "19970902T090000",
            rule: "FREQ=MONTHLY;COUNT=10;BYMONTHDAY=2,15",
            expected: "1997-09:2,15 1997-10:2,15 1997-11:2,15 1997-12:2,15 1998-01:2,15"),
        .init(
            title: "Monthly on the first and last day of the month for 10 occurrences", start: "19970930T090000",
            rule: "FREQ=MONTHLY;COUNT=10;BYMONTHDAY=1,-1",
            expected: "1997-09:30 1997-10:1,31 1997-11:1,30 1997-12:1,31 1998-01:1,31 1998-02:1"),
        .init(
            title: "Every 18 months on the 10th thru 15th of the month for 10 occurrences", start: "19970910T090000",
            rule: "FREQ=MONTHLY;INTERVAL=18;COUNT=10;BYMONTHDAY=10,11,12,13,14,15", expected: "1997-09:10-15 1999-03:10-13"),
        .init(
            title: "Every Tuesday, every other month", start: "19970902T090000", rule: "FREQ=MONTHLY;INTERVAL=2;BYDAY=TU",
            expected: "1997-09:2,9,16,23,30 1997-11:4,11,18,25 1998-01:6,13,20,27 1998-03:3,10,17,24,31"),
        .init(
            title: "Yearly in June and July for 10 occurrences", start: "19970610T090000", rule: "FREQ=YEARLY;COUNT=10;BYMONTH=6,7",
            expected: "1997-06:10 1997-07:10 1998-06:10 1998-07:10 1999-06:10 1999-07:10 2000-06:10 2000-07:10 2001-06:10 2001-07:10"),
        .init(
            title: "Every other year on January, February, and March for 10 occurrences", start: "19970310T090000",
            rule: "FREQ=YEARLY;INTERVAL=2;COUNT=10;BYMONTH=1,2,3",
            expected: "1997-03:10 1999-01:10 1999-02:10 1999-03:10 2001-01:10 2001-02:10 2001-03:10 2003-01:10 2003-02:10 2003-03:10"),
        .init(
            title: "Every third year on the 1st, 100th, and 200th day for 10 occurrences", start: "19970101T090000",
            rule: "FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200",
            expected: "1997-01:1 1997-04:10 1997-07:19 2000-01:1 2000-04:9 2000-07:18 2003-01:1 2003-04:10 2003-07:19 2006-01:1"),
        .init(
            title: "Every 20th Monday of the year, forever", start: "19970519T090000", rule: "FREQ=YEARLY;BYDAY=20MO",
            expected: "1997-05:19 1998-05:18 1999-05:17"),
        .init(
            title: "Monday of week number 20, forever", start: "19970512T090000", rule: "FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO",
            expected: "1997-05:12 1998-05:11 1999-05:17"),
        .init(
            title: "Every Thursday in March, forever", start: "19970313T090000", rule: "FREQ=YEARLY;BYMONTH=3;BYDAY=TH",
            expected: "1997-03:13,20,27 1998-03:5,12,19,26 1999-03:4,11,18,25"),
        .init(
            title: "Every Thursday, but only during June, July, and August, forever", start: "19970605T090000",
            rule: "FREQ=YEARLY;BYDAY=TH;BYMONTH=6,7,8",
            expected:
                "1997-06:5,12,19,26 1997-07:3,10,17,24,31 1997-08:7,14,21,28 1998-06:4,11,18,25 1998-07:2,9,16,23,30 1998-08:6,13,20,27 1999-06:3,10,17,24 1999-07:1,8,15,22,29 1999-08:5,12,19,26"
        ),
        .init(
            title: "Every Friday the 13th, forever", start: "19970902T090000", rule: "FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13",
            expected: "1998-02:13 1998-03:13 1998-11:13 1999-08:13 2000-10:13"),
        .init(
            title: "The first Saturday that follows the first Sunday of the month, forever", start: "19970913T090000",
            rule: "FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=7,8,9,10,11,12,13",
            expected: "1997-09:13 1997-10:11 1997-11:8 1997-12:13 1998-01:10 1998-02:7 1998-03:7 1998-04:11 1998-05:9 1998-06:13"),
        .init(
            title: "Every 4 years, U.S. Presidential Election day", start: "19961105T090000",
            rule: "FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8", expected: "1996-11:5 2000-11:7 2004-11:2"),
        .init(
            title: "The third instance into the month of one of Tuesday, Wednesday, or Thursday, for the next 3 months",
            start: "19970904T090000", rule: "FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3", expected: "1997-09:4 1997-10:7 1997-11:6"),
        .init(
            title: "The second-to-last weekday of the month", start: "19970929T090000",
            rule: "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2",
            expected: "1997-09:29 1997-10:30 1997-11:27 1997-12:30 1998-01:29 1998-02:26 1998-03:30"),
        .init(
            title: "Every 15 minutes for 6 occurrences", start: "19970902T090000", rule: "FREQ=MINUTELY;INTERVAL=15;COUNT=6",
            expected: "1997-09:2@09:00,09:15,09:30,09:45,10:00,10:15"),
        .init(
            title: "Every hour and a half for 4 occurrences", start: "19970902T090000", rule: "FREQ=MINUTELY;INTERVAL=90;COUNT=4",
            expected: "1997-09:2@09:00,10:30,12:00,13:30"),
        .init(
            title: "Every 20 minutes from 9:00 AM to 4:40 PM every day (DAILY)", start: "19970902T090000",
            rule: "FREQ=DAILY;BYHOUR=9,10,11,12,13,14,15,16;BYMINUTE=0,20,40", expected: twentyMinutes),
        .init(
            title: "Every 20 minutes from 9:00 AM to 4:40 PM every day (MINUTELY)", start: "19970902T090000",
            rule: "FREQ=MINUTELY;INTERVAL=20;BYHOUR=9,10,11,12,13,14,15,16", expected: twentyMinutes),
        .init(
            title: "WKST=MO", start: "19970805T090000", rule: "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO",
            expected: "1997-08:5,10,19,24"),
        .init(
            title: "WKST=SU", start: "19970805T090000", rule: "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU",
            expected: "1997-08:5,17,19,31"),
        .init(
            title: "An invalid date (February 30) is ignored", start: "20070115T090000", rule: "FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5",
            expected: "2007-01:15,30 2007-02:15 2007-03:15,30"),
    ]

    static let twentyMinutes: String = {
        let times = (9...16).flatMap { hour in [0, 20, 40].map { String(format: "%02d:%02d", hour, $0) } }.joined(separator: ",")
        return "1997-09:2@\(times) 1997-09:3@\(times)"
    }()

    @Test(arguments: examples)
    func rfcExample(_ example: Example) throws {
        let expected = RecurrenceTestSupport.dates(example.expected)
        let actual = try RecurrenceTestSupport.expand(example.rule, start: example.start, tzid: "America/New_York", prefix: expected.count)
        #expect(actual == expected)
    }

    /// "Every 3 hours from 9:00 AM to 5:00 PM on a specific day" lists 09:00, 12:00 and 15:00
    /// EDT, but its `UNTIL=19970902T170000Z` is 13:00 EDT, and UNTIL is inclusive, so 15:00 EDT
    /// (19:00Z) cannot be in the set; python-dateutil and libical give 09:00 and 12:00 too.
    /// Read as the floating time 17:00 the rule gives exactly the RFC's list.
    @Test func everyThreeHoursExampleAsWrittenAndAsListed() throws {
        let asWritten = try RecurrenceTestSupport.expand(
            "FREQ=HOURLY;INTERVAL=3;UNTIL=19970902T170000Z", start: "19970902T090000", tzid: "America/New_York", prefix: 0)
        #expect(asWritten == RecurrenceTestSupport.dates("1997-09:2@09:00,12:00"))
        let asListed = try RecurrenceTestSupport.expand(
            "FREQ=HOURLY;INTERVAL=3;UNTIL=19970902T170000", start: "19970902T090000", tzid: nil, prefix: 0)
        #expect(asListed == RecurrenceTestSupport.dates("1997-09:2@09:00,12:00,15:00"))
    }

    /// The RFC's labels: "Daily until December 24" is 9:00 EDT (13:00Z) through October 25
    /// and 9:00 EST (14:00Z) from October 26, 1997.
    @Test func rfcDailyExampleChangesOffsetOnOctober26() throws {
        let zone = try ZoneRules.named("America/New_York")
        let starts = try RecurrenceTestSupport.expand(
            "FREQ=DAILY;UNTIL=19971224T000000Z", start: "19970902T090000", tzid: "America/New_York", prefix: 0)
        let offsets = starts.map { zone.offset(at: zone.instant(for: $0)) }
        let firstEST = try #require(LocalDate(year: 1997, month: 10, day: 26))
        for (local, offset) in zip(starts, offsets) {
            #expect(offset == (local.date < firstEST ? -4 * 3600 : -5 * 3600))
        }
    }
}
