import Yams

/// Reads a composed YAML tree into located values, collecting every shape problem as a diagnostic
/// instead of stopping at the first.
///
/// Yams' `Node` carries a `Mark` for every node, keys included; `YAMLDecoder` errors do not, which is
/// why authored files are read from the node tree and never through `Decodable`.
struct YAMLReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) { self.file = file }

    /// Parses text into a node tree, or records the syntax error and returns `nil`.
    mutating func compose(_ text: String) -> Node? {
        do {
            // No implicit tags: this reader takes every scalar as its text and reads numbers and
            // booleans itself, and Yams' default resolver runs up to seven regular expressions on
            // every mapping key it hashes to check for duplicates (a third of `sjt validate`).
            guard let root = try Yams.compose(yaml: text, .basic) else {
                diagnostics.append(.error(.yamlSyntax, "the file is empty", at: location(line: 1, column: 1)))
                return nil
            }
            return root
        } catch let error as YamlError {
            diagnostics.append(syntaxDiagnostic(error))
        } catch {
            diagnostics.append(.error(.yamlSyntax, "\(error)", at: location(line: 1, column: 1)))
        }
        return nil
    }

    func location(_ node: Node) -> FileLocation {
        location(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    func location(line: Int, column: Int) -> FileLocation { FileLocation(file: file, line: line, column: column) }

    mutating func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    // MARK: - Mappings

    /// The fields of a mapping, checked against the keys the format defines.
    ///
    /// Reports `unknown-field` at each unknown key (with a suggestion), `missing-field` at the mapping
    /// for each absent required key, and `wrong-type` when the node is not a mapping.
    mutating func fields(
        of node: Node, describing what: String, required: [String], optional: [String]
    ) -> Fields? {
        guard let mapping = node.mapping else {
            report(.error(.wrongType, "\(what) must be a mapping of fields", at: location(node)))
            return nil
        }
        var fields = Fields(location: location(node))
        let known = required + optional
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                report(.error(.wrongType, "keys in \(what) must be plain names", at: location(key)))
                continue
            }
            guard known.contains(name) else {
                var notes: [Diagnostic.Note] = []
                if let suggestion = Diagnostic.suggestion(for: name, among: known) { notes.append(suggestion) }
                report(.error(.unknownField, "unknown field '\(name)' in \(what)", at: location(key), notes: notes))
                continue
            }
            fields.values[name] = (key, value)
        }
        for name in required where fields.values[name] == nil {
            report(.error(.missingField, "missing field '\(name)' in \(what)", at: fields.location))
        }
        return fields
    }

    struct Fields {
        var location: FileLocation
        var values: [String: (key: Node, value: Node)] = [:]

        subscript(name: String) -> Node? { values[name]?.value }
        func keyNode(_ name: String) -> Node? { values[name]?.key }
    }

    // MARK: - Scalars

    /// A text value; numbers and booleans written as bare scalars are taken as their text.
    mutating func string(_ node: Node?, field: String) -> Located<String>? {
        guard let node else { return nil }
        guard let scalar = node.scalar, !isNull(node) else {
            report(.error(.wrongType, "'\(field)' must be text", at: location(node)))
            return nil
        }
        return Located(scalar.string, at: location(node))
    }

    mutating func integer(_ node: Node?, field: String) -> Located<Int>? {
        guard let node else { return nil }
        guard let scalar = node.scalar, let value = Int(scalar.string) else {
            report(.error(.wrongType, "'\(field)' must be a whole number", at: location(node)))
            return nil
        }
        return Located(value, at: location(node))
    }

    mutating func number(_ node: Node?, field: String) -> Located<Double>? {
        guard let node else { return nil }
        guard let scalar = node.scalar, let value = Double(scalar.string), value.isFinite else {
            report(.error(.wrongType, "'\(field)' must be a number", at: location(node)))
            return nil
        }
        return Located(value, at: location(node))
    }

    mutating func boolean(_ node: Node?, field: String) -> Located<Bool>? {
        guard let node else { return nil }
        switch node.scalar?.string {
        case "true", "yes": return Located(true, at: location(node))
        case "false", "no": return Located(false, at: location(node))
        default:
            report(.error(.wrongType, "'\(field)' must be true or false", at: location(node)))
            return nil
        }
    }

    // MARK: - Sequences

    /// The items of a list; a single scalar is not accepted, so that a typo cannot silently pass.
    mutating func list(_ node: Node?, field: String) -> [Node]? {
        guard let node else { return nil }
        guard let sequence = node.sequence else {
            report(.error(.wrongType, "'\(field)' must be a list", at: location(node)))
            return nil
        }
        return Array(sequence)
    }

    /// A list of text values, e.g. `principles: [risk-sensible, partnership]`.
    mutating func strings(_ node: Node?, field: String) -> [Located<String>]? {
        guard let items = list(node, field: field) else { return nil }
        return items.compactMap { string($0, field: "\(field)' item '") }
    }

    private func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    private func syntaxDiagnostic(_ error: YamlError) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            var notes: [Diagnostic.Note] = []
            if let context {
                notes.append(
                    Diagnostic.Note(context.text, at: location(line: context.mark.line, column: context.mark.column)))
            }
            return .error(.yamlSyntax, problem, at: location(line: mark.line, column: mark.column), notes: notes)
        case .reader(let problem, _, _, _):
            return .error(.yamlSyntax, problem, at: location(line: 1, column: 1))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .error(
                .duplicateID, "duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) in a mapping",
                at: location(line: context.mark.line, column: context.mark.column))
        default:
            return .error(.yamlSyntax, "\(error)", at: location(line: 1, column: 1))
        }
    }
}
