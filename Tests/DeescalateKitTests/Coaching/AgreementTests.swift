import Testing
@testable import DeescalateKit

/// The calibration statistics against values worked out by hand (the working is in the comments).
@Suite struct AgreementTests {
    static func close(_ value: Double?, _ expected: Double, within: Double = 0.0001) -> Bool {
        guard let value else { return false }
        return abs(value - expected) < within
    }

    @Test func tiesShareTheMeanOfTheirRanks() {
        #expect(Agreement.averageRanks([10, 20, 20, 30]) == [1, 2.5, 2.5, 4])
        #expect(Agreement.averageRanks([5, 5, 5]) == [2, 2, 2])
        #expect(Agreement.averageRanks([]) == [])
    }

    @Test func spearmanWithTies() {
        // x = 1…5 → ranks 1…5; y = 5, 6, 7, 8, 7 → ranks 1, 2, 3.5, 5, 3.5. Deviations from 3:
        // dx = −2 −1 0 1 2, dy = −2 −1 .5 2 .5; Σdxdy = 8, Σdx² = 10, Σdy² = 9.5 → 8/√95 = 0.82078.
        #expect(Self.close(Agreement.spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]), 0.82078))
        #expect(Self.close(Agreement.spearman([1, 2, 3], [30, 20, 10]), -1))
        #expect(Agreement.spearman([1], [2]) == nil, "one pair: undefined")
        #expect(Agreement.spearman([4, 4, 4], [1, 2, 3]) == nil, "no spread: undefined")
    }

    @Test func cohenKappaAndItsDegenerateCases() {
        // 10 pairs: 4 pass/pass, 3 fail/fail, 2 pass/fail, 1 fail/pass. po = .7; rater 1 passes 6/10,
        // rater 2 5/10: pe = .6·.5 + .4·.5 = .5 → κ = (.7 − .5)/(1 − .5) = .4.
        let pairs = Array(repeating: (true, true), count: 4) + Array(repeating: (false, false), count: 3)
            + Array(repeating: (true, false), count: 2) + [(false, true)]
        let (kappa, observed) = Agreement.cohenKappa(pairs)
        #expect(Self.close(kappa, 0.4) && Self.close(observed, 0.7))
        // One category for both raters: agreement is perfect but κ is 0/0.
        let single = Agreement.cohenKappa(Array(repeating: (true, true), count: 5))
        #expect(single.kappa == nil && single.observed == 1)
        // One rater always "pass", the other 3 of 4: po = .75 = pe → κ = 0.
        #expect(Self.close(Agreement.cohenKappa([(true, true), (true, true), (true, true), (true, false)]).kappa, 0))
        #expect(Agreement.cohenKappa([(Bool, Bool)]()).kappa == nil)
    }

    @Test func quadraticWeightedKappa() {
        // Pairs (0,0) (1,1) (2,3) (3,3) (1,0), k = 4, w = (i−j)²/9. ΣwO = 1/9 + 1/9 = 2/9.
        // Margins: rows 1 2 1 1, columns 2 1 0 2; ΣwE = Σ w·r·c / 5 = (19 + 20 + 11 + 22)/9/5 = 1.6.
        // κw = 1 − (2/9)/1.6 = 0.86111.
        #expect(Self.close(Agreement.quadraticWeightedKappa([(0, 0), (1, 1), (2, 3), (3, 3), (1, 0)], categories: 4), 0.86111))
        #expect(Self.close(Agreement.quadraticWeightedKappa([(0, 0), (3, 3)], categories: 4), 1))
        #expect(Agreement.quadraticWeightedKappa([(2, 2), (2, 2)], categories: 4) == nil, "one band for both: undefined")
        #expect(Agreement.quadraticWeightedKappa([], categories: 4) == nil)
    }

    @Test(arguments: [(0.0, 0), (39.0, 0), (39.5, 0), (40.0, 1), (59.99, 1), (60.0, 2), (79.0, 2), (80.0, 3), (100.0, 3)])
    func bands(score: Double, band: Int) {
        #expect(Agreement.band(score) == band)
    }

    @Test func bandLabels() {
        #expect((0..<4).map(Agreement.bandLabel) == ["0–39", "40–59", "60–79", "80–100"])
    }

    @Test func meanAbsoluteDifference() {
        #expect(Self.close(Agreement.meanAbsoluteDifference([(80, 70), (50, 65), (90, 90)]), 25.0 / 3))
        #expect(Agreement.meanAbsoluteDifference([]) == nil)
    }

    /// A grade with only a total and a pass decision, for calibration.
    static func graded(_ file: String, _ total: Int, passed: Bool) -> GradedTranscript {
        GradedTranscript(source: file, transcript: Transcript(source: .chatLog, turns: []),
                         grade: Grade(scorer: "s", rubric: "r", total: total, passed: passed, steps: [:], findings: [], feedback: []))
    }

    /// The whole calibration on a small table, every figure worked out by hand.
    ///
    /// | file | grader | assessors |
    /// |---|---|---|
    /// | a.json | 90 pass | ann 85 pass, bob 95 pass |
    /// | b.json | 70 pass | ann 60 (no `passed`: 60 ≥ 60 passes) |
    /// | c.json | 50 fail | ann 65 pass |
    /// | d.json | 20 fail | ann 20 fail, bob 35 fail |
    ///
    /// Grader–assessor pairs (6): totals (90,85) (90,95) (70,60) (50,65) (20,20) (20,35).
    /// Spearman: grader ranks 5.5 5.5 4 3 1.5 1.5, assessor ranks 5 6 3 4 1 2; Σdxdy = 15.5,
    /// Σdx² = 16.5, Σdy² = 17.5 → ρ = 15.5/√288.75 = 0.91215. Pass/fail: 5 of 6 agree; grader passes
    /// 3/6, assessors 4/6 → pe = .5 → κ = (5/6 − .5)/.5 = 0.66667. MAD = (5+5+10+15+0+15)/6 = 8.33333.
    /// Bands: grader 3 3 2 1 0 0, assessors 3 3 2 2 0 0 → ΣwO = 1/9, ΣwE = 114/9/6 → κw = 18/19 = 0.94737.
    /// Assessor–assessor pairs (2): (85,95) (20,35) → ρ = 1, κ = 1 (pe = .5), MAD = 12.5.
    @Test func aSmallTableByHand() {
        let graded = [Self.graded("in/a.json", 90, passed: true), Self.graded("in/b.json", 70, passed: true),
                      Self.graded("in/c.json", 50, passed: false), Self.graded("in/d.json", 20, passed: false)]
        let human = HumanGrades(rows: [
            .init(file: "in/a.json", assessor: "ann", total: 85, passed: true, line: 2),
            .init(file: "./in/a.json", assessor: "bob", total: 95, passed: true, line: 3),
            .init(file: "b.json", assessor: "ann", total: 60, line: 4),
            .init(file: "/elsewhere/c.json", assessor: "ann", total: 65, passed: true, line: 5),
            .init(file: "in/d.json", assessor: "ann", total: 20, passed: false, line: 6),
            .init(file: "in/d.json", assessor: "bob", total: 35, passed: false, line: 7),
            .init(file: "e.json", assessor: "ann", total: 50, line: 8),
        ])
        let calibration = Calibration(graded: graded, human: human, passMark: 60)
        let grader = calibration.graderVersusHuman
        #expect(grader.pairs == 6)
        #expect(Self.close(grader.spearman, 0.91215))
        #expect(Self.close(grader.kappa, 2.0 / 3))
        #expect(Self.close(grader.passAgreement, 5.0 / 6))
        #expect(Self.close(grader.meanAbsoluteDifference, 50.0 / 6))
        #expect(Self.close(grader.weightedKappa["total"]?.kappa, 18.0 / 19))
        #expect(grader.weightedKappa["listen"] == Calibration.BandKappa(kappa: nil, pairs: 0), "no step scores given")
        let humans = calibration.humanVersusHuman
        #expect(humans?.pairs == 2)
        #expect(Self.close(humans?.spearman, 1) && Self.close(humans?.kappa, 1) && Self.close(humans?.meanAbsoluteDifference, 12.5))
        #expect(calibration.matchedFiles == 4)
        #expect(calibration.unmatched.map(\.row.line) == [8])
        #expect(calibration.ungraded.isEmpty)
        // Largest first by |grader − assessors' mean|: c 15 lower, b 10 higher, d 7.5 lower, a the same.
        #expect(calibration.disagreements.map(\.file) == ["in/c.json", "in/b.json", "in/d.json", "in/a.json"])
        #expect(calibration.disagreements.first?.difference == -15)
    }

    @Test func aFileNameSharedByTwoGradedFilesIsNotGuessed() {
        let graded = [Self.graded("x/a.json", 50, passed: false), Self.graded("y/a.json", 70, passed: true)]
        let calibration = Calibration(graded: graded, human: HumanGrades(rows: [.init(file: "a.json", total: 60, line: 2)]), passMark: 60)
        #expect(calibration.matchedFiles == 0)
        #expect(calibration.unmatched.first?.reason.contains("2 graded files are named a.json") == true)
    }
}
