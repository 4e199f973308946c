import Testing
@testable import ParleyKit

@Suite struct LexerTests {}
