import Foundation
import SJTEngine

extension AuditReport {
    /// The columns of ``table()``.
    public static let tableHeader = ["section", "scenario", "node", "level", "measure", "value", "file", "line", "column", "code", "message"]

    /// The whole report as one long table for a spreadsheet, a row per finding and per measure:
    /// `finding` rows carry the location, code and message; `cue`, `bank`, `strategy`,
    /// `differentiation` and `coherence` rows a measure and its value (shares from 0 to 1,
    /// percentages from 0 to 100). The command writes it through the CSV module.
    public func table() -> [[String]] {
        var rows: [[String]] = []
        func row(_ section: String, _ scenario: String = "", _ node: String = "", _ level: String = "", _ measure: String, _ value: String, message: String = "") {
            rows.append([section, scenario, node, level, measure, value, "", "", "", "", message])
        }
        for finding in findings {
            rows.append(["finding", "", "", "", "", "", finding.location.file, String(finding.location.line), String(finding.location.column), finding.kind.rawValue, finding.message])
        }
        for share in cueShares {
            row("bank", "", "", share.level, "keyed-best-longest-share", number(share.keyedBestLongest))
            row("bank", "", "", share.level, "keyed-best-first-share", number(share.keyedBestFirst))
            row("bank", "", "", share.level, "chance", number(share.chance))
            row("bank", "", "", share.level, "median-length-ratio", number(share.medianLengthRatio))
        }
        for cue in cues {
            row("cue", cue.scenario, cue.node, cue.level, "length-ratio", number(cue.lengthRatio))
            row("cue", cue.scenario, cue.node, cue.level, "keyed-best-longest", number(cue.keyedBestLongest))
            row("cue", cue.scenario, cue.node, cue.level, "keyed-best-first", cue.keyedBestFirst ? "1" : "0")
            row("cue", cue.scenario, cue.node, cue.level, "chance", number(cue.chance))
            row("cue", cue.scenario, cue.node, cue.level, "weight", number(cue.weight))
        }
        for result in strategies {
            row("strategy", result.scenario, "", result.level, "\(result.strategy.rawValue) mean-percentage", number(result.meanPercentage))
            row("strategy", result.scenario, "", result.level, "\(result.strategy.rawValue) positive-share", number(result.positiveShare))
        }
        for pair in differentiation {
            row("differentiation", pair.scenario, "", "\(pair.lower)/\(pair.upper)", "keyed-best-differs-share", number(pair.keyedBestDiffersShare))
            row("differentiation", pair.scenario, "", "\(pair.lower)/\(pair.upper)", "rating-differs-share", number(pair.ratingDiffersShare))
        }
        for path in paths {
            row("coherence", path.scenario, path.ending, path.level, "\(path.outcome) least-percentage", number(path.leastPercentage), message: path.route)
            row("coherence", path.scenario, path.ending, path.level, "\(path.outcome) most-percentage", number(path.mostPercentage), message: path.route)
        }
        return rows
    }

    /// JSON of the whole report, keys sorted, for tools.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private func number(_ value: Double) -> String { String(format: "%.4f", value) }
}
