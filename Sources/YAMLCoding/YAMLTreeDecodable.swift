/// A generic document type (`JSONValue`) that YAML builds straight from its nodes. Through `Decodable` such a type can
/// learn a scalar's type only by trying one type after another, and each wrong guess throws an error: slow wherever
/// throwing is (Swift Testing records a backtrace for every error thrown).
public protocol YAMLTreeDecodable: Decodable {
  /// A scalar as the YAML 1.1 rules type it (`YAMLScalar.resolved`).
  init(yamlScalar scalar: YAMLScalar.Resolved)
  init(yamlSequence items: [Self])
  /// A mapping's scalar keys by their text, the last of a repeated key winning, as keyed decoding reads them;
  /// other keys are left out.
  init(yamlMapping members: [String: Self])
}

extension YAMLTreeDecodable {
  init(tree node: YAMLNode) {
    switch node {
    case .scalar(let scalar):
      self.init(yamlScalar: scalar.resolved)
    case .sequence(let items):
      self.init(yamlSequence: items.map(Self.init(tree:)))
    case .mapping(let entries):
      var members: [String: Self] = [:]
      members.reserveCapacity(entries.count)
      for entry in entries {
        guard case .scalar(let key) = entry.key else { continue }
        members[key.value] = Self(tree: entry.value)
      }
      self.init(yamlMapping: members)
    }
  }
}
