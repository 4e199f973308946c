import Testing

@testable import CalDAV

/// `.netrc` files as curl(1) and the BSD ftp(1) manual describe them.
@Suite struct NetrcTests {
    @Test func machineEntriesAndTheDefaultOne() {
        let netrc = Netrc(
            """
            machine dav.example.org login desk password "s3cret word"
            machine other.example.org
                login someone
                password x
            default login anonymous password guest
            """)
        #expect(
            netrc.entry(for: "dav.example.org", login: nil)
                == Netrc.Entry(machine: "dav.example.org", login: "desk", password: "s3cret word"))
        #expect(netrc.entry(for: "DAV.example.org", login: "desk")?.password == "s3cret word")
        #expect(netrc.entry(for: "other.example.org", login: nil)?.login == "someone")
        #expect(netrc.entry(for: "unknown.example.org", login: nil)?.login == "anonymous")
        #expect(netrc.entry(for: "dav.example.org", login: "nobody") == nil)
    }

    @Test func macroBodiesAreSkipped() {
        let netrc = Netrc(
            """
            macdef init
            machine fake.example.org login evil password evil

            machine dav.example.org login desk password pw
            """)
        #expect(netrc.entries.map(\.login) == ["desk"])
    }

    @Test func credentialsComeFromTheEnvironmentFirst() throws {
        let found = try Credentials.find(
            for: "dav.example.org", user: nil,
            environment: ["PARLEY_CALDAV_USER": "desk", "PARLEY_CALDAV_PASSWORD": "pw", "HOME": "/nonexistent"])
        #expect(found?.user == "desk")
        #expect(found.map { "\($0)" } == "desk (password hidden)")
        #expect(found?.appears(in: "the pw leaked") == true)
        #expect(try Credentials.find(for: "dav.example.org", user: nil, environment: ["HOME": "/nonexistent"]) == nil)
    }
}
