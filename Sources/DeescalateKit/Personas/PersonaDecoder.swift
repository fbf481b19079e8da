/// Reads a persona from the bytes of a persona file, checking every field and collecting every
/// problem with its line and column.
struct PersonaDecoder {
    /// Placeholders a customer line may use.
    static let placeholders = ["customer", "trainee", "company"]

    /// The most facts a persona may have: the engine keeps which are told as bits of one word.
    static let maximumFacts = 32

    private let reader: DocumentReader
    /// The file's declared format (1 until read), so fields added later are refused in older files.
    private var format = 1

    init(reader: DocumentReader) {
        self.reader = reader
    }

    mutating func decode(_ root: JSONNode) -> Persona? {
        guard let object = reader.object(root, path: "") else { return nil }
        object.ignore("$schema")
        if let format = object.int("format", in: 1...Int.max) {
            if format > Persona.formatVersion {
                reader.report(.error, "persona format \(format) is newer than this build understands (highest supported: \(Persona.formatVersion))",
                              field: "format", at: object.node("format")?.offset, hint: "update deescalate, or write the file in format \(Persona.formatVersion)")
                return nil
            }
            self.format = format
        }
        let id = object.string("id")
        if let id, !Self.isValidID(id) {
            reader.report(.error, "'id' \"\(id)\" may use only lowercase letters, digits and '-'", field: "id",
                          at: object.node("id")?.offset, hint: "for example \"late-parcel\"")
        }
        let version = object.int("version", in: PersonaRanges.version)
        let name = object.string("name")
        let difficulty = object.choice("difficulty", among: Persona.Difficulty.allCases.map(\.rawValue))
        let scenario = object.string("scenario").map { checked([$0], path: "scenario", at: object.node("scenario", required: false)?.offset)[0] }
        let company = object.string("company", required: false) ?? "the company"
        let grievance = object.object("grievance").flatMap(decodeGrievance)
        let temperament = object.object("temperament").flatMap(decodeTemperament)
        let reactions = object.object("reactions", required: false).map(decodeReactions) ?? Reactions()
        let triggers = object.array("triggers", required: false).map { decodeList($0, path: "triggers", decodeTrigger) } ?? []
        let hasNeed = grievance?.need != nil
        let resolutions = object.array("resolutions").map { decodeList($0, path: "resolutions") { decodeResolution($0, hasNeed: hasNeed) } } ?? []
        let lines = object.object("lines").map { decodeLines($0, needsBoundary: temperament?.needsBoundary ?? false) } ?? [:]
        let turnLimit = object.int("turnLimit", in: PersonaRanges.turnLimit, required: false) ?? 20
        let domainPhrases = since2(object, "domainPhrases") ? object.strings("domainPhrases", required: false) ?? [] : []
        let modelReplies = since2(object, "modelReplies") ? object.object("modelReplies", required: false).map(decodeModelReplies) ?? [:] : [:]
        object.finish()

        checkUniqueIDs(root["grievance"]?["facts"], kind: "fact", path: "grievance.facts")
        checkUniqueIDs(root["triggers"], kind: "trigger", path: "triggers")
        checkUniqueIDs(root["resolutions"], kind: "resolution", path: "resolutions")
        if !resolutions.isEmpty, !resolutions.contains(where: \.acceptable) {
            reader.report(.error, "no resolution is acceptable, so this customer can never be calmed", field: "resolutions",
                          at: object.node("resolutions", required: false)?.offset, hint: "mark at least one resolution \"acceptable\": true")
        } else if let need = grievance?.need, !resolutions.isEmpty, !resolutions.contains(where: { $0.acceptable && $0.meetsNeed }) {
            reader.report(.error, "no acceptable resolution meets the need \"\(need.summary)\", so this call can never resolve", field: "resolutions",
                          at: object.node("resolutions", required: false)?.offset,
                          hint: "mark the resolutions that meet it \"meetsNeed\": true")
        }
        guard !reader.hasErrors, let id, let version, let name, let difficulty, let scenario, let grievance,
              let temperament, let kind = Persona.Difficulty(rawValue: difficulty) else { return nil }
        return Persona(id: id, version: version, name: name, difficulty: kind, scenario: scenario, company: company,
                       grievance: grievance, temperament: temperament, reactions: reactions, triggers: triggers,
                       resolutions: resolutions, lines: lines, turnLimit: turnLimit, domainPhrases: domainPhrases,
                       modelReplies: modelReplies)
    }

    /// Whether `key` may be read: present in a format 1 file, it is an error naming the format it needs.
    private func since2(_ object: ObjectReader, _ key: String) -> Bool {
        guard format < 2, let node = object.node(key, required: false) else { return true }
        reader.report(.error, "'\(object.fieldPath(key))' needs persona format 2, but the file says \"format\": \(format)",
                      field: object.fieldPath(key), at: node.offset,
                      hint: "set \"format\": 2 (or run `deescalate personas migrate FILE`, which keeps your comments)")
        return false
    }

    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 64 && id.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
        }
    }

    // MARK: Parts

    private func decodeGrievance(_ object: ObjectReader) -> Grievance? {
        let summary = object.string("summary")
        let factNodes = object.array("facts")
        let facts = factNodes.map { decodeList($0, path: "grievance.facts", decodeFact) } ?? []
        if let factNodes, factNodes.count > Self.maximumFacts {
            reader.report(.error, "'grievance.facts' has \(factNodes.count) facts; at most \(Self.maximumFacts) are allowed",
                          field: "grievance.facts", at: object.node("facts", required: false)?.offset,
                          hint: "three to five facts suit most personas")
        }
        let need = since2(object, "need") ? object.object("need", required: false).flatMap(decodeNeed) : nil
        object.finish()
        guard let summary else { return nil }
        return Grievance(summary: summary, facts: facts, need: need)
    }

    private func decodeNeed(_ object: ObjectReader) -> Need? {
        let summary = object.string("summary")
        let says = object.strings("says").map { checked($0, path: object.fieldPath("says"), at: object.node("says", required: false)?.offset) }
        object.finish()
        guard let summary, let says else { return nil }
        return Need(summary: summary, says: says)
    }

    private func decodeFact(_ object: ObjectReader) -> Fact? {
        let id = object.string("id")
        let summary = object.string("summary")
        let says = object.strings("says").map { checked($0, path: object.fieldPath("says"), at: object.node("says", required: false)?.offset) }
        let about = since2(object, "about") ? object.strings("about", required: false) ?? [] : []
        let mustAcknowledge = since2(object, "mustAcknowledge") ? object.bool("mustAcknowledge", required: false) ?? false : false
        let ifIgnored = since2(object, "ifIgnored") ? object.strings("ifIgnored", required: mustAcknowledge).map {
            checked($0, path: object.fieldPath("ifIgnored"), at: object.node("ifIgnored", required: false)?.offset)
        } : nil
        let modelReplies = since2(object, "modelReplies") ? object.strings("modelReplies", required: false).map {
            checked($0, path: object.fieldPath("modelReplies"), at: object.node("modelReplies", required: false)?.offset)
        } ?? [] : []
        object.finish()
        guard let id, let summary, let says else { return nil }
        if mustAcknowledge, ifIgnored == nil { return nil }
        return Fact(id: id, summary: summary, says: says, about: about, mustAcknowledge: mustAcknowledge, ifIgnored: ifIgnored ?? [],
                    modelReplies: modelReplies)
    }

    /// `modelReplies`: for each situation named as in `lines`, the author's model replies to it.
    private func decodeModelReplies(_ object: ObjectReader) -> [Situation: [String]] {
        var replies: [Situation: [String]] = [:]
        for situation in Situation.allCases {
            guard let node = object.node(situation.rawValue, required: false) else { continue }
            let path = object.fieldPath(situation.rawValue)
            if let variants = object.strings(in: node, path: path) { replies[situation] = checked(variants, path: path, at: node.offset) }
        }
        for key in object.keys where Situation(rawValue: key) == nil {
            reader.report(.error, "unknown situation '\(key)' in 'modelReplies'", field: object.fieldPath(key), at: object.node(key)?.offset,
                          hint: "model replies are keyed by the situations of 'lines' (opening, heard, apologyBrushedOff, ...); a fact's go on the fact",
                          suggestion: SpellingSuggestion.closest(to: key, among: Situation.allCases.map(\.rawValue)))
        }
        return replies
    }

    private func decodeTemperament(_ object: ObjectReader) -> Temperament? {
        let start = object.int("startingFrustration", in: PersonaRanges.level)
        let calmAt = object.int("calmAt", in: PersonaRanges.level)
        let escalateAt = object.int("escalateAt", in: PersonaRanges.escalateAt)
        let venting = object.int("ventingNeeded", in: PersonaRanges.ventingNeeded)
        let patience = object.int("patience", in: PersonaRanges.patience)
        let needsBoundary = object.bool("needsBoundary", required: false) ?? false
        object.finish()
        guard let start, let calmAt, let escalateAt, let venting, let patience else { return nil }
        guard calmAt < start, start < escalateAt else {
            reader.report(.error, "temperament must satisfy calmAt < startingFrustration < escalateAt (found \(calmAt) < \(start) < \(escalateAt))",
                          field: "temperament", at: object.offset,
                          hint: "an irate customer starts above the level where they calm and below the one where they escalate")
            return nil
        }
        return Temperament(startingFrustration: start, calmAt: calmAt, escalateAt: escalateAt, ventingNeeded: venting,
                           patience: patience, needsBoundary: needsBoundary)
    }

    private func decodeReactions(_ object: ObjectReader) -> Reactions {
        var overrides: [String: Int] = [:]
        for key in object.keys {
            guard Reactions.validKeys.contains(key) else { continue } // left for finish() to report
            if let change = object.int(key, in: PersonaRanges.change) { overrides[key] = change }
        }
        for key in object.keys where !Reactions.validKeys.contains(key) {
            reader.report(.error, "unknown reaction '\(key)'", field: object.fieldPath(key), at: object.node(key)?.offset,
                          hint: "a reaction key is a move kind, a step (listen, apologize, solve, thank), 'harm', or one of \(Reactions.Special.allCases.map(\.rawValue).joined(separator: ", "))",
                          suggestion: SpellingSuggestion.closest(to: key, among: Reactions.validKeys))
        }
        return Reactions(overrides: overrides)
    }

    private func decodeTrigger(_ object: ObjectReader) -> Trigger? {
        let id = object.string("id")
        let words = object.strings("words")
        let change = object.int("change", in: PersonaRanges.change)
        let says = object.strings("says").map { checked($0, path: object.fieldPath("says"), at: object.node("says", required: false)?.offset) }
        object.finish()
        guard let id, let words, let change, let says else { return nil }
        return Trigger(id: id, words: words, change: change, says: says)
    }

    private func decodeResolution(_ object: ObjectReader, hasNeed: Bool) -> Resolution? {
        let id = object.string("id")
        let offer = object.strings("offer")
        let acceptable = object.bool("acceptable")
        let says = object.strings("says").map { checked($0, path: object.fieldPath("says"), at: object.node("says", required: false)?.offset) }
        // With no need declared every offer meets it; with one, only those the author marks.
        let meetsNeed = since2(object, "meetsNeed") ? object.bool("meetsNeed", required: false) ?? !hasNeed : !hasNeed
        object.finish()
        guard let id, let offer, let acceptable, let says else { return nil }
        return Resolution(id: id, offer: offer, acceptable: acceptable, says: says, meetsNeed: meetsNeed)
    }

    private func decodeLines(_ object: ObjectReader, needsBoundary: Bool) -> [Situation: LineSet] {
        var lines: [Situation: LineSet] = [:]
        for situation in Situation.allCases {
            let required = situation != .abusive || needsBoundary
            guard let node = object.node(situation.rawValue, required: false) else {
                if required {
                    reader.report(.error, "missing line set 'lines.\(situation.rawValue)'; the engine can reach this situation",
                                  field: "lines.\(situation.rawValue)", at: object.offset,
                                  hint: "add \"\(situation.rawValue)\": [\"...\", \"...\"] with a few variants")
                }
                continue
            }
            if let set = decodeLineSet(node, path: object.fieldPath(situation.rawValue), object: object) { lines[situation] = set }
        }
        object.finish()
        return lines
    }

    private func decodeLineSet(_ node: JSONNode, path: String, object: ObjectReader) -> LineSet? {
        if node.members == nil {
            return object.strings(in: node, path: path).map { LineSet(any: checked($0, path: path, at: node.offset)) }
        }
        guard let moods = reader.object(node, path: path) else { return nil }
        var set = LineSet()
        set.any = moods.strings("any", required: false).map { checked($0, path: moods.fieldPath("any"), at: node.offset) } ?? []
        for mood in Mood.allCases {
            if let variants = moods.strings(mood.rawValue, required: false) {
                set.byMood[mood] = checked(variants, path: moods.fieldPath(mood.rawValue), at: moods.node(mood.rawValue, required: false)?.offset)
            }
        }
        moods.finish()
        if set.isEmpty {
            reader.report(.error, "line set '\(path)' has no lines", field: path, at: node.offset)
            return nil
        }
        return set
    }

    private func decodeList<T>(_ nodes: [JSONNode], path: String, _ decode: (ObjectReader) -> T?) -> [T] {
        nodes.enumerated().compactMap { position, node in
            reader.object(node, path: "\(path)[\(position)]").flatMap(decode)
        }
    }

    /// Reports placeholders that no one would fill in, such as `{nmae}`.
    private func checked(_ lines: [String], path: String, at offset: Int?) -> [String] {
        for line in lines {
            for placeholder in PlaceholderText.placeholders(in: line) where !Self.placeholders.contains(placeholder) {
                reader.report(.error, "unknown placeholder {\(placeholder)} in '\(path)'", field: path, at: offset,
                              hint: "placeholders: \(Self.placeholders.map { "{\($0)}" }.joined(separator: ", "))",
                              suggestion: SpellingSuggestion.closest(to: placeholder, among: Self.placeholders))
            }
        }
        return lines
    }

    /// Reports an id used twice in a list, at the repeated id itself (not the list or the file), naming the first use.
    private func checkUniqueIDs(_ list: JSONNode?, kind: String, path: String) {
        var first: [String: Int] = [:]
        for (index, item) in (list?.array ?? []).enumerated() {
            guard let idNode = item["id"], let id = idNode.string else { continue }
            if let earlier = first[id] {
                let line = reader.location(at: (list?.array?[earlier]["id"]?.offset) ?? idNode.offset).line
                reader.report(.error, "duplicate \(kind) id \"\(id)\" in '\(path)[\(index)]', already used by '\(path)[\(earlier)]' on line \(line)",
                              field: "\(path)[\(index)].id", at: idNode.offset, hint: "give each \(kind) its own id")
            } else {
                first[id] = index
            }
        }
    }
}
