/// One cohort responses row as the importer keeps it: each value an id in the import's
/// ``StringPool`` (0 for no value), times and rationales entries in its ``TextColumn``, numbers as
/// numbers. 60 bytes, whatever the text, so a cohort of
/// a million learners fits in memory beside its export.
///
/// ``CohortImport/response(_:)`` turns one back into a ``CohortResponse``.
public struct ImportedRow: Sendable, Equatable {
    /// Position of the input file in ``CohortImport/files``.
    var file: Int32
    /// The record number in the file (the header is 1).
    var row: Int32
    var cohort: StringPool.ID
    var learnerID: StringPool.ID
    var learnerName: StringPool.ID
    var level: StringPool.ID
    var scenarioID: StringPool.ID
    /// 0 when not given.
    var scenarioVersion: Int32
    var attempt: Int32
    var step: Int32
    var nodeID: StringPool.ID
    var response: StringPool.ID
    var shownOrder: StringPool.ID
    var answeredAt: TextColumn.Entry
    var rationale: TextColumn.Entry
}
