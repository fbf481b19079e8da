/// The shared first steps of reading a hand-written JSON5 data file (a persona, a persona test
/// file): refuse empty and binary files with a clear message, parse with located syntax errors,
/// then decode with a `DocumentReader` and return every diagnostic in file order.
enum DataFileDecoding {
    static func decode<Value>(_ bytes: [UInt8], emptyHint: String,
                              _ decode: (JSONNode, DocumentReader) -> Value?) -> (Value?, [Diagnostic]) {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return (nil, [Diagnostic(.error, "the file is empty", location: SourceLocation(line: 1, column: 1), hint: emptyHint)])
        }
        if let binary = BinaryDetector.reason(bytes, kind: "a JSON text file") {
            return (nil, [Diagnostic(.error, binary.message, location: SourceLocation(line: binary.line, column: 1))])
        }
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes, json5: true)
        } catch {
            return (nil, [Diagnostic(.error, "syntax error: \(error.message)", location: error.location)])
        }
        let reader = DocumentReader(bytes: bytes)
        let value = decode(root, reader)
        let unlocated = SourceLocation(line: 0, column: 0)
        let ordered = reader.diagnostics.sorted { ($0.location ?? unlocated) < ($1.location ?? unlocated) }
        return (reader.hasErrors ? nil : value, ordered)
    }
}
