import SJTDigest

extension CohortImport {
    /// Replaces every learner id with `p-` and the first 16 hex digits of its HMAC-SHA-256 under the
    /// key, and drops names, so results can be shared outside the training team. The same id and key
    /// always give the same pseudonym, so a learner's rows stay together across files.
    public mutating func pseudonymise(key: [UInt8]) {
        var pseudonyms: [String: String] = [:]
        func pseudonym(_ id: String) -> String {
            // An empty id stays empty: a pseudonym of nothing would look like a learner.
            if id.isEmpty { return id }
            if let known = pseudonyms[id] { return known }
            let made = "p-" + HMACSHA256.hex(key: key, message: Array(id.utf8)).prefix(16)
            pseudonyms[id] = made
            return made
        }
        // Each distinct id is hashed once, however many rows it has.
        var pseudonymIDs: [StringPool.ID: StringPool.ID] = [:]
        for index in rows.indices {
            let id = rows[index].learnerID
            if let known = pseudonymIDs[id] {
                rows[index].learnerID = known
            } else {
                let made = pool.intern(pseudonym(pool[id]))
                pseudonymIDs[id] = made
                rows[index].learnerID = made
            }
            rows[index].learnerName = 0
        }
        for index in rejected.indices {
            if let id = rejected[index].response?.learnerID { rejected[index].response?.learnerID = pseudonym(id) }
            rejected[index].response?.learnerName = nil
            // A row too malformed to map keeps no raw fields: they may hold a name.
            rejected[index].rawFields = []
        }
    }
}
