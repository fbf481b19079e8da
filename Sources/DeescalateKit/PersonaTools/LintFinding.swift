/// One problem `personas lint` found: the file and the located diagnostic.
public struct LintFinding: Sendable, Equatable {
    /// The file, as given (relative paths stay relative).
    public var file: String
    /// The problem, with its line and column when it has one.
    public var diagnostic: Diagnostic

    /// Creates a finding.
    public init(file: String, diagnostic: Diagnostic) {
        self.file = file
        self.diagnostic = diagnostic
    }

    /// `FILE:LINE:COLUMN: error|warning: message (did you mean 'x'?)` and the hint on the next line.
    public var formatted: String { diagnostic.formatted(file: file) }

    /// Whether it is an error (lint exits 1) rather than a warning.
    public var isError: Bool { diagnostic.severity == .error }
}

/// Finding nodes in a parsed document by path, for locating lint warnings.
enum NodePath {
    /// The node at `path` (keys, and indexes as `Int`), or nil.
    static func node(_ root: JSONNode, _ path: [Any]) -> JSONNode? {
        var current: JSONNode? = root
        for component in path {
            if let key = component as? String {
                current = current?.members?.last { $0.key == key }?.value
            } else if let index = component as? Int, let items = current?.array, items.indices.contains(index) {
                current = items[index]
            } else {
                return nil
            }
        }
        return current
    }

    /// The key's own offset (where an editor should put the cursor for a key-level problem).
    static func keyOffset(_ root: JSONNode, _ path: [Any], key: String) -> Int? {
        node(root, path)?.members?.last { $0.key == key }?.keyOffset
    }
}
