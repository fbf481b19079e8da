/// A CSV file read per RFC 4180: records separated by CRLF or LF, fields by commas, a field in
/// double quotes may hold commas, line breaks and `""` for a quote; a UTF-8 byte order mark is
/// skipped. Every field keeps where it started (line and column, 1-based), so a bad value can be
/// reported in place. Problems — an unclosed quote, a quote inside an unquoted field, text after a
/// closing quote, bytes that are not UTF-8 — are thrown located.
public struct CSVTable: Sendable {
    /// One field and where it starts.
    public struct Field: Sendable, Equatable {
        /// The value, unquoted.
        public var value: String
        /// Its 1-based line.
        public var line: Int
        /// Its 1-based column (in characters, counting the opening quote of a quoted field).
        public var column: Int
    }

    /// One record: its fields and the line it starts on.
    public struct Record: Sendable, Equatable {
        /// The fields, in order.
        public var fields: [Field]
        /// The record's first line.
        public var line: Int
    }

    /// The records, blank lines left out (an empty line is no record).
    public let records: [Record]

    /// The most bytes read: far more than any table of grades, low enough that a wrong file (an
    /// archive passed by mistake) is refused quickly.
    public static let maximumBytes = 64 << 20

    /// Parses `bytes`; `file` names them in errors.
    public init(parsing bytes: [UInt8], file: String) throws(CSVError) {
        guard bytes.count <= Self.maximumBytes else {
            throw CSVError(file: file, line: 1, column: 1, message: "the file is \(bytes.count) bytes; at most \(Self.maximumBytes) are read")
        }
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        guard let text = String(validating: bytes[start...], as: UTF8.self) else {
            let (line, column) = Self.position(ofInvalidUTF8In: bytes, from: start)
            throw CSVError(file: file, line: line, column: column, message: "not UTF-8 text (save the file as UTF-8 CSV)")
        }
        records = try Self.parse(Array(text.unicodeScalars), file: file)
    }

    // MARK: Parsing

    private static func parse(_ scalars: [Unicode.Scalar], file: String) throws(CSVError) -> [Record] {
        var records: [Record] = []
        var fields: [Field] = []
        var recordLine = 1
        var line = 1, column = 1
        var index = 0
        let quote: Unicode.Scalar = "\"", comma: Unicode.Scalar = ",", cr: Unicode.Scalar = "\r", lf: Unicode.Scalar = "\n"

        func endRecord() {
            // A record holding one empty field is a blank line: no record.
            if !(fields.count == 1 && fields[0].value.isEmpty) { records.append(Record(fields: fields, line: recordLine)) }
            fields = []
        }

        while index <= scalars.count {
            let fieldLine = line, fieldColumn = column
            var value = String.UnicodeScalarView()
            if index < scalars.count, scalars[index] == quote {
                index += 1; column += 1
                var closed = false
                while index < scalars.count {
                    let scalar = scalars[index]
                    if scalar == quote {
                        if index + 1 < scalars.count, scalars[index + 1] == quote {
                            value.append(quote); index += 2; column += 2
                            continue
                        }
                        index += 1; column += 1
                        closed = true
                        break
                    }
                    value.append(scalar)
                    index += 1
                    if scalar == lf { line += 1; column = 1 } else if scalar == cr, index < scalars.count, scalars[index] == lf {
                        value.append(lf); index += 1; line += 1; column = 1
                    } else if scalar == cr { line += 1; column = 1 } else { column += 1 }
                }
                guard closed else {
                    throw CSVError(file: file, line: fieldLine, column: fieldColumn, message: "a quoted field is never closed (a \" is missing)")
                }
                if index < scalars.count, scalars[index] != comma, scalars[index] != cr, scalars[index] != lf {
                    throw CSVError(file: file, line: line, column: column,
                                   message: "text after the closing quote of a field (write \"\" for a quote inside a quoted field)")
                }
            } else {
                while index < scalars.count, scalars[index] != comma, scalars[index] != cr, scalars[index] != lf {
                    if scalars[index] == quote {
                        throw CSVError(file: file, line: line, column: column,
                                       message: "a quote inside an unquoted field (quote the whole field and write \"\" for the quote)")
                    }
                    value.append(scalars[index])
                    index += 1; column += 1
                }
            }
            fields.append(Field(value: String(value), line: fieldLine, column: fieldColumn))
            guard index < scalars.count else {
                endRecord()
                break
            }
            let separator = scalars[index]
            index += 1
            if separator == comma {
                column += 1
                continue
            }
            if separator == cr, index < scalars.count, scalars[index] == lf { index += 1 }
            line += 1; column = 1
            endRecord()
            recordLine = line
            if index == scalars.count { break } // the final line break ends the file
        }
        return records
    }

    /// Where the first byte that breaks UTF-8 is, as a line and a column in characters before it.
    private static func position(ofInvalidUTF8In bytes: [UInt8], from start: Int) -> (Int, Int) {
        var iterator = bytes[start...].makeIterator()
        var decoder = UTF8()
        var line = 1, column = 1
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }
}

/// A CSV file that cannot be read, located at its line and column.
public struct CSVError: Error, Sendable, Equatable {
    /// The file.
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column.
    public var column: Int
    /// What is wrong.
    public var message: String

    /// Creates an error.
    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `FILE:LINE:COLUMN: error: message`, made visible.
    public var formatted: String {
        "\(SafeText.sanitized(file)):\(line):\(column): error: \(SafeText.sanitized(message))"
    }
}
