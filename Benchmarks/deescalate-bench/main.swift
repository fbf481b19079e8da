import Foundation

// Benchmarks for the speed targets in the issues. Run in release:
//   swift run -c release deescalate-bench [NAME...] [DIR...]
// Each benchmark is one file with one type; add new ones to this list. Arguments that are folders
// are for `real` (real conversations to grade; by default ../shared/corpora).
let arguments = Array(CommandLine.arguments.dropFirst())
func isFolder(_ path: String) -> Bool {
    var directory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
}
let benchmarks: [any Benchmark] = [
    AnalyzerBenchmark(), EngineBenchmark(), VersionBenchmark(), GradeBenchmark(), CohortReportBenchmark(), CheckBenchmark(),
    JSONOutputBenchmark(), RealCorpusBenchmark(folders: arguments.filter(isFolder)),
]

let requested = Set(arguments.filter { !isFolder($0) })
for benchmark in benchmarks where requested.isEmpty || requested.contains(benchmark.name) {
    print("== \(benchmark.name)")
    for line in benchmark.run() { print("  \(line)") }
}
