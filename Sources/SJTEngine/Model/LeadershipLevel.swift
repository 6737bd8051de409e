/// The four levels of the leadership framework, lowest first.
///
/// The same choice can meet expectations at one level and fall short at another: every option's key
/// names a rating per level. The raw values are the ids authors and trainers write.
public enum LeadershipLevel: String, CaseIterable, Codable, Sendable, Comparable, CustomStringConvertible {
    /// Family support workers, business services assistants, volunteers, students, graduates.
    case frontLineWorker = "frontline-worker"
    /// Supervisors and team leaders: the learners most induction courses serve.
    case frontLineLeader = "frontline-leader"
    /// Operational and service managers.
    case operationalLeader = "operational-leader"
    /// Senior leaders and directors responsible for directing the department.
    case strategicLeader = "strategic-leader"

    /// Position in the framework, 0 for front-line worker.
    public var rank: Int {
        switch self {
        case .frontLineWorker: 0
        case .frontLineLeader: 1
        case .operationalLeader: 2
        case .strategicLeader: 3
        }
    }

    /// The next level up, or `nil` for strategic leader.
    public var levelAbove: LeadershipLevel? {
        rank + 1 < Self.allCases.count ? Self.allCases[rank + 1] : nil
    }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}
