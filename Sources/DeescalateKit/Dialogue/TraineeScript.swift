/// A script of trainee replies, as `practice --script` and the golden scenarios read it: one reply
/// per line, a line starting with `#` a comment, a blank line a silent reply, CRLF accepted.
public enum TraineeScript {
    /// The replies in `text`, in order.
    public static func replies(in text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        if lines.last == "" { lines.removeLast() }
        return lines.filter { !$0.hasPrefix("#") }
    }
}
