/// Tab completion of the REPL's `/` commands, as a pure function of the line.
///
/// Completion applies only while the cursor is inside the first word of a
/// line that starts with `/` (and not `//`, which escapes a reply that starts
/// with a slash). Matching ignores case, as the commands themselves do.
enum CommandCompletion {
    /// What a Tab press does.
    enum Result: Equatable {
        /// Not a command being typed: Tab is an ordinary key.
        case notApplicable
        /// No command starts with what was typed.
        case noMatch
        /// Replace the first `replacing` clusters of the line with `text`.
        case complete(text: String, replacing: Int)
        /// Several commands match and typing cannot be extended: list them.
        case ambiguous([String])
    }

    /// Completes the word before `cursor` in `line` against `commands`.
    static func complete(_ line: [Character], cursor: Int, commands: [String]) -> Result {
        guard !commands.isEmpty, cursor > 0, cursor <= line.count, line.first == "/",
              !line[..<cursor].contains(where: \.isWhitespace),
              !(line.count > 1 && line[1] == "/") else { return .notApplicable }
        let typed = String(line[..<cursor]).lowercased()
        let matches = commands.filter { $0.lowercased().hasPrefix(typed) }
        guard let first = matches.first else { return .noMatch }
        let completion = matches.dropFirst().reduce(first) { sharedPrefix($0, $1) }
        guard completion.count > typed.count else {
            return matches.count == 1 ? .noMatch : .ambiguous(matches)
        }
        // Tab in the middle of "/me|ter" completes the word, not the part before the cursor:
        // the rest of the word is replaced when the completion already contains it.
        let rest = line[cursor...].prefix { !$0.isWhitespace }
        let replacing = completion.lowercased().hasPrefix(typed + String(rest).lowercased()) ? cursor + rest.count : cursor
        return .complete(text: completion, replacing: replacing)
    }

    /// The longest common prefix of two strings, by grapheme cluster.
    private static func sharedPrefix(_ a: String, _ b: String) -> String {
        String(zip(a, b).prefix { $0 == $1 }.map(\.0))
    }
}
