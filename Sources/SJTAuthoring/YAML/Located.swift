/// An authored value with the place it was written, so every diagnostic can point at the author's text.
public struct Located<Value: Sendable & Equatable>: Sendable, Equatable {
    public var value: Value
    public var location: FileLocation

    public init(_ value: Value, at location: FileLocation) {
        self.value = value
        self.location = location
    }
}
