/// `grade --format jsonl|json`: one object per transcript.
public enum GradeJSONLines {
    /// The row as a JSON object: `file`, `total`, `steps` {listen, apologize, solve, thank}, `passed`,
    /// `failedBecause` (when failed outright), `storedGradeDiffers` and `storedTotal` (when they differ),
    /// `findings` (rule, step, turn, words, points, message), `feedback`, `scorer`, `rubric`.
    public static func object(_ row: GradeRow) -> JSONValue {
        let grade = row.grade
        return .object([
            "file": .string(row.source),
            "total": .int(grade.total),
            "steps": .object(Step.allCases.map { ($0.rawValue, JSONValue.int(grade.score($0))) }),
            "passed": .bool(grade.passed),
            "failedBecause": grade.failedBecause.map(JSONValue.string),
            "storedGradeDiffers": row.storedGradeDiffers ? .bool(true) : nil,
            "storedTotal": row.storedGradeDiffers ? row.storedTotal.map(JSONValue.int) : nil,
            "findings": .array(grade.findings.map { $0.jsonValue() }),
            "feedback": .array(grade.feedback.map { item in
                .object([("step", item.step.map { .string($0.rawValue) } ?? .null), ("turn", .int(item.turn)), ("message", .string(item.message))])
            }),
            "scorer": .string(grade.scorer),
            "rubric": .string(grade.rubric),
        ])
    }

    /// The row as one line of JSON Lines (with its newline): the same text as
    /// `object(row).serialized()`, written straight into bytes because batches of thousands are rendered.
    public static func line(_ row: GradeRow) -> String {
        var writer = JSONBytes()
        write(row, to: &writer)
        writer.raw("\n")
        return writer.string
    }

    /// The row as compact JSON without a newline (an element of `--format json`).
    public static func compact(_ row: GradeRow) -> String {
        var writer = JSONBytes()
        write(row, to: &writer)
        return writer.string
    }

    private static func write(_ row: GradeRow, to out: inout JSONBytes) {
        let grade = row.grade
        out.raw("{\"file\":"); out.string(row.source)
        out.raw(",\"total\":"); out.int(grade.total)
        out.raw(",\"steps\":{\"listen\":"); out.int(grade.score(.listen))
        out.raw(",\"apologize\":"); out.int(grade.score(.apologize))
        out.raw(",\"solve\":"); out.int(grade.score(.solve))
        out.raw(",\"thank\":"); out.int(grade.score(.thank))
        out.raw("},\"passed\":"); out.raw(grade.passed ? "true" : "false")
        if let failed = grade.failedBecause { out.raw(",\"failedBecause\":"); out.string(failed) }
        if row.storedGradeDiffers {
            out.raw(",\"storedGradeDiffers\":true")
            if let stored = row.storedTotal { out.raw(",\"storedTotal\":"); out.int(stored) }
        }
        out.raw(",\"findings\":[")
        for (index, finding) in grade.findings.enumerated() {
            out.raw(index == 0 ? "{\"rule\":" : ",{\"rule\":"); out.string(finding.rule)
            if let step = finding.step { out.raw(",\"step\":"); out.string(step.rawValue) }
            out.raw(",\"turn\":"); out.int(finding.turn)
            out.raw(",\"words\":"); out.string(finding.words)
            out.raw(",\"points\":"); out.int(finding.points)
            out.raw(",\"message\":"); out.string(finding.message)
            out.raw("}")
        }
        out.raw("],\"feedback\":[")
        for (index, item) in grade.feedback.enumerated() {
            out.raw(index == 0 ? "{\"step\":" : ",{\"step\":")
            if let step = item.step { out.string(step.rawValue) } else { out.raw("null") }
            out.raw(",\"turn\":"); out.int(item.turn)
            out.raw(",\"message\":"); out.string(item.message)
            out.raw("}")
        }
        out.raw("],\"scorer\":"); out.string(grade.scorer)
        out.raw(",\"rubric\":"); out.string(grade.rubric)
        out.raw("}")
    }
}

/// A compact JSON writer over UTF-8 bytes, escaping exactly as `JSONValue` does.
struct JSONBytes {
    private(set) var bytes: [UInt8] = []

    /// Room for a typical graded row (about 2 KB with findings and feedback) without regrowing.
    init() { bytes.reserveCapacity(4096) }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func int(_ value: Int) {
        if value >= 0, value < 10 { bytes.append(0x30 + UInt8(value)); return }
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func string(_ text: String) {
        bytes.append(0x22)
        var text = text
        text.withUTF8 { utf8 in
            // Copy runs of bytes that need no escape in one go; escape the rest one by one.
            var index = 0, runStart = 0
            let count = utf8.count
            while index < count {
                let byte = utf8[index]
                let escape: Bool
                switch byte {
                case 0x22, 0x5C, 0x00..<0x20, 0x7F: escape = true
                case 0xE2: escape = index + 2 < count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9)
                default: escape = false
                }
                guard escape else { index += 1; continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                switch byte {
                case 0x22: bytes.append(0x5C); bytes.append(0x22)
                case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
                case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
                case 0x0D: bytes.append(0x5C); bytes.append(0x72)
                case 0x09: bytes.append(0x5C); bytes.append(0x74)
                case 0xE2: unicodeEscape(utf8[index + 2] == 0xA8 ? 0x2028 : 0x2029); index += 2
                default: unicodeEscape(UInt32(byte))
                }
                index += 1
                runStart = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<count]))
        }
        bytes.append(0x22)
    }

    private mutating func unicodeEscape(_ value: UInt32) {
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        bytes.append(0x5C); bytes.append(0x75)
        for shift in stride(from: 12, through: 0, by: -4) { bytes.append(hex[Int((value >> UInt32(shift)) & 0xF)]) }
    }
}
