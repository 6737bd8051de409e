/// Saved as `{"format": "rank", "value": "c>a>b>d"}`: the same text a trainer sees in a CSV file.
extension Response: Codable {
    private enum CodingKeys: String, CodingKey { case format, value }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let format = try container.decode(ResponseFormat.self, forKey: .format)
        let value = try container.decode(String.self, forKey: .value)
        do {
            self = try Response(canonicalText: value, format: format)
        } catch {
            throw DecodingError.dataCorruptedError(
                forKey: .value, in: container, debugDescription: error.description)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(format, forKey: .format)
        try container.encode(description, forKey: .value)
    }
}
