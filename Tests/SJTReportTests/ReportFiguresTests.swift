import Foundation
import SJTAuthoring
import SJTEngine
import SJTTestSupport
import Testing

/// The report's tables hold the export's own figures: each checked against the CSV file it names,
/// for the sample cohort, cell for cell.
struct ReportFiguresTests {
    let exports: ReportExports
    let folder: String
    let report: ReportHTML
    let catalogue: Catalogue

    init() throws {
        exports = try ReportExports()
        folder = try exports.batch([ReportExports.sample], into: "sample")
        report = try ReportExports.report(folder)
        catalogue = exports.bank.catalogue
    }

    func levelName(_ id: String) -> String { catalogue.level(LeadershipLevel(rawValue: id)!)!.name }

    @Test(arguments: [("principles", "principle"), ("elements", "element"), ("capabilities", "capability")])
    func eachAreaTableHoldsItsLevelsRowsOfTheCSVFileWeakestFirst(_ file: String, _ idColumn: String) throws {
        defer { exports.remove() }
        let records = try ReportExports.records(folder, file + ".csv")
        let columns = ["learners", "mean", "sd", "min", "median", "max", "share_meets"]
        let name: (String) -> String = { id in
            switch idColumn {
            case "principle": self.catalogue.principle(PrincipleID(id))!.name
            case "element": "\(id) \(self.catalogue.element(ElementID(id))!.name)"
            default: self.catalogue.capability(CapabilityID(id))!.name
            }
        }
        var tablesSeen = 0
        for level in LeadershipLevel.allCases {
            let expected = records.filter { $0["level"] == level.rawValue }.map { record in [name(record[idColumn]!)] + columns.map { record[$0]! } }
            let table = try #require(report.tables["\(file)-\(level.rawValue)"], "no \(file) table for \(level)")
            #expect(table.file == file + ".csv")
            #expect(table.header == [idColumn] + columns)
            #expect(table.rows.sorted { $0.lexicographicallyPrecedes($1) } == expected.sorted { $0.lexicographicallyPrecedes($1) })
            let means = table.rows.map { Double($0[2])! }
            #expect(means == means.sorted(), "weakest first")
            tablesSeen += 1
        }
        #expect(tablesSeen == 4)
    }

    @Test func theCohortAtAGlanceCountsLearnersAndAttemptsPerLevelFromTheirCSVFiles() throws {
        defer { exports.remove() }
        let learners = try ReportExports.records(folder, "learners.csv")
        let attempts = try ReportExports.records(folder, "attempts.csv")
        let glance = try #require(report.tables["glance-attempts"])
        #expect(glance.header == ["level", "learners", "attempts", "complete", "unfinished"])
        #expect(glance.rows == LeadershipLevel.allCases.map { level in
            let atLevel = attempts.filter { $0["level"] == level.rawValue }
            let complete = atLevel.count { $0["complete"] == "yes" }
            return [levelName(level.rawValue), String(learners.count { $0["level"] == level.rawValue }), String(atLevel.count), String(complete),
                String(atLevel.count - complete)]
        })
        // The sample: 24 learners, 72 attempts, all complete.
        #expect(glance.rows.map { Int($0[1])! }.reduce(0, +) == 24 && glance.rows.map { Int($0[2])! }.reduce(0, +) == 72)

        let bands = try #require(report.tables["glance-bands"])
        #expect(bands.header == ["level"] + catalogue.bands.map { "\($0.id.rawValue): \($0.name)" } + ["no band"])
        #expect(bands.rows == LeadershipLevel.allCases.map { level in
            let atLevel = learners.filter { $0["level"] == level.rawValue }
            return [levelName(level.rawValue)] + catalogue.bands.map { band in String(atLevel.count { $0["band"] == band.id.rawValue }) }
                + [String(atLevel.count { $0["band"]!.isEmpty })]
        })
    }

    @Test func everyFlaggedDecisionIsListedWithItsItemsRowAndTheOptionChosenMost() throws {
        defer { exports.remove() }
        let items = try ReportExports.records(folder, "items.csv")
        let options = try ReportExports.records(folder, "options.csv")
        let attention: Set<String> = ["facility-below-0.2", "facility-above-0.95", "negative-discrimination", "key-disagrees"]
        let flagged = items.filter { !Set($0["flags"]!.split(separator: " ").map(String.init)).isDisjoint(with: attention) }
        let table = try #require(report.tables["attention-facility"])
        #expect(table.file == "items.csv options.csv")
        #expect(table.rows.count == flagged.count && flagged.count == 120)
        let title = { (id: String) in self.exports.bank.scenario(ScenarioID(id))!.title }
        for row in table.rows {
            let matching = flagged.filter { title($0["scenario_id"]!) == row[0] && levelName($0["level"]!) == row[1] && $0["node_id"] == row[2] }
            let item = try #require(matching.first, "no items.csv row for \(row)")
            #expect(matching.count == 1)
            #expect(Array(row[3...6]) == [item["reached"]!, item["facility"]!, item["discrimination_index"]!, item["flags"]!])
            let here = options.filter { $0["scenario_id"] == item["scenario_id"] && $0["level"] == item["level"] && $0["node_id"] == item["node_id"] }
            let most = here.compactMap { Int($0["chosen"]!) }.max() ?? 0
            let chosen = most > 0 ? here.filter { Int($0["chosen"]!) == most } : []
            #expect(Array(row[7...9]) == [
                chosen.map { $0["option_id"]! }.joined(separator: ", "), chosen.map { $0["keyed"]! }.joined(separator: ", "), chosen.first?["share"] ?? "",
            ])
        }
        // Most attempts first.
        let reached = table.rows.map { Int($0[3])! }
        #expect(reached == reached.sorted(by: >))
    }

    @Test func theDecisionsWhereLevelsDifferShowEachLevelsSharesFromOptionsCSV() throws {
        defer { exports.remove() }
        let options = try ReportExports.records(folder, "options.csv")
        let abbreviations = ["FW": "frontline-worker", "FL": "frontline-leader", "OL": "operational-leader", "SL": "strategic-leader"]
        for number in 1...3 {
            let table = try #require(report.tables["levels-\(number)"])
            let caption = try #require(report.captions["levels-\(number)"])
            let parts = caption.components(separatedBy: ", decision ")
            let scenario = try #require(exports.bank.scenarios.first { $0.title == parts[0] }).id.rawValue
            let node = String(parts[1].dropLast())
            #expect(table.header.first == "option" && (table.header.count - 1) % 3 == 0)
            for row in table.rows {
                for (index, heading) in table.header.enumerated().dropFirst() where heading.hasSuffix(" key") {
                    let level = abbreviations[String(heading.prefix(2))]!
                    let record = options.first {
                        $0["scenario_id"] == scenario && $0["node_id"] == node && $0["level"] == level && $0["option_id"] == row[0]
                    }
                    let expected = record.map { [$0["keyed"]!, $0["chosen"]!, $0["share"]!] } ?? ["", "", ""]
                    #expect(Array(row[index...(index + 2)]) == expected, "\(scenario) \(node) \(level) \(row[0])")
                }
            }
        }
    }

    @Test func theComparisonReportHoldsSummaryCSVsRowsPerLevel() throws {
        defer { exports.remove() }
        let pre = try exports.simulate("pre.csv", learners: 120, shift: 0)
        let post = try exports.simulate("post.csv", learners: 120, shift: 0.8)
        let compared = try exports.compare(pre, post, into: "change")
        let report = try ReportExports.report(compared)
        let summary = try ReportExports.records(compared, "summary.csv")
        let columns = ["learners", "mean_pre", "mean_post", "mean_change", "sd_change", "ci95_low", "ci95_high", "effect_size", "share_moved_up"]
        for level in LeadershipLevel.allCases {
            let table = try #require(report.tables["change-\(level.rawValue)"])
            let expected = summary.filter { $0["level"] == level.rawValue }.map { record in
                [catalogue.principle(PrincipleID(record["principle"]!))!.name] + columns.map { record[$0]! }
            }
            #expect(!expected.isEmpty)
            #expect(table.rows.sorted { $0.lexicographicallyPrecedes($1) } == expected.sorted { $0.lexicographicallyPrecedes($1) })
            let changes = table.rows.map { Double($0[4])! }
            #expect(changes == changes.sorted())
        }
        let unmatched = try ReportExports.records(compared, "unmatched.csv")
        let counted = report.tables.values.first { $0.file == "unmatched.csv" }
        #expect((counted?.rows.map { Int($0[2])! }.reduce(0, +) ?? 0) == unmatched.count)
    }
}
