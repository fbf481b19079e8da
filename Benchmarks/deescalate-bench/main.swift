import Foundation

// Benchmarks for the speed targets in the issues. Run in release:
//   swift run -c release deescalate-bench [NAME...]
// Each benchmark is one file with one type; add new ones to this list.
let benchmarks: [any Benchmark] = [
    AnalyzerBenchmark(), EngineBenchmark(), VersionBenchmark(), GradeBenchmark(), CohortReportBenchmark(), CheckBenchmark(),
    JSONOutputBenchmark(),
]

let requested = Set(CommandLine.arguments.dropFirst())
for benchmark in benchmarks where requested.isEmpty || requested.contains(benchmark.name) {
    print("== \(benchmark.name)")
    for line in benchmark.run() { print("  \(line)") }
}
