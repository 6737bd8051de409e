/// "Who could not be compared": unmatched.csv's learners counted by reason, so that none is
/// dropped from the report silently.
struct UnmatchedSection {
    let unmatched: ReportTable

    func make() throws(ReportError) -> ReportSection {
        let rows = try unmatched.select(["present_in", "reason"])
        var counts: [(present: String, reason: String, learners: Int)] = []
        for row in rows {
            if let index = counts.firstIndex(where: { $0.present == row[0] && $0.reason == row[1] }) {
                counts[index].learners += 1
            } else {
                counts.append((row[0], row[1], 1))
            }
        }
        let content: [BodyNode] =
            counts.isEmpty
            ? [ReportSection.nothingToShow("Every learner in either cohort was compared.")]
            : [
                ReportSection.paragraph(
                    "Learners (per level) with no change to show, counted by the reason unmatched.csv gives, one row per learner and level there."),
                DataTable(
                    file: unmatched.file, header: ["present_in", "reason", "learners"], rows: counts.map { [$0.present, $0.reason, String($0.learners)] },
                    numeric: [2]
                ).render(),
            ]
        return ReportSection(id: "unmatched", heading: "Who could not be compared", content: content)
    }
}
