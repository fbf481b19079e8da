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

    /// Runs `program` with `arguments` (output discarded), returning wall seconds, the exit status
    /// and the child's peak RSS from `wait4`. Spawned with posix_spawn: Foundation's Process adds
    /// tens of milliseconds of its own on Linux, which would swamp a start-up measurement.
    static func runProcess(_ program: String, _ arguments: [String], stdin: Data? = nil)
        -> (seconds: Double, status: Int32, peakMB: Double) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var input: [Int32] = [0, 0]
        if stdin != nil, pipe(&input) == 0 {
            posix_spawn_file_actions_adddup2(&actions, input[0], 0)
            posix_spawn_file_actions_addclose(&actions, input[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, program, &actions, nil, argv, environ) == 0 else { return (0, -1, 0) }
        if let stdin {
            close(input[0])
            stdin.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = write(input[1], buffer.baseAddress! + offset, buffer.count - offset)
                    if written <= 0 { break }
                    offset += written
                }
            }
            close(input[1])
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return (seconds, exitStatus, Double(usage.ru_maxrss) / 1024)
    }

    /// `runProcess`, with the peak RSS read through /usr/bin/time when it is installed: a child
    /// spawned straight from the benchmark starts its ru_maxrss at the benchmark's own size.
    static func runMeasuringMemory(_ program: String, _ arguments: [String]) -> (seconds: Double, status: Int32, peakMB: Double) {
        let timeTool = "/usr/bin/time"
        guard FileManager.default.isExecutableFile(atPath: timeTool) else { return runProcess(program, arguments) }
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("deescalate-bench-time-\(getpid()).txt")
        defer { try? FileManager.default.removeItem(at: report) }
        let run = runProcess(timeTool, ["-f", "%M", "-o", report.path, program] + arguments)
        let kilobytes = (try? String(contentsOf: report, encoding: .utf8))?
            .split(separator: "\n").last.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        return (run.seconds, run.status, kilobytes.map { $0 / 1024 } ?? run.peakMB)
    }
}
