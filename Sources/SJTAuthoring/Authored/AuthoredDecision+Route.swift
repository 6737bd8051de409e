import SJTEngine

extension AuthoredDecision {
    /// What the story follows at this node, by its format's rules; `nil` when the format is missing
    /// or unknown (the reader reports it).
    var route: StoryRoute? { format.flatMap { ResponseFormat(rawValue: $0.value) }?.route }
}
