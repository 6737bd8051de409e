import Foundation
import SJTEngine

extension Choice {
    /// The option's text as a learner at `level` reads it: the one accessor every audit measure of
    /// option text goes through.
    func auditText(at level: LeadershipLevel) -> String { text[level] ?? "" }

    /// Length in characters (grapheme clusters) at a level, surrounding whitespace left out: what a
    /// reader sees as "longer".
    func auditLength(at level: LeadershipLevel) -> Int {
        auditText(at: level).trimmingCharacters(in: .whitespacesAndNewlines).count
    }
}
