import Foundation

/// One benchmark: a name, and a run that returns result lines (figures with units and targets).
protocol Benchmark {
    var name: String { get }
    func run() -> [String]
}

/// Timing helpers shared by the benchmarks.
enum Measure {
    /// Seconds taken by `work`.
    static func seconds(_ work: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        work()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// The `p`-th percentile (0–100) of `samples`.
    static func percentile(_ samples: [Double], _ p: Double) -> Double {
        guard !samples.isEmpty else { return 0 }
        let sorted = samples.sorted()
        let rank = min(sorted.count - 1, Int((p / 100 * Double(sorted.count - 1)).rounded(.up)))
        return sorted[rank]
    }

    /// The package root (this file is Benchmarks/deescalate-bench/Benchmark.swift).
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The built `deescalate` binary beside this benchmark's own executable.
    static var binary: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("deescalate")
    }

    /// Peak resident memory of this process so far, in megabytes (from /proc).
    static func peakMemoryMB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
        return kilobytes / 1024
    }

    /// Runs `binary` with `arguments`, returning wall seconds and the exit status.
    static func runProcess(_ binary: URL, _ arguments: [String], stdin: Data? = nil) -> (seconds: Double, status: Int32) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let pipe = Pipe()
        if stdin != nil { process.standardInput = pipe }
        let start = DispatchTime.now().uptimeNanoseconds
        do { try process.run() } catch { return (0, -1) }
        if let stdin { pipe.fileHandleForWriting.write(stdin); try? pipe.fileHandleForWriting.close() }
        process.waitUntilExit()
        return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, process.terminationStatus)
    }
}
