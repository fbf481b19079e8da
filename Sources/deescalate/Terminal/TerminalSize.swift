#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The size of the terminal on a file descriptor.
enum TerminalSize {
    /// Width used when there is no terminal to ask (piped output, CI): wide
    /// enough for prose, narrow enough for any window.
    static let defaultColumns = 80

    /// Columns and rows via `TIOCGWINSZ`; `nil` if `fd` is not a terminal or
    /// reports a zero width.
    static func of(fd: Int32) -> LineRenderer.Size? {
        var size = winsize()
        guard ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return LineRenderer.Size(columns: Int(size.ws_col), rows: Int(size.ws_row))
    }

    /// The width to lay text out for on `fd`: the terminal's, else `defaultColumns`.
    static func columns(fd: Int32) -> Int {
        of(fd: fd)?.columns ?? defaultColumns
    }
}
