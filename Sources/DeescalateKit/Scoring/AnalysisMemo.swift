/// A bounded memo of the analyzer's readings of exact repeated lines. Real archives repeat canned
/// agent lines word for word (greetings, "bear with me", closings), and a line's analysis depends on
/// its text alone, so a repeat can reuse it; lines that carry a name, an order number or an amount
/// rarely repeat and simply miss. When full, the memo starts afresh, so memory stays bounded
/// whatever the archive. Not thread-safe: give each worker its own.
public final class AnalysisMemo {
    /// How many lines it holds before starting afresh.
    public let capacity: Int
    /// Lines looked up so far.
    public private(set) var lookups = 0
    /// Lookups answered from the memo.
    public private(set) var hits = 0
    private var stored: [String: Analysis] = [:]

    /// A memo holding at most `capacity` lines.
    public init(capacity: Int = 4096) {
        self.capacity = max(1, capacity)
        stored.reserveCapacity(self.capacity)
    }

    /// The share of lookups answered from the memo, 0 to 1.
    public var hitRate: Double { lookups == 0 ? 0 : Double(hits) / Double(lookups) }

    /// `analyzer`'s reading of `text`, reused when the same text was read before.
    public func analysis(of text: String, by analyzer: Analyzer) -> Analysis {
        lookups += 1
        if let known = stored[text] {
            hits += 1
            return known
        }
        let analysis = analyzer.analyze(text)
        if stored.count >= capacity { stored.removeAll(keepingCapacity: true) }
        stored[text] = analysis
        return analysis
    }
}
