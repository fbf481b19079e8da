import Testing
@testable import DeescalateKit

/// Steps compare and hash by their place in LAST order, and a move category names its step without
/// going through strings; both must agree with the names the files use.
struct StepIdentityTests {
    @Test(arguments: MoveCategory.allCases)
    func aCategorysStepIsTheStepOfItsName(category: MoveCategory) {
        #expect(category.step == Step(rawValue: category.rawValue))
    }

    @Test func stepsAreEqualExactlyWhenTheyAreTheSameStep() {
        for first in Step.allCases {
            for second in Step.allCases { #expect((first == second) == (first.rawValue == second.rawValue)) }
        }
        var table: [Step: Int] = [:]
        for (position, step) in Step.allCases.enumerated() { table[step] = position }
        #expect(Step.allCases.map { table[$0] } == [0, 1, 2, 3])
        #expect(Set(Step.allCases + Step.allCases).count == 4)
    }
}
