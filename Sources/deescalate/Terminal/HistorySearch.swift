import Foundation

/// Ctrl-R: incremental reverse search through history, as in readline.
///
/// Typing refines the query and searches from the entry shown towards older
/// ones; Ctrl-R again moves to the next older entry that matches; Backspace
/// shortens the query and searches again from the newest entry. A query with
/// no match keeps the last match on screen and says "failed", as readline
/// does. Matching ignores case: trainees search for what they said, not how
/// they capitalised it. Entries identical to the one shown are skipped, so
/// Ctrl-R never seems stuck on a line that was sent several times.
struct HistorySearch: Equatable {
    /// The entries searched, oldest first.
    let history: [String]
    /// What has been typed since Ctrl-R.
    private(set) var query = ""
    /// A history entry that contains the query.
    struct Match: Equatable {
        /// Index of the entry in `history`.
        var index: Int
        /// Where the query starts in it, in grapheme clusters (the cursor goes there).
        var offset: Int
    }

    /// The entry shown, if the search has found one.
    private(set) var match: Match?
    /// Whether the query (or the last Ctrl-R) found nothing.
    private(set) var failed = false

    /// Starts a search over `history` (oldest first).
    init(history: [String]) {
        self.history = history
    }

    /// The prompt readline shows during a search.
    var prompt: String {
        (failed ? "(failed reverse-i-search)`" : "(reverse-i-search)`") + query + "': "
    }

    /// The text of the entry shown, if any.
    var matchedText: String? {
        match.map { history[$0.index] }
    }

    /// Adds typed text to the query and searches from the shown entry.
    mutating func refine(appending text: String) {
        query += text
        search(from: match?.index ?? history.count - 1, skippingText: nil)
    }

    /// Drops the query's last character and searches again from the newest entry.
    mutating func shorten() {
        guard !query.isEmpty else { return }
        query.removeLast()
        if query.isEmpty {
            match = nil
            failed = false
        } else {
            search(from: history.count - 1, skippingText: nil)
        }
    }

    /// Ctrl-R pressed again: the next older match. With an empty query the
    /// previous search's query (`lastQuery`) is reused, as readline does.
    mutating func older(lastQuery: String) {
        if query.isEmpty {
            guard !lastQuery.isEmpty else { return }
            query = lastQuery
            search(from: history.count - 1, skippingText: nil)
            return
        }
        guard let current = match else { return search(from: history.count - 1, skippingText: nil) }
        search(from: current.index - 1, skippingText: history[current.index])
    }

    /// Finds the newest entry at or before `start` containing the query. On
    /// failure the previous match stays and `failed` is set.
    private mutating func search(from start: Int, skippingText skipped: String?) {
        var index = min(start, history.count - 1)
        while index >= 0 {
            let entry = history[index]
            if entry != skipped, let range = entry.range(of: query, options: [.caseInsensitive]) {
                match = Match(index: index, offset: entry.distance(from: entry.startIndex, to: range.lowerBound))
                failed = false
                return
            }
            index -= 1
        }
        failed = true
    }
}
