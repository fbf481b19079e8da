import Foundation

/// `deescalate --version` wall time, start-up included. Target: under 20 ms.
struct VersionBenchmark: Benchmark {
    let name = "version"

    func run() -> [String] {
        var samples: [Double] = []
        for _ in 0..<30 {
            let result = Measure.runProcess(Measure.binary.path, ["--version"])
            if result.status != 0 { return ["deescalate --version failed with status \(result.status)"] }
            samples.append(result.seconds)
        }
        return [String(format: "deescalate --version: median %.1f ms, p90 %.1f ms (target < 20 ms)",
                       Measure.percentile(samples, 50) * 1e3, Measure.percentile(samples, 90) * 1e3)]
    }
}
