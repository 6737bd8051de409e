/// A string identifier with a type of its own, so a node id can never be passed where an option id is meant.
///
/// Identifiers encode as a bare JSON string and print as their raw value.
public protocol StringIdentifier: RawRepresentable, Hashable, Comparable, Codable, Sendable,
    ExpressibleByStringLiteral, CustomStringConvertible where RawValue == String
{
    init(_ rawValue: String)
}

extension StringIdentifier {
    public init(rawValue: String) { self.init(rawValue) }
    public init(stringLiteral value: String) { self.init(value) }
    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// Identifies a scenario across the bank, e.g. `friday-referral`.
public struct ScenarioID: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// Identifies a decision or ending node within one scenario.
public struct NodeID: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// Identifies an option within one decision node (often `a`, `b`, `c`).
public struct ChoiceID: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// Identifies a pledge principle in the catalogue, e.g. `risk-sensible`.
public struct PrincipleID: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// Identifies a leadership framework element, e.g. `5.3`.
public struct ElementID: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// Identifies a leadership capability in the catalogue, e.g. `building-resilience`.
public struct CapabilityID: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// Identifies a rating on the catalogue's scale, e.g. `meets`.
public struct RatingID: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// Identifies the kind of outcome an ending has, e.g. `positive`.
public struct OutcomeID: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// Identifies a band that a percentage maps to, e.g. `meets`.
public struct BandID: StringIdentifier {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}
