import GRDB

/// The store's schema, one migration at a time. Migrations are never edited once released: a store
/// written by an older sjt is brought up to date by running the ones it lacks.
enum StoreMigrator {
    /// Marks the file as an sjt store (`PRAGMA application_id`), so another SQLite file is never
    /// mistaken for one. "SJT1" in ASCII.
    static let applicationID: Int32 = 0x534A_5431

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()

        migrator.registerMigration("v1 create learner, attempt, response") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.create(table: "learner") { t in
                t.primaryKey("id", .text)
                t.column("name", .text)
                t.column("level", .text)
                t.column("cohort", .text)
                t.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "attempt") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("learner", onDelete: .cascade).notNull()
                t.column("cohort", .text)
                t.column("scenarioId", .text).notNull()
                t.column("scenarioVersion", .integer).notNull()
                t.column("scenarioHash", .text).notNull()
                /// Which attempt at this scenario, for this learner: 1, 2, …
                t.column("number", .integer).notNull()
                t.column("level", .text).notNull()
                t.column("mode", .text).notNull()
                t.column("status", .text).notNull()
                    .check(sql: "status IN ('in-progress', 'complete', 'superseded')")
                /// The engine's SessionState as JSON: all that is needed to resume exactly.
                t.column("state", .text).notNull()
                t.column("startedAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
                t.column("finishedAt", .datetime)
                t.column("total", .integer)
                t.column("maximum", .integer)
                t.column("percentage", .double)
                t.column("band", .text)
                t.column("ending", .text)
                t.column("outcome", .text)
                /// Per-principle scores of the attempt so far, as JSON, for progress over time.
                t.column("principleScores", .text)
                t.uniqueKey(["learnerId", "scenarioId", "number"])
            }
            try db.create(table: "response") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("attempt", onDelete: .cascade).notNull()
                t.column("step", .integer).notNull()
                t.column("nodeId", .text).notNull()
                t.column("response", .text).notNull()
                t.column("shownOrder", .text).notNull()
                t.column("rationale", .text)
                t.column("answeredAt", .datetime).notNull()
                t.column("points", .integer).notNull()
                t.column("maximum", .integer).notNull()
                t.column("rating", .text)
                t.uniqueKey(["attemptId", "step"])
            }
        }

        migrator.registerMigration("v2 create setting") { db in
            // What the tool remembers between runs on one machine, such as the last learner.
            try db.create(table: "setting") { t in
                t.primaryKey("key", .text)
                t.column("value", .text).notNull()
            }
        }

        return migrator
    }
}
