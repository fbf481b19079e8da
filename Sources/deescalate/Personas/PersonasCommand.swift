import DeescalateKit
import Foundation

/// `deescalate personas list|show|new|lint|test|check`: the trainer's tools for persona files.
struct PersonasCommand: Command {
    static let actions = ["list", "show", "new", "lint", "test", "check", "migrate"]

    static let spec = CommandSpec(
        name: "personas",
        abstract: "List, show, create, lint, test, check and migrate persona files.",
        usage: "list [--format text|json] | show ID | new ID [--out DIR] | lint [PATH...] | test [ID...] | check [ID...] [--depth N] | migrate [PATH...]",
        discussion: """
        list           The personas, easiest first (--format json: id, name, difficulty, file).
        show ID        The scenario card, temperament, triggers and resolutions.
        new ID         Write a commented starter persona ID.json and its passing starter tests ID.tests.json
                       (into --out DIR, default the persona folder).
        lint [PATH...] Every problem as FILE:LINE:COLUMN: error|warning: message. Default: the persona folder,
                       persona files and *.tests.json. A test file is checked against its persona: among the
                       files linted, else beside it, else in --personas DIR. A *.schema.json named is checked
                       for syntax only. Exit 1 on errors, 0 on warnings only.
        test [ID...]   Run the persona tests in <id>.tests.json beside the personas (docs/PERSONA-TESTS.md).
        check [ID...]  Explore every path of canonical trainee moves up to --depth turns (default 8) and prove
                       that a LAST path resolves, some path escalates and sarcastic stuffing never resolves.
        migrate [PATH...] Rewrite persona files in an older format as the current one (format 2), in place,
                       changing only the "format" number so comments and layout are kept. Default: the
                       persona folder. Files that would not load afterwards are left alone (exit 1).

        EXAMPLES:
          deescalate personas lint
          deescalate personas new angry-gardener --out Personas
          deescalate personas check late-parcel
        """,
        options: [
            .init(name: "personas", value: "DIR", help: "The persona folder (default: the shipped Personas/)."),
            .init(name: "format", value: "FORMAT", help: "list: text (default) or json."),
            .init(name: "out", short: "o", value: "DIR", help: "new: where to write the persona (default: the persona folder)."),
            .init(name: "depth", value: "N", help: "check: how many trainee turns to explore (default 8, at most the turn limit)."),
        ])

    let console: Console
    let environment: [String: String]
    let action: String
    let arguments: [String]
    let personaFolder: URL?
    let format: String
    let outFolder: URL?
    let depth: Int

    init(arguments parsed: ParsedArguments, console: Console, environment: [String: String]) throws {
        let name = Self.spec.name
        guard let action = parsed.positionals.first else {
            throw UsageError(message: "missing action: one of \(Self.actions.joined(separator: ", "))", command: name)
        }
        guard Self.actions.contains(action) else {
            let suggestion = SpellingSuggestion.closest(to: action, among: Self.actions)
            throw UsageError(message: "unknown action '\(action)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? ""), command: name)
        }
        self.console = console
        self.environment = environment
        self.action = action
        arguments = Array(parsed.positionals.dropFirst())
        personaFolder = parsed.value("personas").map { URL(fileURLWithPath: $0) }
        format = try parsed.choice("format", among: ["text", "json"], default: "text", command: name)!
        outFolder = parsed.value("out").map { URL(fileURLWithPath: $0) }
        depth = try parsed.integer("depth", in: 1...200, command: name) ?? PersonaChecker.defaultDepth
        let misplaced: [(String, String)] = [("format", "list"), ("out", "new"), ("depth", "check")]
        for (option, owner) in misplaced where parsed.value(option) != nil && action != owner {
            throw UsageError(message: "'--\(option)' applies to 'personas \(owner)'", command: name)
        }
        switch action {
        case "list", "lint", "test", "check", "migrate": break
        case "show", "new":
            guard arguments.count == 1 else {
                throw UsageError(message: "'personas \(action)' takes one persona id", command: name)
            }
        default: break
        }
        if action == "list", !arguments.isEmpty {
            throw UsageError(message: "unexpected argument '\(arguments[0])'", command: name)
        }
    }

    func run() -> ExitCode {
        let tools = PersonaTools(console: console, folderOverride: personaFolder, environment: environment)
        switch action {
        case "list": return tools.list(format: format)
        case "show": return tools.show(arguments[0])
        case "new": return tools.create(id: arguments[0], out: outFolder)
        case "lint": return tools.lint(arguments)
        case "test": return tools.test(arguments)
        case "migrate": return tools.migrate(arguments)
        default: return tools.check(arguments, depth: depth)
        }
    }
}
