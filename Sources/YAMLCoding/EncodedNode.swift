/// A node under construction while an `Encodable` value encodes itself.
///
/// A reference type because nested containers and super-encoders keep writing into a node after it has been
/// attached to its parent. It never leaves one `encode` call.
final class EncodedNode {
  enum Content {
    case empty
    case scalar(YAMLScalar)
    case sequence([EncodedNode])
    case mapping(keys: [String], values: [String: EncodedNode])
  }

  var content: Content = .empty

  init() {}

  init(_ scalar: YAMLScalar) {
    content = .scalar(scalar)
  }

  /// Turns the node into a mapping unless it already is one (several keyed containers may share a node).
  func makeMapping() {
    if case .mapping = content { return }
    content = .mapping(keys: [], values: [:])
  }

  /// Turns the node into a sequence unless it already is one.
  func makeSequence() {
    if case .sequence = content { return }
    content = .sequence([])
  }

  /// Sets `key`, replacing an earlier value for the same key in place.
  func set(_ key: String, _ node: EncodedNode) {
    guard case .mapping(var keys, var values) = content else { return }
    content = .empty
    if values.updateValue(node, forKey: key) == nil { keys.append(key) }
    content = .mapping(keys: keys, values: values)
  }

  func append(_ node: EncodedNode) {
    guard case .sequence(var items) = content else { return }
    content = .empty
    items.append(node)
    content = .sequence(items)
  }

  var count: Int {
    switch content {
    case .sequence(let items): return items.count
    case .mapping(let keys, _): return keys.count
    case .empty, .scalar: return 0
    }
  }

  /// The finished tree. A node nothing was written into becomes an empty mapping, as in `JSONEncoder`.
  func node(sortKeys: Bool) -> YAMLNode {
    switch content {
    case .empty:
      return .mapping([])
    case .scalar(let scalar):
      return .scalar(scalar)
    case .sequence(let items):
      return .sequence(items.map { $0.node(sortKeys: sortKeys) })
    case .mapping(let keys, let values):
      // Byte order, so output does not depend on Unicode collation.
      let ordered = sortKeys ? keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) } : keys
      return .mapping(
        ordered.compactMap { key in
          values[key].map { YAMLMappingEntry(key: .string(key), value: $0.node(sortKeys: sortKeys)) }
        })
    }
  }
}
