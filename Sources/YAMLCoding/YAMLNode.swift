/// One node of a parsed YAML document. Aliases are already resolved and `<<` merge keys applied.
public enum YAMLNode: Sendable, Equatable {
  case scalar(YAMLScalar)
  case sequence([YAMLNode])
  /// Entries in document order; a key may in principle be any node, in practice it is a scalar.
  case mapping([YAMLMappingEntry])
}

extension YAMLNode {
  /// A plain scalar, typed by the YAML 1.1 rules when read back (`"8080"` becomes an int).
  public static func plain(_ text: String) -> YAMLNode {
    .scalar(YAMLScalar(value: text))
  }

  /// A scalar that always reads back as the string `text`, whatever it looks like.
  public static func string(_ text: String) -> YAMLNode {
    .scalar(YAMLScalar(string: text))
  }

  /// The null scalar.
  public static var null: YAMLNode { .scalar(YAMLScalar(value: "null")) }

  /// The scalar, when this node is one.
  public var scalar: YAMLScalar? {
    if case .scalar(let scalar) = self { return scalar }
    return nil
  }

  /// The items, when this node is a sequence.
  public var sequence: [YAMLNode]? {
    if case .sequence(let items) = self { return items }
    return nil
  }

  /// The entries, when this node is a mapping.
  public var mapping: [YAMLMappingEntry]? {
    if case .mapping(let entries) = self { return entries }
    return nil
  }

  /// True for a scalar that resolves to null (`~`, `null`, empty plain).
  public var isNull: Bool {
    scalar?.resolved == .null
  }

  /// The value of the last entry whose key is the scalar `key` (later duplicates win, as in JSON).
  public subscript(key: String) -> YAMLNode? {
    guard case .mapping(let entries) = self else { return nil }
    return entries.last(where: { $0.key.scalar?.value == key })?.value
  }

  /// The position (1-based line and column) where this node starts, when it can be known.
  ///
  /// Collections carry no position of their own, so this is the position of their first scalar.
  public var position: (line: Int, column: Int)? {
    switch self {
    case .scalar(let scalar):
      return (scalar.line, scalar.column)
    case .sequence(let items):
      for item in items {
        if let found = item.position { return found }
      }
      return nil
    case .mapping(let entries):
      for entry in entries {
        if let found = entry.key.position ?? entry.value.position { return found }
      }
      return nil
    }
  }
}
