import SJTEngine
import Yams

/// Reads `catalogue.yaml` into a ``Catalogue``, reporting every problem with its location.
///
/// The catalogue is checked as strictly as scenarios: a broken catalogue would mis-score every
/// scenario, so no scenario is served while it has errors.
struct CatalogueReader {
    private var reader: YAMLReader
    /// Where each catalogue id is defined, for "defined here" notes and duplicate checks.
    private(set) var definitions: [String: FileLocation] = [:]

    init(file: String) { reader = YAMLReader(file: file) }

    static func read(_ source: String, file: String) -> (Catalogue?, [Diagnostic]) {
        var instance = CatalogueReader(file: file)
        let catalogue = instance.read(source)
        let errors = instance.reader.diagnostics.contains { $0.severity == .error }
        return (errors ? nil : catalogue, instance.reader.diagnostics)
    }

    /// The catalogue's sections in the order of the file's schema, so the diagnostics come in that
    /// order too; each section's own checks are in its `read…` method.
    private mutating func read(_ source: String) -> Catalogue? {
        guard let root = reader.compose(source),
            let fields = reader.fields(
                of: root, describing: "the catalogue",
                required: ["format", "id", "version", "title", "principles", "levels", "dimensions", "ratings", "outcomes", "bands"],
                optional: ["capabilities", "audit", "sources"])
        else { return nil }
        if let format = reader.integer(fields["format"], field: "format"), format.value != ScenarioReader.supportedFormat {
            reader.report(
                .error(.unsupportedFormat, "catalogue format \(format.value) is not supported; this version of sjt reads format 1", at: format.location))
        }
        let id = reader.string(fields["id"], field: "id")?.value ?? ""
        let version = reader.integer(fields["version"], field: "version")?.value ?? 0
        let title = reader.string(fields["title"], field: "title")?.value ?? ""

        let principles = readPrinciples(fields["principles"])
        let levels = readLevels(fields["levels"])
        let dimensions = readDimensions(fields["dimensions"])
        let capabilities = readCapabilities(fields["capabilities"])
        let ratings = readRatings(fields["ratings"])
        let (outcomes, caps) = readOutcomes(fields["outcomes"])
        let (bands, meetsMarks) = readBands(fields["bands"])
        // The cross-checks come after both lists are read: a cap names a band, which may come later.
        checkBandCaps(caps, bands: bands)
        checkMeetsMark(meetsMarks, bandsNode: fields["bands"], bands: bands)
        if outcomes.isEmpty, let node = fields["outcomes"] {
            reader.report(.error(.missingField, "the catalogue needs at least one outcome for endings", at: reader.location(node)))
        }
        if bands.isEmpty, let node = fields["bands"] {
            reader.report(.error(.missingField, "the catalogue needs at least one band", at: reader.location(node)))
        }
        var catalogue = Catalogue(
            id: id, version: version, title: title, principles: principles, levels: levels, dimensions: dimensions,
            scale: RatingScale(ratings), outcomes: outcomes, bands: bands, capabilities: capabilities)
        // Audit: the source texts quotations are checked against, and the audit's thresholds.
        catalogue.sources = readSources(fields["sources"])
        if let audit = fields["audit"] {
            catalogue.auditThresholds = auditThresholds(audit, bands: bands, outcomes: outcomes)
        }
        return catalogue
    }

    /// The `principles:` section.
    private mutating func readPrinciples(_ node: Node?) -> [Principle] {
        items(node, field: "principles", kind: "principle", required: ["id", "name", "summary", "pledge"]) { r, f, id in
            Principle(
                id: PrincipleID(id), name: r.string(f["name"], field: "name")?.value ?? "",
                summary: r.string(f["summary"], field: "summary")?.value ?? "",
                pledge: r.string(f["pledge"], field: "pledge")?.value ?? "")
        }
    }

    /// The `levels:` section: only the framework's levels, and every one of them.
    private mutating func readLevels(_ node: Node?) -> [LevelDescription] {
        let levels = items(node, field: "levels", kind: "level", required: ["id", "name", "description", "examples"]) { r, f, id -> LevelDescription? in
            guard let level = LeadershipLevel(rawValue: id) else {
                r.report(
                    .error(.unknownLevel, "unknown level '\(id)'; the framework's levels are \(LeadershipLevel.allCases.map(\.rawValue).joined(separator: ", "))",
                           at: r.string(f["id"], field: "id")?.location ?? f.location))
                return nil
            }
            return LevelDescription(
                level: level, name: r.string(f["name"], field: "name")?.value ?? "",
                description: r.string(f["description"], field: "description")?.value ?? "",
                examples: r.strings(f["examples"], field: "examples")?.map(\.value) ?? [])
        }
        if let node {
            for level in LeadershipLevel.allCases where !levels.contains(where: { $0.level == level }) {
                reader.report(.error(.missingField, "the catalogue does not describe level '\(level)'", at: reader.location(node)))
            }
        }
        return levels
    }

    /// The `dimensions:` section of the framework, each with its elements.
    private mutating func readDimensions(_ node: Node?) -> [FrameworkDimension] {
        // Elements are read after their dimensions: a nested read would overlap the access to `reader`.
        let dimensionsAndElements = items(node, field: "dimensions", kind: "dimension", required: ["id", "name", "senior-only", "elements"]) { r, f, id in
            (FrameworkDimension(
                id: id, name: r.string(f["name"], field: "name")?.value ?? "",
                isSeniorOnly: r.boolean(f["senior-only"], field: "senior-only")?.value ?? false, elements: []),
             f["elements"])
        }
        var dimensions: [FrameworkDimension] = []
        for (dimension, elementsNode) in dimensionsAndElements {
            var dimension = dimension
            dimension.elements = items(elementsNode, field: "elements", kind: "element", required: ["id", "name", "summary"]) { r, e, elementID in
                FrameworkElement(
                    id: ElementID(elementID), name: r.string(e["name"], field: "name")?.value ?? "",
                    summary: r.string(e["summary"], field: "summary")?.value ?? "")
            }
            dimensions.append(dimension)
        }
        return dimensions
    }

    /// The `ratings:` section: at least two ratings, none below zero points, and no two with the
    /// same points.
    /// The `capabilities:` section, which may be left out: an organisation's own leadership
    /// capabilities, a vocabulary decisions can be tagged with beside principles and elements.
    private mutating func readCapabilities(_ node: Node?) -> [Capability] {
        guard node != nil else { return [] }
        return items(node, field: "capabilities", kind: "capability", required: ["id", "name", "summary"]) { r, f, id in
            Capability(
                id: CapabilityID(id), name: r.string(f["name"], field: "name")?.value ?? "",
                summary: r.string(f["summary"], field: "summary")?.value ?? "")
        }
    }

    private mutating func readRatings(_ node: Node?) -> [Rating] {
        var ratingPoints: [(String, Located<Int>)] = []
        let ratings = items(node, field: "ratings", kind: "rating", required: ["id", "name", "points"], optional: ["description"]) { r, f, id in
            let points = r.integer(f["points"], field: "points")
            if let points { ratingPoints.append((id, points)) }
            return Rating(
                id: RatingID(id), name: r.string(f["name"], field: "name")?.value ?? "",
                points: points?.value ?? 0,
                description: r.string(f["description"], field: "description")?.value ?? "")
        }
        if ratings.count < 2, let node {
            reader.report(.error(.tooFewOptions, "the rating scale needs at least two ratings", at: reader.location(node)))
        }
        for (rating, points) in ratingPoints where points.value < 0 {
            reader.report(.error(.invalidValue, "rating '\(rating)' has negative points; scores must not go below zero", at: points.location))
        }
        if ratingPoints.count == ratings.count, Set(ratings.map(\.points)).count != ratings.count, let node {
            reader.report(.error(.duplicateID, "two ratings have the same points; each step of the scale needs its own", at: reader.location(node)))
        }
        return ratings
    }

    /// The `outcomes:` section, and each outcome's `highest-band` as written, for ``checkBandCaps``
    /// once the bands are read.
    private mutating func readOutcomes(_ node: Node?) -> ([Outcome], caps: [(outcome: String, band: Located<String>)]) {
        var caps: [(outcome: String, band: Located<String>)] = []
        let outcomes = items(node, field: "outcomes", kind: "outcome", required: ["id", "name"], optional: ["highest-band"]) { r, f, id in
            let cap = r.string(f["highest-band"], field: "highest-band")
            if let cap { caps.append((id, cap)) }
            return Outcome(id: OutcomeID(id), name: r.string(f["name"], field: "name")?.value ?? "", highestBand: cap.map { BandID($0.value) })
        }
        return (outcomes, caps)
    }

    /// The `bands:` section, each starting at a percentage from 0 to 100, and where each band marked
    /// `meets-expectations` is, for ``checkMeetsMark``.
    private mutating func readBands(_ node: Node?) -> ([Band], meetsMarks: [(band: String, location: FileLocation)]) {
        var meetsMarks: [(band: String, location: FileLocation)] = []
        let bands = items(node, field: "bands", kind: "band", required: ["id", "name", "from"], optional: ["meets-expectations"]) { r, f, id in
            let from = r.number(f["from"], field: "from")
            if let from, !(0...100).contains(from.value) {
                r.report(.error(.invalidValue, "band '\(id)' starts at \(from.value)%; a band's 'from' is a percentage from 0 to 100", at: from.location))
            }
            let meets = r.boolean(f["meets-expectations"], field: "meets-expectations")
            if let meets, meets.value { meetsMarks.append((id, meets.location)) }
            return Band(
                id: BandID(id), name: r.string(f["name"], field: "name")?.value ?? "", from: from?.value ?? 0,
                meetsExpectations: meets?.value ?? false)
        }
        return (bands, meetsMarks)
    }

    /// The `sources:` section: the texts the audit checks quotations against.
    private mutating func readSources(_ node: Node?) -> [SourceText] {
        items(node, field: "sources", kind: "source", required: ["id", "title", "text"]) { r, f, id in
            SourceText(id: id, title: r.string(f["title"], field: "title")?.value ?? "", text: r.string(f["text"], field: "text")?.value ?? "")
        }
    }

    /// The `audit:` section: each threshold a number in its range, the band and outcomes named in the catalogue.
    private mutating func auditThresholds(_ node: Node, bands: [Band], outcomes: [Outcome]) -> AuditThresholds {
        var thresholds = AuditThresholds()
        let shares: [(String, WritableKeyPath<AuditThresholds, Double>)] = [
            ("max-keyed-best-longest-share", \.maxKeyedBestLongestShare), ("max-keyed-best-first-share", \.maxKeyedBestFirstShare),
            ("min-keyed-best-differs-share", \.minKeyedBestDiffersShare), ("min-rating-differs-share", \.minRatingDiffersShare),
        ]
        let names = ["max-length-ratio", "max-cue-strategy-percentage", "max-cue-gap-from-random", "max-cue-positive-share", "coherence-band", "positive-outcomes", "negative-outcomes"]
        guard let fields = reader.fields(of: node, describing: "the audit section", required: [], optional: names + shares.map(\.0))
        else { return thresholds }
        func within(_ name: String, _ range: ClosedRange<Double>, _ what: String) -> Double? {
            guard let value = reader.number(fields[name], field: name) else { return nil }
            guard range.contains(value.value) else {
                reader.report(.error(.invalidValue, "'\(name)' is \(value.value); it must be \(what)", at: value.location))
                return nil
            }
            return value.value
        }
        for (name, path) in shares {
            if let value = within(name, 0...1, "a share from 0 to 1") { thresholds[keyPath: path] = value }
        }
        if let value = within("max-length-ratio", 1...1_000, "a ratio of 1 or more") { thresholds.maxLengthRatio = value }
        if let value = within("max-cue-strategy-percentage", 0...100, "a percentage from 0 to 100") { thresholds.maxCueStrategyPercentage = value }
        if let value = within("max-cue-gap-from-random", 0...100, "a number of percentage points from 0 to 100") { thresholds.maxCueGapFromRandom = value }
        if let value = within("max-cue-positive-share", 0...1, "a share from 0 to 1") { thresholds.maxCuePositiveShare = value }
        if let band = reader.string(fields["coherence-band"], field: "coherence-band") {
            if bands.contains(where: { $0.id.rawValue == band.value }) {
                thresholds.coherenceBand = BandID(band.value)
            } else {
                reader.report(.error(.invalidValue, "'coherence-band' names no band; the bands are \(bands.map(\.id.rawValue).joined(separator: ", "))", at: band.location))
            }
        }
        for (name, path) in [("positive-outcomes", \AuditThresholds.positiveOutcomes), ("negative-outcomes", \.negativeOutcomes)] {
            guard let listed = reader.strings(fields[name], field: name) else { continue }
            for unknown in listed where !outcomes.contains(where: { $0.id.rawValue == unknown.value }) {
                reader.report(.error(.unknownOutcome, "'\(name)' names unknown outcome '\(unknown.value)'", at: unknown.location))
            }
            thresholds[keyPath: path] = listed.map { OutcomeID($0.value) }
        }
        return thresholds
    }

    /// Every outcome's `highest-band` must name a band: a cap that names none would cap nothing, silently.
    private mutating func checkBandCaps(_ caps: [(outcome: String, band: Located<String>)], bands: [Band]) {
        guard !bands.isEmpty else { return }
        let ids = bands.map(\.id.rawValue)
        for (outcome, cap) in caps where !ids.contains(cap.value) {
            reader.report(
                .error(.unknownBand, "outcome '\(outcome)' caps the band at '\(cap.value)', which is not a band; the bands are \(ids.joined(separator: ", "))",
                       at: cap.location, notes: Diagnostic.suggestion(for: cap.value, among: ids).map { [$0] } ?? []))
        }
    }

    /// Exactly one band means "meets expectations for the level": the debrief and principles.csv
    /// ask which, and a catalogue with none or two would give no answer or two.
    private mutating func checkMeetsMark(_ marks: [(band: String, location: FileLocation)], bandsNode: Node?, bands: [Band]) {
        guard let bandsNode, !bands.isEmpty else { return }
        if marks.isEmpty {
            reader.report(
                .error(.missingField, "no band is marked 'meets-expectations: true'; mark the band that means meeting expectations for the level",
                       at: reader.location(bandsNode)))
        }
        for mark in marks.dropFirst() {
            reader.report(
                .error(.invalidValue, "band '\(mark.band)' is marked 'meets-expectations' as well as band '\(marks[0].band)'; mark one",
                       at: mark.location, notes: [Diagnostic.Note("first marked here", at: marks[0].location)]))
        }
    }

    /// Reads a list of mappings that each have an `id`, reporting duplicate ids.
    private mutating func items<T>(
        _ node: Node?, field: String, kind: String, required: [String], optional: [String] = [],
        _ make: (inout YAMLReader, YAMLReader.Fields, String) -> T?
    ) -> [T] {
        guard let list = reader.list(node, field: field) else { return [] }
        var result: [T] = []
        for item in list {
            guard let fields = reader.fields(of: item, describing: "a \(kind)", required: required, optional: optional),
                let id = reader.string(fields["id"], field: "id")
            else { continue }
            let key = "\(kind) \(id.value)"
            if let first = definitions[key] {
                reader.report(
                    .error(.duplicateID, "duplicate \(kind) id '\(id.value)'", at: id.location,
                           notes: [Diagnostic.Note("first defined here", at: first)]))
                continue
            }
            definitions[key] = id.location
            if let value = make(&reader, fields, id.value) { result.append(value) }
        }
        return result
    }
}
