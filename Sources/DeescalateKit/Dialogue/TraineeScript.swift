/// A script of trainee replies, as `practice --script` and the golden scenarios read it: one reply
/// per line, a line starting with `#` a comment, a blank line a silent reply, CRLF accepted.
public enum TraineeScript {
    /// The replies in `text`, in order.
    public static func replies(in text: String) -> [String] {
        // Split on the scalar, not the Character: "\r\n" is a single Character in Swift, so
        // splitting characters on "\n" would keep a CRLF file's lines glued into one reply.
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var scalars = String.UnicodeScalarView(line)
            if scalars.last == "\r" { scalars.removeLast() }
            return String(scalars)
        }
        if lines.last == "" { lines.removeLast() }
        return lines.filter { !$0.hasPrefix("#") }
    }
}
