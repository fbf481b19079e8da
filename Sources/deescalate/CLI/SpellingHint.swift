import DeescalateKit

/// "Did you mean" for command and option names, reusing the library's spelling suggestion.
enum SpellingHint {
    static func closest(to word: String, among candidates: [String]) -> String? {
        SpellingSuggestion.closest(to: word, among: candidates)
    }
}
