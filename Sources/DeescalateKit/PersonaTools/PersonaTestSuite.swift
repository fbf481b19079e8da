/// A persona test file (`Personas/<id>.tests.json`): scripted trainee lines, each script with the
/// outcome, frustration, customer lines and grade it must produce. Format: docs/PERSONA-TESTS.md.
public struct PersonaTestSuite: Sendable, Equatable {
    /// The persona under test.
    public var personaID: String
    /// The seed for every test that does not give its own (default 1).
    public var seed: UInt64
    /// The tests, in file order.
    public var tests: [PersonaTestCase]
    /// Byte offsets of fields that refer to the persona, by field path (`persona`,
    /// `tests[0].expect.accepted`, ...), so lint can point at a reference that does not exist.
    var offsets: [String: Int]

    /// Parses and validates a test file, returning every problem with its location.
    public static func decode(_ bytes: [UInt8]) -> (PersonaTestSuite?, [Diagnostic]) {
        DataFileDecoding.decode(bytes, emptyHint: "see docs/PERSONA-TESTS.md for the format") { root, reader in
            PersonaTestSuiteDecoder(reader: reader).decode(root)
        }
    }
}

/// One scripted conversation and what it must produce.
public struct PersonaTestCase: Sendable, Equatable {
    /// What the test pins, in a few words.
    public var name: String
    /// Its own seed, if it overrides the file's.
    public var seed: UInt64?
    /// The trainee lines, in order.
    public var lines: [String]
    /// What must happen.
    public var expect: PersonaTestExpectation
}

/// What a persona test expects; every field is optional, and every given field must hold.
public struct PersonaTestExpectation: Sendable, Equatable {
    /// How the conversation must stand after the last line.
    public enum OutcomeExpectation: String, Sendable, CaseIterable {
        /// Resolved.
        case resolved
        /// Escalated.
        case escalated
        /// Still going after the last line.
        case open
    }

    /// Frustration after a trainee turn (1-based), compared with a value.
    public struct TurnValue: Sendable, Equatable {
        /// The trainee turn, from 1; nil means after the last line.
        public var turn: Int?
        /// The level, 0–100.
        public var value: Int
    }

    /// The outcome.
    public var outcome: OutcomeExpectation?
    /// Frustration at most these values at these turns.
    public var frustrationAtMost: [TurnValue] = []
    /// Frustration at least these values at these turns.
    public var frustrationAtLeast: [TurnValue] = []
    /// Substrings each found (ignoring case) in some customer line.
    public var says: [String] = []
    /// Situations the customer answered in at some turn.
    public var situations: [Situation] = []
    /// The accepted resolution's id.
    public var accepted: String?
    /// Fact ids that must have been revealed.
    public var revealed: [String] = []
    /// The grade's total must be at least this.
    public var gradeMin: Int?
    /// The grade's total must be at most this.
    public var gradeMax: Int?
}
