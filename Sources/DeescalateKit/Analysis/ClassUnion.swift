/// `.end | .qmark`: classes joined with an operator the optimizer always folds to one constant.
/// Written as a list (`[.end, .qmark]`, `[]`), an option set goes through the library's generic
/// list initializer, which the optimizer leaves un-inlined in the tokenizer's and the scan's large
/// functions: each evaluation then built an array on the heap and freed it (for `[]`, retained and
/// released the empty array), once per token.
extension WordClass {
    @inline(__always) static func | (lhs: WordClass, rhs: WordClass) -> WordClass {
        WordClass(rawValue: lhs.rawValue | rhs.rawValue)
    }
}
