/// A retried session beside the session it branched off (`practice --retry FILE --turn N`): both
/// frustration curves on one chart from the branch point, and the two replies given at reply N
/// side by side with what each drew from the customer. The turns before the branch are the same in
/// both (the retry replays them byte for byte), so the chart starts at the last shared one.
public struct BranchComparison: Sendable {
    /// The session retried, as read from its file.
    public let parent: Transcript
    /// The parent's grade, computed now.
    public let parentGrade: Grade
    /// The retry.
    public let retry: Transcript
    /// Where the retry branched.
    public let branch: BranchPoint

    /// A comparison of `retry` with `parent`; nil when `retry` records no branch.
    public init?(retry: Transcript, parent: Transcript, parentGrade: Grade) {
        guard let branch = retry.branch else { return nil }
        self.retry = retry
        self.parent = parent
        self.parentGrade = parentGrade
        self.branch = branch
    }

    /// Turns both sessions share: everything before reply N (the opening and N-1 exchanges).
    public var sharedTurns: Int {
        let inRetry = BranchPoint.turnIndex(ofReply: branch.turn, in: retry) ?? retry.turns.count
        let inParent = BranchPoint.turnIndex(ofReply: branch.turn, in: parent) ?? parent.turns.count
        return max(1, min(inRetry, inParent))
    }

    /// The reply each session gave at the branch (nil when that session has no reply N).
    public var replies: (parent: Turn?, retry: Turn?) {
        (BranchPoint.turnIndex(ofReply: branch.turn, in: parent).map { parent.turns[$0] },
         BranchPoint.turnIndex(ofReply: branch.turn, in: retry).map { retry.turns[$0] })
    }

    /// A curve from the last shared turn on: (1-based turn number, frustration) pairs.
    static func curve(_ transcript: Transcript, from start: Int) -> [(turn: Int, level: Int)] {
        guard start < transcript.turns.count else { return [] }
        return transcript.turns.indices[start...].compactMap { index in transcript.turns[index].frustration.map { (index + 1, $0) } }
    }

    /// The section of the retry's HTML report (`retryGrade` is the retry's grade, computed now).
    func htmlSection(retryGrade: Grade) -> String {
        let number = branch.turn
        var out = "<section class=\"branch\">\n<h2>Retry of reply \(number)</h2>\n"
        out += "<p class=\"sub\">This session replays <b>\(HTMLText.escaped(branch.parent))</b>"
        if let started = branch.parentStartedAt { out += " (\(HTMLText.escaped(ReportDates.readable(started))))" }
        out += number > 1 ? " word for word up to reply \(number - 1), then tries reply \(number) again."
            : " from the customer's opening and tries the first reply again."
        out += " First try \(parentGrade.total)/100 \(parentGrade.passed ? "passed" : "not passed") (\(parent.outcome?.rawValue ?? "no outcome")); "
        out += "this try \(retryGrade.total)/100 \(retryGrade.passed ? "passed" : "not passed") (\(retry.outcome?.rawValue ?? "no outcome")).</p>\n"
        out += "<div class=\"card\">" + BranchChart(comparison: self).html() + "</div>\n"
        let shared = sharedTurns
        if shared >= 1, shared - 1 < retry.turns.count {
            let customer = retry.persona.map { HTMLText.escaped($0.name) } ?? "Customer"
            out += "<p class=\"answered\"><span class=\"n\">\(shared).</span><b>\(customer)</b>: "
            out += "\(HTMLText.escaped(retry.turns[shared - 1].text, keepNewlines: true))</p>\n"
        }
        let (first, again) = replies
        out += "<div class=\"sbs\">\n"
        out += replyCard("First try", reply: first, in: parent, linked: false)
        out += replyCard("This try", reply: again, in: retry, linked: true)
        out += "</div>\n</section>\n"
        return out
    }

    private func replyCard(_ title: String, reply: Turn?, in transcript: Transcript, linked: Bool) -> String {
        var out = "<div class=\"card try\">\n<h3>\(title) <span class=\"tag\">reply \(branch.turn)</span></h3>\n"
        guard let reply, let index = BranchPoint.turnIndex(ofReply: branch.turn, in: transcript) else {
            return out + "<p class=\"note\">No reply \(branch.turn): the session ended before it.</p>\n</div>\n"
        }
        let number = index + 1
        out += "<p class=\"said\">" + (linked ? "<a href=\"#turn-\(number)\">turn \(number)</a> · " : "turn \(number) · ")
        out += "\(HTMLText.escaped(reply.text, keepNewlines: true))</p>\n<div class=\"badges\">"
        let moves = reply.moves.isEmpty ? Analyzer().analyze(reply.text).moves : reply.moves
        if moves.isEmpty { out += #"<span class="badge k-none">no move detected</span>"# }
        for move in moves { out += SessionReport.badge(move) }
        out += "</div>\n"
        if let level = reply.frustration {
            let before = transcript.turns[..<index].last { $0.frustration != nil }?.frustration
            let change = before.map { level - $0 }
            out += "<p class=\"level-change\">frustration \(before.map(String.init) ?? "?") → \(level)"
            if let change { out += " <span class=\"\(change > 0 ? "up" : change < 0 ? "down" : "flat")\">(\(change > 0 ? "+" : "")\(change))</span>" }
            out += "</p>\n"
        }
        if index + 1 < transcript.turns.count, transcript.turns[index + 1].speaker == .customer {
            let customer = transcript.persona.map { HTMLText.escaped($0.name) } ?? "Customer"
            out += "<p class=\"reply-to\"><b>\(customer)</b>: \(HTMLText.escaped(transcript.turns[index + 1].text, keepNewlines: true))</p>\n"
        }
        return out + "</div>\n"
    }

    /// The comparison in Markdown: the two replies side by side in a table.
    func markdown(retryGrade: Grade) -> String {
        func cell(_ text: String?) -> String {
            guard let text else { return "*(no reply)*" }
            return SafeText.sanitized(text).replacingAll("|", with: "\\|").replacingAll("*", with: "\\*").replacingAll("_", with: "\\_")
        }
        let (first, again) = replies
        var lines = ["", "## Retry of reply \(branch.turn)", ""]
        let upTo = branch.turn > 1 ? "up to reply \(branch.turn - 1)" : "from the customer's opening"
        lines.append("Replays `\(SafeText.sanitized(branch.parent).replacingAll("`", with: "'"))` \(upTo). "
                     + "First try \(parentGrade.total)/100, this try \(retryGrade.total)/100.")
        lines.append("")
        lines.append("| First try | This try |")
        lines.append("|---|---|")
        lines.append("| \(cell(first?.text)) | \(cell(again?.text)) |")
        lines.append("| frustration \(first?.frustration.map(String.init) ?? "—") | frustration \(again?.frustration.map(String.init) ?? "—") |")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Styles of the comparison section, added to the page's own.
    static let css = """
    .sbs{display:grid;grid-template-columns:1fr 1fr;gap:12px}.sbs h3{font-size:16px;margin:0 0 6px}
    .answered{margin:10px 0}.answered .n{color:var(--muted);margin-right:6px}.level-change{margin:6px 0 0;font-size:13px;color:var(--muted)}
    .reply-to{margin:6px 0 0;font-size:14px;overflow-wrap:anywhere}.try .said{overflow-wrap:anywhere}
    svg .curve-parent{fill:none;stroke:#9aa3af;stroke-width:2.5;stroke-dasharray:7 5}svg .curve-retry{fill:none;stroke:#1d4ed8;stroke-width:2.5}
    svg .pt-parent{fill:#fff;stroke:#9aa3af;stroke-width:2}svg a .pt-retry,svg .pt-retry{fill:#fff;stroke:#1d4ed8;stroke-width:2}
    @media (max-width:640px){.sbs{grid-template-columns:1fr}}

    """
}
