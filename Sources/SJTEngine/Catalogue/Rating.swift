/// One step of the scale that expert keys use, such as "meets expectations" worth 2 points.
public struct Rating: Sendable, Equatable, Identifiable, Codable {
    public var id: RatingID
    public var name: String
    public var points: Int
    public var description: String

    public init(id: RatingID, name: String, points: Int, description: String = "") {
        self.id = id
        self.name = name
        self.points = points
        self.description = description
    }
}
