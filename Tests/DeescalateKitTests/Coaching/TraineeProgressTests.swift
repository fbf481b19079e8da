import Testing
@testable import DeescalateKit

/// A trainee's progress: sessions in time order, the least-squares trend, the weakest step, sparklines.
@Suite struct TraineeProgressTests {
    static func session(_ day: Int, total: Int, steps: [Int], persona: String = "late-parcel", outcome: Outcome = .resolved,
                        difficulty: Persona.Difficulty? = .easy) -> TraineeProgress.Session {
        let scores = Dictionary(uniqueKeysWithValues: zip(Step.allCases, steps))
        let transcript = Transcript(source: .simulator, persona: PersonaReference(id: persona, version: 1, name: persona, calmAt: 30, escalateAt: 90),
                                    trainee: "Alex", startedAt: "2026-11-\(day < 10 ? "0" : "")\(day)T10:00:00Z", outcome: outcome, turns: [])
        return .init(file: "t\(day).json", transcript: transcript,
                     grade: Grade(scorer: "s", rubric: "r", total: total, passed: total >= 60, steps: scores, findings: [], feedback: []),
                     difficulty: difficulty)
    }

    @Test func slopeByHand() {
        // x̄ = 1.5, ȳ = 55; dx = −1.5 −.5 .5 1.5, dy = −5 −15 5 15; Σdxdy = 40, Σdx² = 5 → 8.
        #expect(TraineeProgress.slope([50, 40, 60, 70]) == 8)
        #expect(TraineeProgress.slope([10, 20, 30]) == 10)
        #expect(TraineeProgress.slope([70, 70]) == 0)
        #expect(TraineeProgress.slope([70]) == nil)
    }

    @Test func sparklineBands() {
        #expect(TraineeProgress.sparkline([0, 12, 13, 50, 51, 88, 89, 100]) == "▁▁▂▄▅▇██")
        #expect(TraineeProgress.sparkline([-5, 500]) == "▁█", "out-of-range scores are held to 0–100")
    }

    @Test func sessionsAreOrderedAndTheWindowDecidesTrendAndWeakestStep() {
        // Given out of order; the last two sessions (window 2) have Thank lowest, all four Solve.
        let sessions = [
            Self.session(3, total: 70, steps: [70, 80, 10, 30]),
            Self.session(1, total: 20, steps: [20, 20, 0, 90], outcome: .escalated),
            Self.session(4, total: 80, steps: [80, 90, 70, 40], persona: "broken-blender", difficulty: .medium),
            Self.session(2, total: 40, steps: [40, 50, 0, 90], outcome: .abandoned),
        ]
        let progress = TraineeProgress(trainee: "Alex", sessions: sessions, window: 2)
        #expect(progress.sessions.map(\.file) == ["t1.json", "t2.json", "t3.json", "t4.json"])
        #expect(progress[.total].scores == [20, 40, 70, 80])
        #expect(progress[.total].trend == 10, "over the last two: 70 → 80")
        #expect(progress[.total].first == 20 && progress[.total].latest == 80 && progress[.total].best == 80)
        #expect(progress[.total].mean == 52.5)
        #expect(progress.weakestStep == .thank, "over the last two sessions: Thank 35, Solve 40")
        #expect(TraineeProgress(trainee: "Alex", sessions: sessions, window: 10).weakestStep == .solve)
        let personas = progress.personaOutcomes
        #expect(personas.map(\.id) == ["late-parcel", "broken-blender"])
        #expect(personas[0].sessions == 3 && personas[0].outcomes[.resolved] == 1 && personas[0].passed == 1)
        #expect(progress.difficultyOutcomes.map(\.sessions) == [3, 1])
    }

    @Test func theTextTableHasASparklinePerStepTheWeakestStepAndTheTrend() {
        let sessions = (1...5).map { Self.session($0, total: 20 * $0 - 10, steps: [20 * $0, 10 * $0, 15 * $0, 5 * $0]) }
        let text = ProgressText(TraineeProgress(trainee: "Alex", sessions: sessions), folder: "Transcripts").lines().map(\.text)
        #expect(text[0] == "Progress of Alex — 5 sessions, 2026-11-01 to 2026-11-05 (Transcripts)")
        #expect(text.contains { $0.hasPrefix("  Listen") && $0.hasSuffix("▂▄▅▇█") })
        #expect(text.contains { $0.hasPrefix("  Total") && $0.contains("+20.0 points/session") })
        #expect(text.contains("Weakest step: Thank (mean 15.0 over the last 5 sessions)"))
        #expect(text.contains("Trend: total +20.0 points/session over the last 5 sessions — improving"))
        #expect(!text.joined().contains("\u{1B}"), "plain text: the terminal adds colour")
    }
}
