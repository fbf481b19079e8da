import DeescalateKit
import Foundation
struct CheckProbe: Benchmark {
    let name = "probe"
    func run() -> [String] {
        let folder = URL(fileURLWithPath: ProcessInfo.processInfo.environment["DEESCALATE_PERSONAS"]!)
        let contents = try! PersonaFolder(url: folder).load()
        var out: [String] = []
        for entry in contents.personas.prefix(2) {
            for d in [3, 4, 5] {
                var r: PersonaCheckReport?
                let s = Measure.seconds { r = PersonaChecker(persona: entry.persona, depth: d).check() }
                out.append("\(entry.persona.id) d\(d) states \(r!.statesExplored) \(Int(s*1000))ms moves \(r!.moves.count)")
            }
        }
        return out
    }
}
