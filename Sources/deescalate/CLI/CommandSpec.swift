import DeescalateKit
/// What a subcommand accepts, from which both parsing and `--help` are generated.
struct CommandSpec {
    /// One `--option VALUE` or `--flag`.
    struct Option {
        /// The long name without dashes, e.g. "persona".
        var name: String
        /// A one-letter short form, if any.
        var short: Character?
        /// The value's placeholder, e.g. "ID"; nil for a flag.
        var value: String?
        /// One line of help.
        var help: String
        /// Whether the option may be given several times.
        var repeatable = false
    }

    /// The subcommand's name, e.g. "practice".
    var name: String
    /// One line saying what it does.
    var abstract: String
    /// The usage line after the command name, e.g. "[--persona ID] [--seed N]".
    var usage: String
    /// Longer help: what it does, examples.
    var discussion: String = ""
    /// Its options.
    var options: [Option] = []
    /// Names for the positional arguments in help, e.g. "PATH...".
    var positionals: String = ""

    /// The full help text.
    var help: String {
        var text = "OVERVIEW: \(abstract)\n\nUSAGE: deescalate \(name) \(usage)\n"
        if !discussion.isEmpty { text += "\n\(discussion)\n" }
        if !options.isEmpty {
            text += "\nOPTIONS:\n"
            let all = options + [Option(name: "help", short: "h", value: nil, help: "Show help for this command.")]
            let labels = all.map { option in
                (option.short.map { "-\($0), " } ?? "    ") + "--\(option.name)" + (option.value.map { " \($0)" } ?? "")
            }
            let width = (labels.map(\.count).max() ?? 0) + 2
            for (label, option) in zip(labels, all) {
                text += "  " + label + String(repeating: " ", count: width - label.count) + option.help + "\n"
            }
        }
        return text
    }
}

/// A mistake in how a command was called: exits 64, with the message and a pointer to help.
struct UsageError: Error {
    var message: String
    var command: String?
}

/// The parsed arguments of one invocation.
struct ParsedArguments {
    /// Option values by long name, in the order given.
    private(set) var values: [String: [String]] = [:]
    /// Flags given.
    private(set) var flags: Set<String> = []
    /// Positional arguments.
    private(set) var positionals: [String] = []

    /// Parses `arguments` against `spec`: `--name value`, `--name=value`, `-x value`, and `--` to end options.
    init(_ arguments: [String], spec: CommandSpec) throws(UsageError) {
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                positionals.append(argument)
                continue
            }
            if argument == "--" { optionsEnded = true; continue }
            var name: String
            var inlineValue: String?
            if argument.hasPrefix("--") {
                name = String(argument.dropFirst(2))
                if let equals = name.firstIndex(of: "=") {
                    inlineValue = String(name[name.index(after: equals)...])
                    name = String(name[..<equals])
                }
            } else {
                guard argument.count == 2, let option = spec.options.first(where: { $0.short == argument.last }) else {
                    if argument == "-h" { flags.insert("help"); continue }
                    throw UsageError(message: "unknown option '\(argument)'", command: spec.name)
                }
                name = option.name
            }
            if name == "help" { flags.insert("help"); continue }
            guard let option = spec.options.first(where: { $0.name == name }) else {
                let suggestion = SpellingSuggestion.closest(to: name, among: spec.options.map(\.name))
                throw UsageError(message: "unknown option '--\(name)'" + (suggestion.map { " (did you mean '--\($0)'?)" } ?? ""),
                                 command: spec.name)
            }
            guard option.value != nil else {
                if inlineValue != nil { throw UsageError(message: "'--\(name)' takes no value", command: spec.name) }
                flags.insert(name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else {
                guard index < arguments.count else {
                    throw UsageError(message: "'--\(name)' needs a value (\(option.value!))", command: spec.name)
                }
                value = arguments[index]
                index += 1
            }
            if !option.repeatable, values[name] != nil {
                throw UsageError(message: "'--\(name)' given more than once", command: spec.name)
            }
            values[name, default: []].append(value)
        }
    }

    /// Whether `--help` was asked for.
    var wantsHelp: Bool { flags.contains("help") }

    /// The value of a single-valued option.
    func value(_ name: String) -> String? { values[name]?.last }

    /// Every value of a repeatable option.
    func all(_ name: String) -> [String] { values[name] ?? [] }

    /// Whether a flag was given.
    func flag(_ name: String) -> Bool { flags.contains(name) }

    /// The value of `name` as one of `choices`, or `defaultValue`.
    func choice(_ name: String, among choices: [String], default defaultValue: String?, command: String) throws(UsageError) -> String? {
        guard let value = value(name) else { return defaultValue }
        guard choices.contains(value) else {
            throw UsageError(message: "'--\(name)' must be one of \(choices.joined(separator: ", ")), not '\(value)'", command: command)
        }
        return value
    }

    /// The value of `name` as a whole number in `range`.
    func integer(_ name: String, in range: ClosedRange<Int>, command: String) throws(UsageError) -> Int? {
        guard let value = value(name) else { return nil }
        guard let number = Int(value), range.contains(number) else {
            throw UsageError(message: "'--\(name)' must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(value)'", command: command)
        }
        return number
    }
}
