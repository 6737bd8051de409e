import GRDB

/// A row of `setting`: something remembered between runs, such as the last learner.
struct SettingRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "setting"
    var key: String
    var value: String
}
