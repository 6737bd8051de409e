import SJTDigest

/// What `--pseudonymise` removes beyond learner ids and names, as the trainer chooses.
public struct PseudonymisationOptions: Sendable, Equatable {
    /// Keep rationales (free text that can name children and colleagues); dropped by default.
    public var keepRationales: Bool
    /// Replace cohort names with keyed hashes too; kept by default, as the trainer named them.
    public var pseudonymiseCohorts: Bool

    public init(keepRationales: Bool = false, pseudonymiseCohorts: Bool = false) {
        self.keepRationales = keepRationales
        self.pseudonymiseCohorts = pseudonymiseCohorts
    }
}

/// What pseudonymising did to an import, for the manifest.
public struct PseudonymisationReport: Codable, Sendable, Equatable {
    /// How learner ids were replaced.
    public var learnerIds = "replaced by p- and the first 16 hex digits of HMAC-SHA-256 under the key"
    public var learnerNames = "removed"
    /// `removed` or `kept`.
    public var rationales: String
    /// `kept`, or how they were replaced.
    public var cohorts: String
    /// What rejects.csv keeps of a row sjt could not use.
    public var rejectedRows = "raw fields removed; a cell is written only when it is a bank id, a well-formed number or time, a pseudonym or an accepted cohort, else …"
    public var distinctLearnerIds: Int
    public var namesRemoved: Int
    public var rationalesRemoved: Int
}

/// The shapes of the pseudonyms sjt writes: a prefix and 16 hexadecimal digits.
public enum Pseudonym {
    public static let learnerPrefix = "p-"
    public static let cohortPrefix = "c-"

    /// Whether `text` is a learner (`p-…`) or cohort (`c-…`) pseudonym.
    public static func isPseudonym(_ text: String) -> Bool {
        let utf8 = Array(text.utf8)
        guard utf8.count == 18, utf8[1] == UInt8(ascii: "-"), utf8[0] == UInt8(ascii: "p") || utf8[0] == UInt8(ascii: "c")
        else { return false }
        return utf8.dropFirst(2).allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }
}

extension CohortImport {
    /// Replaces every learner id with `p-` and the first 16 hex digits of its HMAC-SHA-256 under the
    /// key, drops names and, unless kept, rationales, so results can be shared outside the training
    /// team. The same id and key always give the same pseudonym, so a learner's rows stay together
    /// across files.
    ///
    /// Ids are told apart byte for byte, exactly as scoring tells them apart: two ids that look alike
    /// but are typed with different Unicode characters (a precomposed and a decomposed `ë`) are two
    /// learners with two pseudonyms.
    ///
    /// - Complexity: one HMAC per distinct id (and cohort), O(1) per row after that.
    @discardableResult
    public mutating func pseudonymise(key: PseudonymKey, options: PseudonymisationOptions = .init()) -> PseudonymisationReport {
        // Keyed by the pool's ids, which are byte-exact, never by `String`, whose `==` is canonical
        // equivalence and would merge two learners.
        var learnerPseudonyms: [StringPool.ID: StringPool.ID] = [:]
        var cohortPseudonyms: [StringPool.ID: StringPool.ID] = [:]
        var namesRemoved = 0, rationalesRemoved = 0
        func learner(_ id: StringPool.ID) -> StringPool.ID {
            // An empty id stays empty: a pseudonym of nothing would look like a learner.
            if id == 0 { return 0 }
            if let known = learnerPseudonyms[id] { return known }
            let made = pool.intern(pool.withBytes(id) { Self.pseudonym(of: $0, prefix: Pseudonym.learnerPrefix, key: key) })
            learnerPseudonyms[id] = made
            return made
        }
        func cohort(_ id: StringPool.ID) -> StringPool.ID {
            if id == 0 || !options.pseudonymiseCohorts { return id }
            if let known = cohortPseudonyms[id] { return known }
            // A prefix of its own in what is hashed, so a cohort named like a learner id gets
            // another pseudonym.
            let made = pool.intern(pool.withBytes(id) { Self.pseudonym(of: Array("cohort:".utf8) + $0, prefix: Pseudonym.cohortPrefix, key: key) })
            cohortPseudonyms[id] = made
            return made
        }
        for index in rows.indices {
            rows[index].learnerID = learner(rows[index].learnerID)
            rows[index].cohort = cohort(rows[index].cohort)
            if rows[index].learnerName != 0 { namesRemoved += 1 }
            rows[index].learnerName = 0
            if !options.keepRationales {
                if rows[index].rationale != 0 { rationalesRemoved += 1 }
                rows[index].rationale = 0
            }
        }
        for index in rejected.indices {
            // A row too malformed to map keeps no raw fields: they may hold a name.
            rejected[index].rawFields = []
            guard var response = rejected[index].response else { continue }
            // The pseudonym is made (and interned) before the pool is read for it.
            if !response.learnerID.isEmpty {
                let pseudonym = learner(pool.intern(response.learnerID))
                response.learnerID = pool[pseudonym]
            }
            if !response.cohort.isEmpty {
                let pseudonym = cohort(pool.intern(response.cohort))
                response.cohort = pool[pseudonym]
            }
            if response.learnerName != nil { namesRemoved += 1 }
            response.learnerName = nil
            if !options.keepRationales {
                if response.rationale != nil { rationalesRemoved += 1 }
                response.rationale = nil
            }
            rejected[index].response = response
        }
        return PseudonymisationReport(
            rationales: options.keepRationales ? "kept" : "removed",
            cohorts: options.pseudonymiseCohorts ? "replaced by c- and the first 16 hex digits of HMAC-SHA-256 under the key" : "kept",
            distinctLearnerIds: learnerPseudonyms.count, namesRemoved: namesRemoved, rationalesRemoved: rationalesRemoved)
    }

    private static func pseudonym<Bytes: Collection<UInt8>>(of bytes: Bytes, prefix: String, key: PseudonymKey) -> String {
        prefix + key.code(for: Array(bytes)).prefix(16)
    }
}
