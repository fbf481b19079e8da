import Dispatch

/// Two pieces of work run at once, on two threads, each result kept apart from the other's until
/// both are done: how the analyzer's tables are loaded (a digest beside the decoding) and, when they
/// must be built, compiled (two halves of the rules, then the index beside the program).
enum BothAtOnce {
    /// `first()` and `second()` run at once; their results once both have ended.
    static func run<A, B>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        let a = UnsafeMutablePointer<A?>.allocate(capacity: 1)
        let b = UnsafeMutablePointer<B?>.allocate(capacity: 1)
        a.initialize(to: nil)
        b.initialize(to: nil)
        defer {
            a.deinitialize(count: 1).deallocate()
            b.deinitialize(count: 1).deallocate()
        }
        // Each thread writes only its own result; both are read after `concurrentPerform` returns.
        nonisolated(unsafe) let (aOut, bOut) = (a, b)
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 { aOut.pointee = first() } else { bOut.pointee = second() }
        }
        return (a.pointee!, b.pointee!)
    }
}
