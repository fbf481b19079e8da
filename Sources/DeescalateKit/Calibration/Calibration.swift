/// The grader measured against human assessors: the assessors' grades (`HumanGrades`) matched to
/// the graded files, and the agreement an assessor team checks before trusting a grader — Spearman's
/// rho on totals, Cohen's kappa on pass/fail, quadratic-weighted kappa per step on bands, the mean
/// absolute difference — for the grader against each assessor's grade, and for the assessors against
/// each other where a file has several (the ceiling a grader can hope to reach), with the files on
/// which grader and assessors disagree most.
///
/// Pairs: grader and human — one pair per assessor row (a file graded by three assessors gives three
/// pairs). Human and human — one pair per two rows of the same file, the earlier row first. A row
/// without `passed` passes when its total reaches the rubric's pass mark.
public struct Calibration: Sendable {
    /// The statistics of one set of pairs.
    public struct Figures: Sendable, Equatable {
        /// Pairs of totals compared.
        public var pairs: Int
        /// Spearman's rho on totals (nil: undefined).
        public var spearman: Double?
        /// Cohen's kappa on pass/fail (nil: undefined).
        public var kappa: Double?
        /// The share of pairs agreeing on pass/fail.
        public var passAgreement: Double?
        /// Quadratic-weighted kappa on `Agreement` bands, per step and for the total (`measureKeys`).
        public var weightedKappa: [String: BandKappa]
        /// Mean absolute difference of totals, in points.
        public var meanAbsoluteDifference: Double?
    }

    /// Quadratic-weighted kappa of one measure and the pairs it compared (pairs where both gave it).
    public struct BandKappa: Sendable, Equatable {
        /// The kappa, nil where undefined.
        public var kappa: Double?
        /// The pairs where both sides gave the measure.
        public var pairs: Int
    }

    /// A human row that matched no graded file, and why.
    public struct Unmatched: Sendable, Equatable {
        /// The row.
        public var row: HumanGrades.Row
        /// Why it matched nothing.
        public var reason: String
    }

    /// A file on which the grader and the assessors disagree, with what the grader found.
    public struct Disagreement: Sendable {
        /// The graded file (as given to `grade`).
        public var file: String
        /// What the grader found.
        public var grader: GraderResult
        /// The assessors' rows for it.
        public var human: [HumanGrades.Row]
        /// Grader total minus the assessors' mean total.
        public var difference: Double
        /// The assessors' mean total.
        public var humanMean: Double
    }

    /// Keys of `weightedKappa`: the steps, then the total.
    public static let measureKeys = Step.allCases.map(\.rawValue) + ["total"]

    /// The grader against the assessors.
    public let graderVersusHuman: Figures
    /// The assessors against each other, when some file has several (nil otherwise).
    public let humanVersusHuman: Figures?
    /// The files of largest disagreement, largest first.
    public let disagreements: [Disagreement]
    /// Human rows that matched no graded file.
    public let unmatched: [Unmatched]
    /// Graded files no assessor graded.
    public let ungraded: [String]
    /// Graded files with at least one assessor's grade.
    public let matchedFiles: Int
    /// The pass mark used for rows without `passed`.
    public let passMark: Int

    /// Matches `human` to `graded` (by path as given — `absolutePaths[i]`, when given, also names
    /// `graded[i]` — else by file name when only one graded file has it) and computes the figures;
    /// `largest` disagreements are kept.
    public init(graded: [GradedTranscript], absolutePaths: [String?] = [], human: HumanGrades, passMark: Int, largest: Int = 5) {
        self.init(results: graded.map(GraderResult.init), absolutePaths: absolutePaths, human: human, passMark: passMark, largest: largest)
    }

    /// Matches `human` to the grader's `results`, as `init(graded:…)` does.
    public init(results graded: [GraderResult], absolutePaths: [String?] = [], human: HumanGrades, passMark: Int, largest: Int = 5) {
        self.passMark = passMark
        var byPath: [String: Int] = [:]
        var byName: [String: [Int]] = [:]
        for (index, item) in graded.enumerated() {
            byPath[Self.normalized(item.source)] = index
            if index < absolutePaths.count, let absolute = absolutePaths[index] { byPath[Self.normalized(absolute)] = index }
            byName[Self.fileName(item.source), default: []].append(index)
        }
        var ratings: [Int: [HumanGrades.Row]] = [:]
        var unmatched: [Unmatched] = []
        for row in human.rows {
            if let index = byPath[Self.normalized(row.file)] {
                ratings[index, default: []].append(row)
                continue
            }
            let candidates = byName[Self.fileName(row.file)] ?? []
            if candidates.count == 1 {
                ratings[candidates[0], default: []].append(row)
            } else {
                unmatched.append(Unmatched(row: row, reason: candidates.isEmpty
                    ? "no graded file has this path or file name"
                    : "\(candidates.count) graded files are named \(Self.fileName(row.file)); write the path as given to grade"))
            }
        }
        self.unmatched = unmatched
        ungraded = graded.indices.filter { ratings[$0] == nil }.map { graded[$0].source }
        matchedFiles = ratings.count

        var graderPairs: [(grader: Rating, human: Rating)] = []
        var humanPairs: [(Rating, Rating)] = []
        var disagreements: [Disagreement] = []
        for index in ratings.keys.sorted() {
            let rows = ratings[index] ?? []
            let result = graded[index]
            let grader = Rating(result: result)
            for row in rows { graderPairs.append((grader, Rating(row: row, passMark: passMark))) }
            for first in rows.indices { for second in rows.indices where second > first {
                humanPairs.append((Rating(row: rows[first], passMark: passMark), Rating(row: rows[second], passMark: passMark)))
            } }
            let mean = rows.reduce(0) { $0 + $1.total } / Double(max(1, rows.count))
            disagreements.append(Disagreement(file: result.source, grader: result, human: rows,
                                              difference: Double(result.total) - mean, humanMean: mean))
        }
        graderVersusHuman = Self.figures(graderPairs.map { ($0.grader, $0.human) })
        humanVersusHuman = humanPairs.isEmpty ? nil : Self.figures(humanPairs)
        self.disagreements = Array(disagreements.sorted {
            (abs($0.difference), $1.file) > (abs($1.difference), $0.file)
        }.prefix(max(0, largest)))
    }

    // MARK: Figures

    /// One rating of one file: by the grader or by an assessor.
    struct Rating {
        var total: Double
        var passed: Bool
        var steps: [Step: Double]

        init(result: GraderResult) {
            total = Double(result.total)
            passed = result.passed
            steps = result.steps.mapValues(Double.init)
        }

        init(row: HumanGrades.Row, passMark: Int) {
            total = row.total
            passed = row.passed ?? (row.total >= Double(passMark))
            steps = row.steps
        }
    }

    static func figures(_ pairs: [(Rating, Rating)]) -> Figures {
        let (kappa, observed) = Agreement.cohenKappa(pairs.map { ($0.0.passed, $0.1.passed) })
        var weighted: [String: BandKappa] = [:]
        for step in Step.allCases {
            let banded = pairs.compactMap { pair -> (Int, Int)? in
                guard let a = pair.0.steps[step], let b = pair.1.steps[step] else { return nil }
                return (Agreement.band(a), Agreement.band(b))
            }
            weighted[step.rawValue] = BandKappa(kappa: Agreement.quadraticWeightedKappa(banded, categories: Agreement.bandLowerBounds.count),
                                                pairs: banded.count)
        }
        weighted["total"] = BandKappa(kappa: Agreement.quadraticWeightedKappa(pairs.map { (Agreement.band($0.0.total), Agreement.band($0.1.total)) },
                                                                              categories: Agreement.bandLowerBounds.count), pairs: pairs.count)
        return Figures(pairs: pairs.count, spearman: Agreement.spearman(pairs.map(\.0.total), pairs.map(\.1.total)),
                       kappa: kappa, passAgreement: observed, weightedKappa: weighted,
                       meanAbsoluteDifference: Agreement.meanAbsoluteDifference(pairs.map { ($0.0.total, $0.1.total) }))
    }

    // MARK: Paths

    /// `path` with `.` segments, repeated slashes and `x/..` pairs taken out (no file system access).
    static func normalized(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            parts.append(part)
        }
        return (absolute ? "/" : "") + parts.joined(separator: "/")
    }

    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
