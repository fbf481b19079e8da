/// One piece of what the customer answers to a turn, before it is worded from the persona's lines.
enum ReplyPart: Equatable {
    case situation(Situation)
    case trigger(Trigger)
    case resolution(Resolution)
    case fact(Fact)
    /// A fact asked about again: its other wording, or "I told you: …".
    case retold(Fact)
    /// A must-acknowledge fact that was not acknowledged: the fact's `ifIgnored` line.
    case ignored(Fact)
    /// An acceptable offer that does not meet the customer's need: the need's line.
    case need

    /// Lower comes first when several parts compete to lead the reply.
    var priority: Int {
        switch self {
        case .trigger: 0
        case .situation(.harmed): 1
        case .situation(.abusive): 2
        case .situation(.boundaryRespected): 3
        case .ignored: 4
        case .situation(.solutionTooEarly): 5
        case .resolution: 6
        case .need: 7
        case .situation(.vagueSolution): 8
        case .situation(.apologyBrushedOff), .situation(.apologyAccepted): 9
        case .fact, .retold: 10
        case .situation(.heard): 11
        case .situation(.thanked): 12
        case .situation(.repeated): 13
        case .situation(.unclear): 14
        case .situation(.noProgress): 15
        case .situation: 16
        }
    }

    /// Whether a newly told fact may follow this lead: only after a reaction that outranks facts,
    /// and never after a harm.
    var takesAFactAfter: Bool {
        priority < 10 && self != .situation(.harmed) // 10: a fact's own priority
    }
}
