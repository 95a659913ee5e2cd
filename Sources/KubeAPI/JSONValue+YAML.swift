import YAMLCoding

/// Built from YAML in one step: each scalar typed as `init(from:)` would find it by trying Bool, Int64, Double and
/// String in turn, without the errors of the wrong guesses.
extension JSONValue: YAMLTreeDecodable {
  public init(yamlScalar scalar: YAMLScalar.Resolved) {
    switch scalar {
    case .null: self = .null
    case .bool(let value): self = .bool(value)
    case .int(let value): self = .int(value)
    case .uint(let value): self = .double(Double(value))
    case .float(let value):
      // `1e3` and `2.0` read as integers, as Int64 decoding reads them.
      if value.isFinite, value.rounded() == value, let integer = Int64(exactly: value) {
        self = .int(integer)
      } else {
        self = .double(value)
      }
    case .string(let text): self = .string(text)
    }
  }

  public init(yamlSequence items: [JSONValue]) {
    self = .array(items)
  }

  public init(yamlMapping members: [String: JSONValue]) {
    self = .object(members)
  }
}
