/// A dimension of the leadership framework (such as "Setting direction") and its four elements.
public struct FrameworkDimension: Sendable, Equatable, Codable {
    public var id: String
    public var name: String
    /// Dimensions 6 and 7 apply to senior staff only.
    public var isSeniorOnly: Bool
    public var elements: [FrameworkElement]

    public init(id: String, name: String, isSeniorOnly: Bool, elements: [FrameworkElement]) {
        self.id = id
        self.name = name
        self.isSeniorOnly = isSeniorOnly
        self.elements = elements
    }
}

/// An element of the leadership framework, such as 5.3 "Making decisions".
public struct FrameworkElement: Sendable, Equatable, Identifiable, Codable {
    public var id: ElementID
    public var name: String
    public var summary: String

    public init(id: ElementID, name: String, summary: String) {
        self.id = id
        self.name = name
        self.summary = summary
    }
}
