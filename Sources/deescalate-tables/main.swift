// Regenerates the analyzer's table image (see `TableImage` in DeescalateKit) after a change to the
// word lists, the rule book or the code that builds the tables:
//
//     swift run deescalate-tables            (from the package root)
//     swift run deescalate-tables --check    (exit 1 when the file is not the one the sources build)
//
// Until it is run after such a change, the analyzer builds its tables at start-up as before (the
// image's digest no longer matches), and the test that rebuilds the image fails.
@_spi(TableImage) import DeescalateKit
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
let check = arguments == ["--check"]
guard arguments.isEmpty || check else {
    FileHandle.standardError.write(Data("usage: deescalate-tables [--check]   (run from the package root)\n".utf8))
    exit(64)
}
let path = TableImageGenerator.dataFile
guard let current = FileManager.default.contents(atPath: path) else {
    FileHandle.standardError.write(Data("deescalate-tables: \(path) not found: run this from the package root\n".utf8))
    exit(1)
}
let generated = Data(TableImageGenerator.swiftSource().utf8)
if generated == current {
    print("\(path) is current")
    exit(0)
}
if check {
    FileHandle.standardError.write(Data("deescalate-tables: \(path) is not the image the sources build: run `swift run deescalate-tables`\n".utf8))
    exit(1)
}
do {
    try generated.write(to: URL(fileURLWithPath: path), options: .atomic)
    print("wrote \(path) (\(generated.count) bytes): rebuild to use it")
} catch {
    FileHandle.standardError.write(Data("deescalate-tables: cannot write \(path): \(error.localizedDescription)\n".utf8))
    exit(1)
}
