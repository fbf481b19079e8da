/// Words a reply from the persona's lines: a seeded choice among the variants for the situation and
/// mood, never a line said in the previous customer turn, placeholders filled in.
struct LinePicker {
    let persona: Persona
    let trainee: String

    func line(for part: ReplyPart, mood: Mood, state: inout ConversationState) -> String {
        let variants: [String]
        switch part {
        case .situation(let situation): variants = persona.lines[situation]?.variants(for: mood) ?? []
        case .trigger(let trigger): variants = trigger.says
        case .resolution(let resolution): variants = resolution.says
        case .fact(let fact): variants = fact.says
        }
        return pick(variants, state: &state)
    }

    private func pick(_ variants: [String], state: inout ConversationState) -> String {
        guard !variants.isEmpty else { return "…" }
        let fresh = variants.filter { !state.lastLines.contains(fill($0)) }
        let pool = fresh.isEmpty ? variants : fresh
        return fill(pool[state.random.index(below: pool.count)])
    }

    private func fill(_ line: String) -> String {
        PlaceholderText.fill(line, with: ["customer": persona.name, "trainee": trainee, "company": persona.company])
    }
}
