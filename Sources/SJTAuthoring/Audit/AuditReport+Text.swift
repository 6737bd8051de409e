import Foundation
import SJTEngine

extension AuditReport {
    /// Every finding in compiler style (`file:line:column: warning: message [code]`), then the
    /// bank summary: surface cues, cue strategies, level differentiation, score–story coherence,
    /// texts, and a last line counting findings by code.
    public func text() -> String {
        var lines = findings.map { "\($0.location): warning: \($0.message) [\($0.kind.rawValue)]" }
        if !lines.isEmpty { lines.append("") }
        lines.append("Audit of \(scenarios) \(scenarios == 1 ? "scenario" : "scenarios"), \(decisions) \(decisions == 1 ? "decision" : "decisions") (catalogue \(catalogueID))")
        lines.append(weightsLine)
        lines.append("")
        lines.append("Surface cues (share of decisions; chance is keyed-best options over options):")
        for share in cueShares {
            lines.append(
                "  \(pad(share.level, 19)) keyed best is the longest \(Percent.whole(share.keyedBestLongest * 100)), written first \(Percent.whole(share.keyedBestFirst * 100)), chance \(Percent.whole(share.chance * 100)); median longest/shortest \(Self.ratio(share.medianLengthRatio))")
        }
        lines.append("")
        lines.append("Cue strategies, played through the engine (mean, band of the mean, range over scenarios, positive endings):")
        for summary in strategySummaries {
            lines.append(
                "  \(pad(summary.strategy.rawValue, 15)) \(pad(summary.level, 19)) \(pad(Percent.whole(summary.meanPercentage), 4)) \(pad(summary.band, 10)) \(Percent.whole(summary.lowestPercentage))–\(Percent.whole(summary.highestPercentage)), positive \(Percent.whole(summary.positiveShare * 100))")
        }
        lines.append("")
        lines.append("Level differentiation (decisions where the keyed best differs; where any rating differs):")
        for pair in differentiationSummaries {
            lines.append(
                "  \(pad("\(pair.lower) / \(pair.upper)", 40)) \(count(pair.keyedBestDiffers, of: pair.decisions)); \(count(pair.ratingDiffers, of: pair.decisions))")
        }
        lines.append("")
        lines.append("Score–story coherence (uncapped percentages; the coherence band is '\(coherenceBand)', from \(Percent.whole(coherenceBandFrom))):")
        for summary in coherenceSummaries {
            lines.append(
                "  \(pad(summary.level, 19)) \(summary.paths) paths: \(summary.negativeEndingsAtBand) negative \(summary.negativeEndingsAtBand == 1 ? "ending" : "endings") in \(summary.negativeEndingScenarios) \(summary.negativeEndingScenarios == 1 ? "scenario" : "scenarios") reachable in '\(coherenceBand)' or above (\(summary.negativeEndingsAtTopBand) in '\(topBand)'); \(summary.positiveEndingsOnlyBelow) positive only below")
        }
        lines.append("")
        let references = findings.count { $0.kind == .shuffleReference }
        lines.append(
            "Texts: \(references) \(references == 1 ? "reference" : "references") to options by letter or position; \(quotationsFound) of \(quotationsChecked) quotations claiming the pledge or framework found in the sources; \(pledgesChecked - pledgesNotFound) of \(pledgesChecked) pledge texts found")
        lines.append("")
        if findings.isEmpty {
            lines.append("No thresholds broken.")
        } else {
            let counts = findingCounts.map { "\($0.kind.rawValue) \($0.count)" }.joined(separator: ", ")
            lines.append("\(findings.count) \(findings.count == 1 ? "finding" : "findings"): \(counts)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    private func count(_ part: Int, of whole: Int) -> String {
        "\(part)/\(whole) (\(Percent.share(part, of: whole)))"
    }

    /// The decisions that count more or less than the others (`weight:`), or that every decision weighs the same.
    var weightsLine: String {
        var seen = Set<String>()
        let weighted = cues.filter { $0.weight != 1 && seen.insert($0.scenario + "/" + $0.node).inserted }
        if weighted.isEmpty { return "Weights: every decision weighs 1." }
        return "Weights: " + weighted.map { "\($0.scenario)/\($0.node) ×\($0.weight.formatted(.number.precision(.fractionLength(0...2))))" }.joined(separator: ", ") + "; every other decision 1."
    }
}
