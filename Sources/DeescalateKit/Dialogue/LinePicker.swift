/// Words a reply from the persona's lines: a seeded choice among the variants for the situation and
/// mood, never a line said in the previous customer turn, placeholders filled in. A trainee with no
/// name is not addressed at all ("Thanks, {trainee}." reads "Thanks.").
struct LinePicker {
    let persona: Persona
    /// The trainee's name, or nil when none was given.
    let trainee: String?

    func line(for part: ReplyPart, mood: Mood, state: inout ConversationState) -> String {
        switch part {
        case .situation(let situation): return pick(persona.lines[situation]?.variants(for: mood) ?? [], state: &state)
        case .trigger(let trigger): return pick(trigger.says, state: &state)
        case .resolution(let resolution): return pick(resolution.says, state: &state)
        case .ignored(let fact): return pick(fact.ifIgnored, state: &state)
        case .need: return pick(persona.grievance.need?.says ?? [], state: &state)
        case .fact(let fact):
            let said = pick(fact.says, state: &state)
            state.toldFactLines.insert(said)
            return said
        case .retold(let fact):
            // The other wording, if there is one not yet said; else the fact again, said as such.
            let fresh = fact.says.filter { !state.toldFactLines.contains(fill($0)) }
            if !fresh.isEmpty {
                let said = pick(fresh, state: &state)
                state.toldFactLines.insert(said)
                return said
            }
            return "I told you: " + pick(fact.says, state: &state)
        }
    }

    private func pick(_ variants: [String], state: inout ConversationState) -> String {
        guard !variants.isEmpty else { return "…" }
        let fresh = variants.filter { !state.lastLines.contains(fill($0)) }
        let pool = fresh.isEmpty ? variants : fresh
        return fill(pool[state.random.index(below: pool.count)])
    }

    private func fill(_ line: String) -> String {
        let values = ["customer": persona.name, "company": persona.company]
        guard let trainee else { return PlaceholderText.fill(PlaceholderText.removingAddress(line), with: values) }
        return PlaceholderText.fill(line, with: values.merging(["trainee": trainee]) { $1 })
    }
}
