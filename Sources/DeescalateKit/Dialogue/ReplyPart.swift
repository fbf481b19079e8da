/// One piece of what the customer answers to a turn, before it is worded from the persona's lines.
enum ReplyPart: Equatable {
    case situation(Situation)
    case trigger(Trigger)
    case resolution(Resolution)
    case fact(Fact)

    /// Lower comes first when several parts compete to lead the reply.
    var priority: Int {
        switch self {
        case .trigger: 0
        case .situation(.harmed): 1
        case .situation(.abusive): 2
        case .situation(.boundaryRespected): 3
        case .situation(.solutionTooEarly): 4
        case .resolution: 5
        case .situation(.vagueSolution): 6
        case .situation(.apologyBrushedOff), .situation(.apologyAccepted): 7
        case .fact: 8
        case .situation(.heard): 9
        case .situation(.thanked): 10
        case .situation(.repeated): 11
        case .situation(.unclear): 12
        case .situation(.noProgress): 13
        case .situation: 14
        }
    }
}
