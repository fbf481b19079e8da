/// The coaching parts of a session report: the persona author's model replies beside the trainee's
/// words at the moments that mattered most, each with the command that tries the moment again.
extension SessionReport {
    func modelRepliesSection() -> String {
        guard !modelReplies.isEmpty else { return "" }
        let customer = transcript.persona.map { HTMLText.escaped($0.name) } ?? "Customer"
        var out = "<section>\n<h2>Model replies</h2>\n"
        out += "<p class=\"sub\">Written by the persona's author for these moments, quoted as written. Try the moment again with "
        out += "<code>deescalate practice --retry TRANSCRIPT --turn N</code>.</p>\n"
        for moment in modelReplies {
            out += "<div class=\"card moment\">\n<h3><a href=\"#turn-\(moment.turn)\">Turn \(moment.turn)</a> "
            out += "<span class=\"tag\">reply \(moment.reply) · --turn \(moment.reply)</span> \(HTMLText.escaped(moment.reason.description))</h3>\n"
            out += "<p class=\"context\"><b>\(customer)</b>: \(HTMLText.escaped(moment.customerSaid, keepNewlines: true))</p>\n"
            out += "<div class=\"sbs\">\n<div class=\"said-box you\"><b>You said</b><p>\(HTMLText.escaped(moment.traineeSaid, keepNewlines: true))</p></div>\n"
            out += "<div class=\"said-box model\"><b>A model reply</b><p>\(HTMLText.escaped(moment.modelReply, keepNewlines: true))</p>"
            out += "<span class=\"note\">\(moment.modelSteps.map(\.title).joined(separator: ", "))</span></div>\n</div>\n</div>\n"
        }
        return out + "</section>\n"
    }

    func coachingMarkdown() -> String {
        var out = comparison?.markdown(retryGrade: grade) ?? ""
        guard !modelReplies.isEmpty else { return out }
        func quote(_ text: String) -> String {
            SafeText.sanitized(text).replacingAll("*", with: "\\*").replacingAll("_", with: "\\_").replacingAll("`", with: "'")
        }
        out += "\n## Model replies\n\n"
        for moment in modelReplies {
            out += "- **Turn \(moment.turn)** (reply \(moment.reply), `--turn \(moment.reply)`) \(moment.reason.description)\n"
            out += "  - you said: “\(quote(moment.traineeSaid))”\n"
            out += "  - a model reply: “\(quote(moment.modelReply))”\n"
        }
        return out
    }

    /// Styles of the comparison and the model replies, added only when the page has them.
    var coachingCSS: String {
        guard comparison != nil || !modelReplies.isEmpty else { return "" }
        return BranchComparison.css + """
        .moment{margin-bottom:12px}.moment h3{font-size:15px;margin:0 0 6px}.context{margin:0 0 8px;color:var(--muted);overflow-wrap:anywhere}
        .said-box{border-radius:6px;padding:8px 10px;border:1px solid var(--line)}.said-box p{margin:4px 0;overflow-wrap:anywhere}
        .said-box.model{background:var(--good-bg);border-color:#b7e0c7}.said-box.you{background:#fbfcfe}
        code{font-size:13px;overflow-wrap:anywhere}

        """
    }
}
