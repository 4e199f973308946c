import CalDAV
import Foundation
import Testing

/// Multistatus bodies from the RFCs' own examples.
@Suite struct MultistatusTests {
    /// RFC 6578 §3.8, the answer to an initial `sync-collection` report (one member removed
    /// later shows as a 404 response).
    @Test func syncCollectionAnswer() throws {
        let body = """
            <?xml version="1.0" encoding="utf-8" ?>
            <D:multistatus xmlns:D="DAV:">
              <D:response>
                <D:href>http://webdav.example.com/home/newspaper/test.doc</D:href>
                <D:propstat>
                  <D:prop><D:getetag>"00001-abcd1"</D:getetag></D:prop>
                  <D:status>HTTP/1.1 200 OK</D:status>
                </D:propstat>
              </D:response>
              <D:response>
                <D:href>http://webdav.example.com/home/newspaper/vcard.vcf</D:href>
                <D:status>HTTP/1.1 404 Not Found</D:status>
              </D:response>
              <D:sync-token>http://example.com/ns/sync/1234</D:sync-token>
            </D:multistatus>
            """
        let status = try Multistatus(parsing: Data(body.utf8))
        #expect(status.responses.count == 2)
        #expect(status.responses[0].properties["DAV:getetag"]?.text == "\"00001-abcd1\"")
        #expect(status.responses[1].status == 404)
        #expect(status.syncToken == "http://example.com/ns/sync/1234")
    }

    /// RFC 4791 §7.8.8-style `calendar-query` answer with calendar data, and a
    /// `resourcetype` (RFC 4791 §5.2) whose element names matter.
    @Test func calendarDataAndResourceType() throws {
        let body = """
            <?xml version="1.0" encoding="utf-8" ?>
            <D:multistatus xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
              <D:response>
                <D:href>/bernard/work/</D:href>
                <D:propstat>
                  <D:prop><D:resourcetype><D:collection/><C:calendar/></D:resourcetype></D:prop>
                  <D:status>HTTP/1.1 200 OK</D:status>
                </D:propstat>
                <D:propstat>
                  <D:prop><D:displayname/></D:prop>
                  <D:status>HTTP/1.1 404 Not Found</D:status>
                </D:propstat>
              </D:response>
              <D:response>
                <D:href>http://cal.example.com/bernard/work/abcd2.ics</D:href>
                <D:propstat>
                  <D:prop>
                    <D:getetag>"fffff-abcd2"</D:getetag>
                    <C:calendar-data>BEGIN:VCALENDAR&#13;
            VERSION:2.0&#13;
            END:VCALENDAR&#13;
            </C:calendar-data>
                  </D:prop>
                  <D:status>HTTP/1.1 200 OK</D:status>
                </D:propstat>
              </D:response>
            </D:multistatus>
            """
        let status = try Multistatus(parsing: Data(body.utf8))
        #expect(status.responses[0].properties["DAV:resourcetype"]?.elements == ["collection", "calendar"])
        #expect(status.responses[0].properties["DAV:displayname"] == nil)
        #expect(
            status.responses[1].properties["urn:ietf:params:xml:ns:caldav:calendar-data"]?.text
                == "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n")
    }

    @Test func notMultistatusIsAnError() {
        #expect(throws: MultistatusError.self) { try Multistatus(parsing: Data("<html><body>login</body></html>".utf8)) }
        #expect(throws: MultistatusError.self) { try Multistatus(parsing: Data("not xml".utf8)) }
    }
}
