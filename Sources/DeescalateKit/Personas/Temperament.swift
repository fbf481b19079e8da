/// How a customer's frustration starts, calms and boils over. Levels run from 0 (calm) to 100.
public struct Temperament: Sendable, Equatable {
    /// Frustration at the first line.
    public var startingFrustration: Int
    /// At or below this level the customer counts as calm; calm plus an accepted offer resolves.
    public var calmAt: Int
    /// At or above this level the customer escalates: demands a manager or walks out.
    public var escalateAt: Int
    /// How many turns of being listened to the customer needs before a solution can land.
    public var ventingNeeded: Int
    /// How many turns without progress the customer tolerates; each costs more frustration.
    public var patience: Int
    /// Whether the customer is abusive until the trainee sets a calm boundary.
    public var needsBoundary: Bool

    /// Creates a temperament.
    public init(startingFrustration: Int, calmAt: Int, escalateAt: Int, ventingNeeded: Int, patience: Int,
                needsBoundary: Bool = false) {
        self.startingFrustration = startingFrustration
        self.calmAt = calmAt
        self.escalateAt = escalateAt
        self.ventingNeeded = ventingNeeded
        self.patience = patience
        self.needsBoundary = needsBoundary
    }

    /// The mood a frustration level reads as for this customer.
    public func mood(at frustration: Int) -> Mood {
        // Levels are 0–100 in any persona read from a file (`PersonaRanges`); one built in code may hold
        // anything, so the thresholds are held to a range where their differences cannot overflow.
        let calmAt = Self.bounded(calmAt), escalateAt = Self.bounded(escalateAt)
        if frustration <= calmAt { return .calm }
        if frustration >= escalateAt - (escalateAt - calmAt) / 4 { return .furious }
        if frustration >= calmAt + (escalateAt - calmAt) / 2 { return .angry }
        return .irritated
    }

    private static func bounded(_ level: Int) -> Int { min(1 << 40, max(-(1 << 40), level)) }
}

/// How a customer feels, from their frustration relative to their own thresholds.
public enum Mood: String, Sendable, CaseIterable, Codable, Comparable {
    case calm, irritated, angry, furious

    public static func < (lhs: Mood, rhs: Mood) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
