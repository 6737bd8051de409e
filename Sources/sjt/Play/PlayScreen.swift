import Foundation
import SJTCohort
import SJTEngine

/// What `sjt play` shows, as text: situations, options, feedback and the debrief.
///
/// Pure functions of their inputs, so tests compare whole screens. Emphasis (bold, colour) only when
/// `colour` is on; `plain` (for screen readers) also drops the rules drawn with box characters.
struct PlayScreen {
    var width: Int
    var colour: Bool
    var plain: Bool
    var catalogue: Catalogue

    // MARK: - Before a scenario

    /// A paragraph of prose wrapped to the screen: prompts, messages, notices.
    func paragraph(_ text: String) -> String { TextLayout.wrap(text, width: width) }

    /// The level menu: each level numbered, with two examples from the catalogue, wrapped under
    /// its own number so that no example is broken across lines.
    func levelMenu() -> String {
        var lines = [paragraph("Which level are you practising at?")]
        for (index, level) in LeadershipLevel.allCases.enumerated() {
            let description = catalogue.level(level)
            let examples = description.map { " (e.g. \($0.examples.prefix(2).joined(separator: ", ").lowercased()))" } ?? ""
            let number = "\(index + 1). "
            lines.append(TextLayout.wrap(
                "\(description?.name ?? level.rawValue)\(examples)", width: width,
                indent: String(repeating: " ", count: number.count + 2), firstIndent: "  " + number))
        }
        return lines.joined(separator: "\n")
    }

    // MARK: - Decisions

    /// - Parameter seat: Whose seat the learner is in, shown under the heading of the first decision
    ///   played (at the start, or on resuming).
    func decision(_ offered: OfferedDecision, title: String, level: LeadershipLevel, seat: String? = nil) -> String {
        var lines: [String] = []
        let heading = "\(title): decision \(offered.step)"
        lines.append(plain ? heading : rule(heading))
        if let seat { lines.append(TextLayout.wrap(seat, width: width)) }
        lines.append("")
        lines.append(TextLayout.wrap(offered.situation, width: width))
        lines.append("")
        lines.append(bold(TextLayout.wrap(offered.prompt, width: width)))
        for choice in offered.choices {
            let number = "\(choice.position). "
            lines.append(TextLayout.wrap(choice.text, width: width, indent: String(repeating: " ", count: number.count + 2),
                                         firstIndent: "  " + number))
        }
        lines.append("")
        lines.append(TextLayout.wrap(instructions(for: offered), width: width))
        return lines.joined(separator: "\n")
    }

    func instructions(for offered: OfferedDecision) -> String {
        let count = offered.choices.count
        let example = Array((1...count).reversed()).map(String.init).joined(separator: " ")
        switch offered.format {
        case .single:
            return "Type the number of your choice (q to save and stop)."
        case .bestWorst:
            return "Type the number of the most effective option, then the least effective, e.g. 1 \(count) (q to save and stop)."
        case .rank:
            return "Type all \(count) numbers from most to least effective, e.g. \(example) (q to save and stop)."
        case .rate:
            let scale = offered.ratings.enumerated().map { "\($0.offset + 1) = \($0.element.name.lowercased())" }.joined(separator: ", ")
            return "Rate each option in the order shown: \(scale). Type one number per option, e.g. \(example) (q to save and stop)."
        }
    }

    // MARK: - Feedback

    /// Feedback on one response, at the learner's level.
    func feedback(_ outcome: ResponseOutcome, level: LeadershipLevel) -> String {
        var lines: [String] = []
        let score = "\(outcome.score.points) of \(outcome.score.maximum) points"
        lines.append(bold("Decision \(outcome.recorded.step): " + (outcome.score.fellShort ? "\(score)" : "\(score), what is expected at your level")))
        for item in outcome.feedback {
            let position = (outcome.recorded.shownOrder.firstIndex(of: item.choice) ?? 0) + 1
            let rating = catalogue.scale.rating(item.keyed)?.name ?? item.keyed.rawValue
            lines.append(TextLayout.wrap("\(position). \(item.text)", width: width, indent: "   ", firstIndent: ""))
            lines.append(TextLayout.wrap("\(rating) for a \(levelName(level)). \(item.feedback)", width: width, indent: "   "))
        }
        return lines.joined(separator: "\n")
    }

    // MARK: - Debrief

    /// A learner's reason for a choice, as the debrief shows it back.
    struct Reason {
        var step: Int
        var text: String
        var time: Date?
    }

    /// The debrief, section by section: held feedback (assessment mode), the ending, the score, the
    /// principles met and missed, what the key expected where the learner fell short, and the
    /// learner's own reasons. A section with nothing to say is left out, with its heading.
    func debrief(
        _ result: SessionResult, scenario: Scenario, level: LeadershipLevel, reasons: [Reason], heldFeedback: [String]
    ) -> String {
        var lines: [String] = []
        if !heldFeedback.isEmpty {
            lines += [heading("Your answers and their feedback"), "", heldFeedback.joined(separator: "\n\n"), ""]
        }
        lines += [heading("Debrief: \(scenario.title)"), ""]
        lines += endingLines(result, scenario: scenario)
        lines += scoreLines(result, scenario: scenario, level: level)
        // "Did well" means reaching the catalogue's meets-expectations band, whatever it is called.
        let meets = catalogue.meetsBand?.from ?? 0
        lines += section("Where you did well", strongLines(result.principles.filter { ($0.percentage ?? 0) >= meets }))
        lines += section("Where you fell short", weakLines(result.principles.filter { ($0.percentage ?? 100) < meets }))
        lines += section(
            "What the key expected", result.shortfalls.flatMap { expectedLines($0, scenario: scenario, level: level) })
        lines += section("Your reasons, as you recorded them", reasons.map(reasonLine))
        return lines.joined(separator: "\n")
    }

    /// The ending's outcome and its debrief text, when the story reached one.
    func endingLines(_ result: SessionResult, scenario: Scenario) -> [String] {
        guard let ending = result.ending, let node = scenario.node(ending)?.ending else { return [] }
        let outcome = catalogue.outcome(node.outcome)?.name ?? node.outcome.rawValue
        return [bold(outcome), TextLayout.wrap(node.debrief, width: width), ""]
    }

    /// The outcome and the score together: the band the attempt reached, and, when the ending capped
    /// it, what the percentage alone would have reached and why it does not count.
    func scoreLines(_ result: SessionResult, scenario: Scenario, level: LeadershipLevel) -> [String] {
        let outcome = result.outcome.map { catalogue.outcome($0)?.name ?? $0.rawValue }
        let percentage = result.percentage.map { "\(Int($0.rounded()))%" } ?? "no score"
        let band = result.band.map { ", \($0.name.lowercased())" } ?? ""
        var lines = [bold("\(outcome.map { "\($0) — " } ?? "")\(percentage)\(band) (\(levelName(level))).")]
        if result.isCapped, let outcome, let reached = result.band, let alone = result.uncappedBand {
            lines.append(TextLayout.wrap(
                "The band is capped: \(percentage) on its own is \(alone.name.lowercased()), but the story ended with a "
                    + "\(outcome.lowercased()), and choices that lead there have not met expectations, however many points "
                    + "they earned. An attempt that ends this way reaches at most \(reached.name.lowercased()).",
                width: width))
        }
        let count = result.decisions.count
        lines.append(TextLayout.wrap(
            "The percentage is the mean over the \(count == 1 ? "decision" : "\(count) decisions") on the path you took, "
                + "each scored out of its own maximum.",
            width: width))
        return lines
    }

    /// The principles the learner met expectations on, with their percentages.
    func strongLines(_ areas: [AreaScore<PrincipleID>]) -> [String] {
        areas.map { "  • \(principleName($0.id)) (\(percent($0.percentage)))" }
    }

    /// The principles the learner fell short on, each with its band and the pledge's own words.
    func weakLines(_ areas: [AreaScore<PrincipleID>]) -> [String] {
        areas.flatMap { area in
            let bandName = area.band.flatMap { id in catalogue.bands.first { $0.id == id }?.name.lowercased() } ?? ""
            var lines = [TextLayout.wrap(
                "• \(principleName(area.id)) (\(percent(area.percentage)), \(bandName))", width: width, indent: "    ", firstIndent: "  ")]
            if let pledge = catalogue.principle(area.id)?.pledge {
                lines.append(TextLayout.wrap("The pledge: “\(pledge.trimmingCharacters(in: .whitespacesAndNewlines))”", width: width, indent: "    "))
            }
            return lines
        }
    }

    /// One decision where the learner fell short: what the key expected at their level, and at the
    /// level above ("the same" when it expects the same, rather than the same text twice).
    func expectedLines(_ shortfall: Shortfall, scenario: Scenario, level: LeadershipLevel) -> [String] {
        let prompt = scenario.node(shortfall.node)?.decision?.prompt[level] ?? ""
        var lines = [TextLayout.wrap("Decision \(shortfall.step): \(prompt)", width: width, indent: "    ", firstIndent: "  ")]
        func expectation(_ text: String) -> String { TextLayout.wrap(text, width: width, indent: "      ", firstIndent: "    ") }
        for expected in shortfall.expected {
            lines.append(expectation("At your level (\(levelName(level))): \(expected.text) \(expected.feedback)"))
        }
        guard let above = level.levelAbove, !shortfall.expectedAbove.isEmpty else { return lines }
        if shortfall.expectedAbove.map(\.choice) == shortfall.expected.map(\.choice),
            shortfall.expectedAbove.map(\.feedback) == shortfall.expected.map(\.feedback)
        {
            return lines + [expectation("At the level above (\(levelName(above))): the same.")]
        }
        for expected in shortfall.expectedAbove {
            lines.append(expectation("At the level above (\(levelName(above))): \(expected.text) \(expected.feedback)"))
        }
        return lines
    }

    /// A reason the learner recorded, with the time they recorded it, shown as typed but with any
    /// control character made visible.
    func reasonLine(_ reason: Reason) -> String {
        let time = reason.time.map { " (\(UTCTime.clock($0)))" } ?? ""
        return TextLayout.wrap("Decision \(reason.step)\(time): “\(VisibleText(reason.text))”", width: width, indent: "    ", firstIndent: "  ")
    }

    // MARK: - Pieces

    /// A debrief section: a blank line, its heading in bold, and its lines; nothing when it has none.
    private func section(_ title: String, _ lines: [String]) -> [String] {
        lines.isEmpty ? [] : ["", bold(title)] + lines
    }

    /// A screen's heading: a rule with the title in it, or the title alone when plain.
    private func heading(_ title: String) -> String { plain ? title : rule(title) }

    func levelName(_ level: LeadershipLevel) -> String {
        (catalogue.level(level)?.name ?? level.rawValue).lowercased()
    }

    private func principleName(_ id: PrincipleID) -> String { catalogue.principle(id)?.name ?? id.rawValue }

    private func percent(_ value: Double?) -> String { value.map { "\(Int($0.rounded()))%" } ?? "no score" }

    private func rule(_ title: String) -> String {
        let head = "── \(title) "
        return head + String(repeating: "─", count: max(3, width - head.count))
    }

    func bold(_ text: String) -> String { colour && !plain ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
}
