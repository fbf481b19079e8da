import DeescalateKit
#if canImport(Glibc)
import Glibc
#endif

/// The process's standard streams, whether they are terminals, and whether to use colour. The one
/// place the executable writes output.
final class Console {
    /// Whether ANSI colour is used on standard output.
    var colorEnabled: Bool
    /// Whether standard input is a terminal (interactive use).
    let inputIsTerminal: Bool
    /// Whether standard output is a terminal.
    let outputIsTerminal: Bool
    /// Whether standard error is a terminal.
    let errorIsTerminal: Bool
    private let environment: [String: String]

    /// Whether standard output is written at all (false when stdout is reserved for JSON).
    private let writesOutput: Bool

    init(environment: [String: String]) {
        self.environment = environment
        inputIsTerminal = isatty(STDIN_FILENO) == 1
        outputIsTerminal = isatty(STDOUT_FILENO) == 1
        errorIsTerminal = isatty(STDERR_FILENO) == 1
        writesOutput = true
        colorEnabled = false
        colorEnabled = resolveColor("auto")
    }

    private init(silentCopyOf other: Console) {
        environment = other.environment
        inputIsTerminal = other.inputIsTerminal
        outputIsTerminal = other.outputIsTerminal
        errorIsTerminal = other.errorIsTerminal
        colorEnabled = false
        writesOutput = false
    }

    /// A console that drops standard output but keeps errors, for runs whose stdout is data (JSON).
    static func silent(like other: Console) -> Console { Console(silentCopyOf: other) }

    /// Colour for `--color auto|always|never`: auto means a terminal, TERM not "dumb", and no `NO_COLOR`.
    func resolveColor(_ mode: String) -> Bool {
        switch mode {
        case "always": return true
        case "never": return false
        default:
            let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
            return outputIsTerminal && !noColor && environment["TERM"] != "dumb"
        }
    }

    /// Writes `text` to standard output as is.
    func write(_ text: String) {
        guard writesOutput else { return }
        Self.writeAll(text, to: STDOUT_FILENO)
    }

    /// Writes a line to standard output.
    func line(_ text: String = "") { write(text + "\n") }

    /// Writes a line of plain text that may quote input (a path, an id, a test name) to standard
    /// output, with control and bidi characters made visible (`SafeText`); line breaks are kept for
    /// messages with a hint line. Styled text goes through `line`, its pieces sanitised by the caller.
    func message(_ text: String) { line(SafeText.sanitized(text, keepNewlines: true)) }

    /// Writes a line to standard error. Every error and note quotes something (a file name found in a
    /// folder, a key, a value), so all of it is made visible with `SafeText`; line breaks are kept for
    /// hint lines, a carriage return is shown as ␍ rather than overwriting the line.
    func error(_ text: String) { Self.writeAll(SafeText.sanitized(text, keepNewlines: true) + "\n", to: STDERR_FILENO) }

    /// Rewrites the current standard-error line with `text` (a progress display; only on a terminal).
    func status(_ text: String) {
        guard errorIsTerminal else { return }
        Self.writeAll("\r\u{1B}[2K" + text, to: STDERR_FILENO)
    }

    /// `text` in `style` when colour is on.
    func styled(_ text: String, _ style: Style) -> String {
        colorEnabled ? style.apply(to: text) : text
    }

    private static func writeAll(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 { if errno == EINTR { continue }; return }
                offset += written
            }
        }
    }
}

/// ANSI styles used by the terminal renderers.
enum Style {
    case bold, dim, red, yellow, green, cyan, magenta, boldRed, boldGreen, boldYellow

    var code: String {
        switch self {
        case .bold: "1"
        case .dim: "2"
        case .red: "31"
        case .yellow: "33"
        case .green: "32"
        case .cyan: "36"
        case .magenta: "35"
        case .boldRed: "1;31"
        case .boldGreen: "1;32"
        case .boldYellow: "1;33"
        }
    }

    func apply(to text: String) -> String { "\u{1B}[\(code)m\(text)\u{1B}[0m" }
}
