import Testing
@testable import DeescalateKit

/// The order finding's words are worked out once for every sequence of steps; they must be the
/// words for that sequence.
struct OrderRuleMessageTests {
    @Test func everySequenceOfTwoToFourStepsHasItsWords() {
        // 4·3 + 4·3·2 + 4·3·2·1 sequences of distinct steps.
        #expect(OrderRule.messages.count == 60)
        #expect(OrderRule.messages[OrderRule.key([.listen, .apologize])]
                == "steps in order (Listen → Apologize), but no Solve, Thank: the full LAST sequence earns the order points")
        #expect(OrderRule.messages[OrderRule.key([.listen, .apologize, .solve, .thank])] == "steps in LAST order (Listen → Apologize → Solve → Thank)")
        #expect(OrderRule.messages[OrderRule.key([.solve, .listen, .thank])] == "steps out of LAST order (Solve → Listen → Thank)")
        #expect(OrderRule.messages[OrderRule.key([.apologize, .thank])]
                == "steps in order (Apologize → Thank), but no Listen, Solve: the full LAST sequence earns the order points")
        #expect(Set(OrderRule.messages.keys).count == 60)
    }
}
