import SJTEngine
import Yams

/// Reads one scenario file into an ``AuthoredScenario``, reporting every shape problem.
struct ScenarioReader {
    static let supportedFormat = 1

    private var reader: YAMLReader

    init(file: String) { reader = YAMLReader(file: file) }

    /// - Returns: The authored scenario (`nil` when the file is not YAML or not a mapping) and every
    ///   diagnostic found while reading it.
    static func read(_ source: String, file: String) -> (AuthoredScenario?, [Diagnostic]) {
        var instance = ScenarioReader(file: file)
        let scenario = instance.read(source)
        return (scenario, instance.reader.diagnostics)
    }

    private mutating func read(_ source: String) -> AuthoredScenario? {
        guard let root = reader.compose(source) else { return nil }
        guard
            let fields = reader.fields(
                of: root, describing: "the scenario",
                required: ["format", "id", "title", "version", "summary", "principles", "elements", "levels", "start", "nodes"],
                optional: ["capabilities", "shuffle", "rationale", "seat"])
        else { return nil }
        var scenario = AuthoredScenario(file: reader.file, location: fields.location)
        scenario.format = reader.integer(fields["format"], field: "format")
        if let format = scenario.format, format.value != Self.supportedFormat {
            reader.report(
                .error(
                    .unsupportedFormat,
                    "format \(format.value) is not supported; this version of sjt reads format \(Self.supportedFormat)",
                    at: format.location))
        }
        scenario.id = identifier(fields["id"], field: "id")
        scenario.title = text(fields["title"], field: "title")
        scenario.version = reader.integer(fields["version"], field: "version")
        if let version = scenario.version, version.value < 1 {
            reader.report(.error(.invalidValue, "'version' must be 1 or more", at: version.location))
        }
        scenario.summary = text(fields["summary"], field: "summary")
        scenario.principles = reader.strings(fields["principles"], field: "principles") ?? []
        scenario.elements = reader.strings(fields["elements"], field: "elements") ?? []
        scenario.capabilities = reader.strings(fields["capabilities"], field: "capabilities") ?? []
        scenario.levels = reader.strings(fields["levels"], field: "levels") ?? []
        for (index, level) in scenario.levels.enumerated() {
            if let first = scenario.levels[..<index].first(where: { $0.value == level.value }) {
                reader.report(
                    .error(.duplicateID, "level '\(level.value)' is listed twice", at: level.location,
                           notes: [Diagnostic.Note("first listed here", at: first.location)]))
            }
        }
        scenario.start = reader.string(fields["start"], field: "start")
        scenario.shuffle = reader.boolean(fields["shuffle"], field: "shuffle")
        scenario.rationale = reader.boolean(fields["rationale"], field: "rationale")
        scenario.seat = perLevel(fields["seat"], field: "seat", isText: true)
        scenario.nodes = (reader.list(fields["nodes"], field: "nodes") ?? []).compactMap { readNode($0) }
        return scenario
    }

    private mutating func readNode(_ node: Node) -> AuthoredNode? {
        let endingFields = ["outcome", "debrief"]
        guard let mapping = node.mapping else {
            reader.report(.error(.wrongType, "a node must be a mapping of fields", at: reader.location(node)))
            return nil
        }
        let keys = Set(mapping.keys.compactMap { $0.scalar?.string })
        let isEnding = keys.contains("outcome") || keys.contains("debrief")
        let isDecision = keys.contains("format") || keys.contains("options") || keys.contains("situation")
        let idNode = mapping["id"]
        let id = identifier(idNode, field: "id")
        let name = id.map { "node '\($0.value)'" } ?? "a node"

        if isEnding && isDecision {
            reader.report(
                .error(
                    .nodeKind, "\(name) has both decision fields and 'outcome'; a node is a decision or an ending",
                    at: reader.location(node)))
            return AuthoredNode(id: id, location: reader.location(node), kind: .unknown)
        }
        if isEnding {
            guard let fields = reader.fields(of: node, describing: name, required: ["id"] + endingFields, optional: [])
            else { return nil }
            let ending = AuthoredEnding(
                outcome: reader.string(fields["outcome"], field: "outcome"),
                debrief: text(fields["debrief"], field: "debrief"))
            return AuthoredNode(id: id, location: fields.location, kind: .ending(ending))
        }
        guard
            let fields = reader.fields(
                of: node, describing: name, required: ["id", "situation", "prompt", "format", "options"],
                optional: ["next", "principles", "elements", "capabilities", "shuffle", "weight"])
        else { return nil }
        if !isDecision {
            reader.report(
                .error(
                    .nodeKind, "\(name) is neither a decision ('format', 'options') nor an ending ('outcome', 'debrief')",
                    at: fields.location))
        }
        var decision = AuthoredDecision()
        decision.situation = perLevel(fields["situation"], field: "situation", isText: true)
        decision.prompt = perLevel(fields["prompt"], field: "prompt", isText: true)
        decision.format = reader.string(fields["format"], field: "format")
        if let format = decision.format, ResponseFormat(rawValue: format.value) == nil {
            var notes: [Diagnostic.Note] = []
            if let suggestion = Diagnostic.suggestion(
                for: format.value, among: ResponseFormat.allCases.map(\.rawValue))
            {
                notes.append(suggestion)
            }
            reader.report(
                .error(
                    .unknownResponseFormat,
                    "unknown response format '\(format.value)'; use single, best-worst, rank or rate",
                    at: format.location, notes: notes))
        }
        decision.next = reader.string(fields["next"], field: "next")
        decision.principles = reader.strings(fields["principles"], field: "principles") ?? []
        decision.elements = reader.strings(fields["elements"], field: "elements") ?? []
        decision.capabilities = reader.strings(fields["capabilities"], field: "capabilities") ?? []
        decision.shuffle = reader.boolean(fields["shuffle"], field: "shuffle")
        decision.weight = reader.number(fields["weight"], field: "weight")
        if let weight = decision.weight, weight.value <= 0 {
            // A weight of 0 would drop the decision from every mean without a word; negative credit is meaningless.
            reader.report(
                .error(.invalidValue, "'weight' is \(Self.number(weight.value)); it must be above 0 (1, the default, counts like any other decision)",
                       at: weight.location))
        }
        if let optionsNode = fields["options"] {
            decision.optionsLocation = reader.location(fields.keyNode("options") ?? optionsNode)
            decision.options = (reader.list(optionsNode, field: "options") ?? []).compactMap { readOption($0) }
        }
        return AuthoredNode(id: id, location: fields.location, kind: .decision(decision))
    }

    private mutating func readOption(_ node: Node) -> AuthoredOption? {
        let id = node.mapping.flatMap { identifier($0["id"], field: "id") }
        let name = id.map { "option '\($0.value)'" } ?? "an option"
        guard
            let fields = reader.fields(
                of: node, describing: name, required: ["id", "text", "feedback", "key"],
                optional: ["next", "upholds", "breaches"])
        else { return nil }
        var option = AuthoredOption(id: id, location: fields.location)
        option.text = perLevel(fields["text"], field: "text", isText: true)
        option.next = reader.string(fields["next"], field: "next")
        option.upholds = reader.strings(fields["upholds"], field: "upholds") ?? []
        option.breaches = reader.strings(fields["breaches"], field: "breaches") ?? []
        option.feedback = perLevel(fields["feedback"], field: "feedback", isText: true)
        option.key = perLevel(fields["key"], field: "key", isText: false)
        return option
    }

    private mutating func perLevel(_ node: Node?, field: String, isText: Bool) -> AuthoredPerLevel? {
        guard let node else { return nil }
        if node.scalar != nil {
            return (isText ? text(node, field: field) : reader.string(node, field: field)).map { .all($0) }
        }
        guard let mapping = node.mapping else {
            reader.report(
                .error(.wrongType, "'\(field)' must be \(isText ? "text" : "a rating") or a mapping from level to \(isText ? "text" : "rating")", at: reader.location(node)))
            return nil
        }
        var entries: [AuthoredPerLevel.Entry] = []
        for (key, value) in mapping {
            guard let level = reader.string(key, field: "\(field)' level '"),
                let value = isText ? text(value, field: field) : reader.string(value, field: field)
            else { continue }
            entries.append(.init(level: level, value: value))
        }
        return .perLevel(entries)
    }

    /// A number as an author wrote it: `2`, not `2.0`.
    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// Text that must not be empty: reported as `empty-text` at the value.
    private mutating func text(_ node: Node?, field: String) -> Located<String>? {
        guard let value = reader.string(node, field: field) else { return nil }
        if value.value.allSatisfy(\.isWhitespace) {
            reader.report(.error(.emptyText, "'\(field)' is empty", at: value.location))
        }
        return value
    }

    /// An id: lower-case letters, digits and hyphens.
    private mutating func identifier(_ node: Node?, field: String) -> Located<String>? {
        guard let value = reader.string(node, field: field) else { return nil }
        let allowed = value.value.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
        }
        if value.value.isEmpty || !allowed {
            reader.report(
                .error(
                    .invalidID, "'\(value.value)' is not a valid id; use lower-case letters, digits and hyphens",
                    at: value.location))
        }
        return value
    }
}

