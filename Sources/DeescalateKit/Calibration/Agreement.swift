/// The agreement statistics an assessor team checks before trusting a grader, on paired ratings.
/// Each returns nil where the statistic is undefined (too few pairs, or no spread to compare), and
/// the report says why instead of printing a number that means nothing.
public enum Agreement {
    /// The score bands quadratic-weighted kappa compares: 0–39, 40–59, 60–79, 80–100. (A score of
    /// 39.5 is in the first band: a band holds scores from its lower bound up to the next one.)
    public static let bandLowerBounds: [Double] = [0, 40, 60, 80]

    /// The band of a 0–100 score, 0-based.
    public static func band(_ score: Double) -> Int {
        bandLowerBounds.lastIndex { score >= $0 } ?? 0
    }

    /// The label of band `index`, e.g. "40–59".
    public static func bandLabel(_ index: Int) -> String {
        guard bandLowerBounds.indices.contains(index) else { return "?" }
        let lower = Int(bandLowerBounds[index])
        let upper = index + 1 < bandLowerBounds.count ? Int(bandLowerBounds[index + 1]) - 1 : 100
        return "\(lower)–\(upper)"
    }

    /// Ranks of `values`, 1-based, tied values sharing the mean of the ranks they span.
    public static func averageRanks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count, values[order[end + 1]] == values[order[start]] { end += 1 }
            let rank = Double(start + end) / 2 + 1 // the mean of ranks start+1 … end+1
            for position in start...end { ranks[order[position]] = rank }
            start = end + 1
        }
        return ranks
    }

    /// Pearson's correlation of two equally long series; nil for fewer than two pairs or a series
    /// with no spread.
    public static func pearson(_ x: [Double], _ y: [Double]) -> Double? {
        guard x.count == y.count, x.count >= 2 else { return nil }
        let n = Double(x.count)
        let meanX = x.reduce(0, +) / n, meanY = y.reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for (a, b) in zip(x, y) {
            sxy += (a - meanX) * (b - meanY)
            sxx += (a - meanX) * (a - meanX)
            syy += (b - meanY) * (b - meanY)
        }
        guard sxx > 0, syy > 0 else { return nil }
        return sxy / (sxx * syy).squareRoot()
    }

    /// Spearman's rho: Pearson's correlation of the average ranks (ties handled).
    public static func spearman(_ x: [Double], _ y: [Double]) -> Double? {
        guard x.count == y.count else { return nil }
        return pearson(averageRanks(x), averageRanks(y))
    }

    /// Cohen's kappa of two raters' categorical decisions over the same items; nil for no pairs,
    /// or when chance agreement is already 1 (both raters used one and the same category
    /// throughout: agreement is perfect but kappa is 0/0). `observed` is the raw agreement.
    public static func cohenKappa<Category: Hashable>(_ pairs: [(Category, Category)]) -> (kappa: Double?, observed: Double?) {
        guard !pairs.isEmpty else { return (nil, nil) }
        let n = Double(pairs.count)
        let observed = Double(pairs.filter { $0.0 == $0.1 }.count) / n
        var first: [Category: Double] = [:], second: [Category: Double] = [:]
        for (a, b) in pairs { first[a, default: 0] += 1; second[b, default: 0] += 1 }
        let expected = first.reduce(0.0) { $0 + ($1.value / n) * ((second[$1.key] ?? 0) / n) }
        guard expected < 1 else { return (nil, observed) }
        return ((observed - expected) / (1 - expected), observed)
    }

    /// Quadratic-weighted kappa of two raters' ordinal categories 0..<categories: 1 − Σ w·O / Σ w·E
    /// with weights (i−j)²/(k−1)², O the observed and E the chance table from the margins. Nil for no
    /// pairs or when Σ w·E is 0 (every rating in one category for both raters).
    public static func quadraticWeightedKappa(_ pairs: [(Int, Int)], categories: Int) -> Double? {
        guard !pairs.isEmpty, categories >= 2 else { return nil }
        let n = Double(pairs.count)
        var observed = [[Double]](repeating: [Double](repeating: 0, count: categories), count: categories)
        var rows = [Double](repeating: 0, count: categories), columns = rows
        for (a, b) in pairs {
            let i = min(categories - 1, max(0, a)), j = min(categories - 1, max(0, b))
            observed[i][j] += 1
            rows[i] += 1
            columns[j] += 1
        }
        var weightedObserved = 0.0, weightedExpected = 0.0
        let scale = Double((categories - 1) * (categories - 1))
        for i in 0..<categories {
            for j in 0..<categories {
                let weight = Double((i - j) * (i - j)) / scale
                weightedObserved += weight * observed[i][j]
                weightedExpected += weight * rows[i] * columns[j] / n
            }
        }
        guard weightedExpected > 0 else { return nil }
        return 1 - weightedObserved / weightedExpected
    }

    /// The mean absolute difference of paired values; nil for no pairs.
    public static func meanAbsoluteDifference(_ pairs: [(Double, Double)]) -> Double? {
        guard !pairs.isEmpty else { return nil }
        return pairs.reduce(0) { $0 + abs($1.0 - $1.1) } / Double(pairs.count)
    }
}
