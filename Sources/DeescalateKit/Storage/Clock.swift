import Foundation

/// Where times come from, injected so sessions can be reproduced byte for byte.
public struct SessionClock: Sendable {
    private let now: @Sendable () -> Date

    /// A clock reading `now`.
    public init(now: @escaping @Sendable () -> Date) {
        self.now = now
    }

    /// The system clock, unless `SOURCE_DATE_EPOCH` (seconds since 1970) pins it, as reproducible
    /// builds do.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> SessionClock {
        if let text = environment["SOURCE_DATE_EPOCH"], let seconds = Double(text.trimmingWhitespace()) {
            let fixed = Date(timeIntervalSince1970: seconds)
            return SessionClock { fixed }
        }
        return SessionClock { Date() }
    }

    /// The current time as ISO 8601 in UTC, to the second: `2026-11-22T15:30:12Z`.
    public func timestamp() -> String { Self.iso8601(now()) }

    /// `date` as ISO 8601 in UTC, to the second.
    public static func iso8601(_ date: Date) -> String {
        var time = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&time, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }
}
