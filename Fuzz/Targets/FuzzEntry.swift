import Foundation

// libFuzzer's entry points. One binary holds every target; FUZZ_TARGET picks the one to run, so the
// DeescalateKit sources are compiled with coverage once (Fuzz/run builds it, see README.md).

/// The targets, by the name `Fuzz/run TARGET` takes.
let fuzzTargets: [String: @Sendable ([UInt8]) -> Void] = [
    "analyzer": AnalyzerTarget.run,
    "chatlog": ChatLogTarget.run,
    "transcript": TranscriptTarget.run,
    "jsonl": JSONLinesTarget.run,
    "persona": PersonaTarget.run,
    "persona-tests": PersonaTestsTarget.run,
    "rubric": RubricTarget.run,
    "script": ScriptTarget.run,
    "engine": EngineTarget.run,
    "table-image": TableImageTarget.run,
]

nonisolated(unsafe) var selectedTarget: (([UInt8]) -> Void)?

@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>) -> Int32 {
    let name = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? ""
    guard let target = fuzzTargets[name] else {
        FileHandle.standardError.write(Data("FUZZ_TARGET must be one of: \(fuzzTargets.keys.sorted().joined(separator: ", "))\n".utf8))
        exit(2)
    }
    selectedTarget = target
    FuzzFixtures.load()
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    selectedTarget?(bytes)
    return 0
}

/// An invariant of the code under test; a violation is a crash libFuzzer records with its input.
func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("invariant violated: \(message())") }
}
