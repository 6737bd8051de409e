import SJTEngine

/// "The cohort at a glance": learners and attempts per level, how many attempts were finished, and
/// how the learners at each level fall into the catalogue's bands.
///
/// Counts rows of learners.csv (one per learner and level) and attempts.csv (one per attempt): a
/// learner who played at two levels is counted at each.
struct CohortGlanceSection {
    let tables: BatchTables
    let labels: ReportLabels

    func make() throws(ReportError) -> ReportSection {
        // learners.csv counted by cohort, level and band; attempts.csv by level and complete.
        let learners = tables.learners, attempts = tables.attempts
        let levels = LeadershipLevel.allCases
        let bands = labels.catalogue.bands

        var completion: [[String]] = []
        var completionBars: [StackedBarChart.Bar] = []
        var banding: [[String]] = []
        var bandBars: [StackedBarChart.Bar] = []
        for level in levels {
            let atLevel = learners.rows { $0[1] == level.rawValue }
            let attemptsAtLevel = attempts.rows { $0[0] == level.rawValue }
            let complete = attempts.rows { $0[0] == level.rawValue && $0[1] == "yes" }
            let name = labels.level(level.rawValue)
            completion.append([name, String(atLevel), String(attemptsAtLevel), String(complete), String(attemptsAtLevel - complete)])
            completionBars.append(.init(
                label: name,
                segments: [
                    .init(name: "complete", count: complete, colour: Palette.blue),
                    .init(name: "unfinished", count: attemptsAtLevel - complete, colour: Palette.yellow),
                ],
                emptyNote: "no attempt at this level", total: "\(attemptsAtLevel) attempts"))

            let counts = bands.map { band in learners.rows { $0[1] == level.rawValue && $0[2] == band.id.rawValue } }
            let unbanded = learners.rows { $0[1] == level.rawValue && $0[2].isEmpty }
            banding.append([name] + counts.map(String.init) + [String(unbanded)])
            bandBars.append(.init(
                label: name,
                segments: bands.enumerated().map { index, band in .init(name: band.id.rawValue, count: counts[index], colour: Palette.band(index)) },
                emptyNote: atLevel == 0 ? "no learner at this level" : "no learner at this level has a band (no complete attempt)",
                total: "\(atLevel - unbanded) of \(atLevel) learners"))
        }

        let completionFigure = ReportFigure(
            id: "glance-attempts", title: "Attempts per level.",
            caption: "Each bar is one level's attempts: finished ones (reached an ending) in blue, unfinished in yellow, each labelled with its count. "
                + "A learner counts at every level they played at.",
            chart: StackedBarChart(
                bars: completionBars, legend: [("complete", Palette.blue), ("unfinished", Palette.yellow)]
            ).svg(labelledBy: "glance-attempts-caption"),
            table: DataTable(
                file: "learners.csv attempts.csv", header: ["level", "learners", "attempts", "complete", "unfinished"], rows: completion,
                numeric: [1, 2, 3, 4]))
        let bandFigure = ReportFigure(
            id: "glance-bands", title: "Bands per level.",
            caption: "How the learners at each level fall into the catalogue's bands, lowest on the left, by their percentage over all their "
                + "summarised attempts (learners.csv's band). Learners with no complete attempt have no band.",
            chart: StackedBarChart(
                bars: bandBars, legend: bands.enumerated().map { ($0.element.id.rawValue, Palette.band($0.offset)) }
            ).svg(labelledBy: "glance-bands-caption"),
            table: DataTable(
                file: "learners.csv", header: ["level"] + bands.map { "\($0.id.rawValue): \($0.name)" } + ["no band"], rows: banding,
                numeric: Set(1...(bands.count + 1))))
        return ReportSection(id: "glance", heading: "The cohort at a glance", content: [completionFigure.render(), bandFigure.render()])
    }
}
