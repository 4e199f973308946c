// parley-http: the HTTP stack of `parley publish`, in a process of its own so that no other
// command loads it (URLSession brings libcurl and TLS, ~11 ms of every start). parley starts it
// with a socket as its standard input and output and speaks HTTPHelperMessage over it: one JSON
// request per line in; out, for each, a JSON head line and the response body's bytes. It ends
// when its input ends. It is not
// meant to be run by hand: `parley-http --timeout SECONDS`.

import CalDAV
import Foundation
import Synchronization

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 2, arguments.first == "--timeout", let timeout = Double(arguments.last ?? ""), timeout > 0 else {
    FileHandle.standardError.write(
        Data("usage: parley-http --timeout SECONDS (parley publish runs it; not meant to be run by hand)\n".utf8))
    exit(2)
}

let exchanges = SessionExchanges(timeout: timeout)
let output = Mutex(FileHandle.standardOutput)
let decoder = JSONDecoder()

while let line = readLine(strippingNewline: true) {
    guard let request = try? decoder.decode(HTTPHelperMessage.Request.self, from: Data(line.utf8)) else {
        FileHandle.standardError.write(Data("parley-http: a request that is not HTTPHelperMessage JSON; stopped\n".utf8))
        exit(2)
    }
    exchanges.start(request) { reply in
        let failed = HTTPHelperMessage.Reply(id: reply.id, outcome: .network(reason: "parley-http could not encode the answer"))
        let encoded = (try? reply.encoded()) ?? (try? failed.encoded()) ?? Data()
        output.withLock { $0.write(encoded) }
    }
}
exit(0)
