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

    func debrief(
        _ result: SessionResult, scenario: Scenario, level: LeadershipLevel, reasons: [Reason], heldFeedback: [String]
    ) -> String {
        var lines: [String] = []
        if !heldFeedback.isEmpty {
            lines.append(plain ? "Your answers and their feedback" : rule("Your answers and their feedback"))
            lines.append("")
            lines.append(heldFeedback.joined(separator: "\n\n"))
            lines.append("")
        }
        lines.append(plain ? "Debrief: \(scenario.title)" : rule("Debrief: \(scenario.title)"))
        lines.append("")
        if let ending = result.ending, let node = scenario.node(ending)?.ending {
            let outcome = catalogue.outcome(node.outcome)?.name ?? node.outcome.rawValue
            lines.append(bold(outcome))
            lines.append(TextLayout.wrap(node.debrief, width: width))
            lines.append("")
        }
        lines += scoreLines(result, scenario: scenario, level: level)

        // "Did well" means reaching the catalogue's meets-expectations band, whatever it is called.
        let meets = catalogue.meetsBand?.from ?? 0
        let strong = result.principles.filter { ($0.percentage ?? 0) >= meets }
        let weak = result.principles.filter { ($0.percentage ?? 100) < meets }
        if !strong.isEmpty {
            lines.append("")
            lines.append(bold("Where you did well"))
            for area in strong { lines.append("  • \(principleName(area.id)) (\(percent(area.percentage)))") }
        }
        if !weak.isEmpty {
            lines.append("")
            lines.append(bold("Where you fell short"))
            for area in weak {
                let bandName = area.band.flatMap { id in catalogue.bands.first { $0.id == id }?.name.lowercased() } ?? ""
                lines.append(TextLayout.wrap("• \(principleName(area.id)) (\(percent(area.percentage)), \(bandName))", width: width, indent: "    ", firstIndent: "  "))
                if let pledge = catalogue.principle(area.id)?.pledge {
                    lines.append(TextLayout.wrap("The pledge: “\(pledge.trimmingCharacters(in: .whitespacesAndNewlines))”", width: width, indent: "    "))
                }
            }
        }
        if !result.shortfalls.isEmpty {
            lines.append("")
            lines.append(bold("What the key expected"))
            for shortfall in result.shortfalls {
                let prompt = scenario.node(shortfall.node)?.decision?.prompt[level] ?? ""
                lines.append(TextLayout.wrap("Decision \(shortfall.step): \(prompt)", width: width, indent: "    ", firstIndent: "  "))
                for expected in shortfall.expected {
                    lines.append(TextLayout.wrap(
                        "At your level (\(levelName(level))): \(expected.text) \(expected.feedback)", width: width, indent: "      ", firstIndent: "    "))
                }
                if let above = level.levelAbove, !shortfall.expectedAbove.isEmpty {
                    if shortfall.expectedAbove.map(\.choice) == shortfall.expected.map(\.choice),
                        shortfall.expectedAbove.map(\.feedback) == shortfall.expected.map(\.feedback)
                    {
                        lines.append(TextLayout.wrap(
                            "At the level above (\(levelName(above))): the same.", width: width, indent: "      ", firstIndent: "    "))
                        continue
                    }
                    for expected in shortfall.expectedAbove {
                        lines.append(TextLayout.wrap(
                            "At the level above (\(levelName(above))): \(expected.text) \(expected.feedback)", width: width, indent: "      ", firstIndent: "    "))
                    }
                }
            }
        }
        if !reasons.isEmpty {
            lines.append("")
            lines.append(bold("Your reasons, as you recorded them"))
            for reason in reasons {
                let time = reason.time.map { " (\(UTCTime.clock($0)))" } ?? ""
                lines.append(TextLayout.wrap("Decision \(reason.step)\(time): “\(VisibleText(reason.text))”", width: width, indent: "    ", firstIndent: "  "))
            }
        }
        return lines.joined(separator: "\n")
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

    // MARK: - Pieces

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
