/// Encodes `Encodable` values as YAML the way kubectl prints objects: block style, 2-space indentation,
/// keys sorted, strings that would read back as another type quoted (`"true"`, `"8443"`, `""`), multi-line
/// strings as literal blocks, `Date` as RFC 3339 UTC seconds and `Data` as base64.
public struct YAMLEncoder: Sendable {
  /// Sort mapping keys (by UTF-8 bytes). When false, keys keep encoding order; dictionaries then have none.
  public var sortKeys: Bool = true
  /// Values handed to `Encodable` implementations through `Encoder.userInfo`.
  public var userInfo: [CodingUserInfoKey: any Sendable] = [:]

  public init() {}

  /// One document, without a leading `---`, ending with a newline.
  public func encode<T: Encodable>(_ value: T) throws -> String {
    try YAMLEmitter().emit([encodeNode(value)])
  }

  /// A `---` separated stream with one document per value.
  public func encodeDocuments<T: Encodable>(_ values: [T]) throws -> String {
    try YAMLEmitter().emit(values.map(encodeNode))
  }

  /// The YAML tree `value` encodes to, for callers that want to adjust it before writing it with `YAML.emit`.
  public func encodeNode<T: Encodable>(_ value: T) throws -> YAMLNode {
    let encoder = NodeEncoder(target: EncodedNode(), codingPath: [], userInfoValues: userInfo)
    let root = try encoder.box(value, path: [])
    if case .empty = root.content {
      throw EncodingError.invalidValue(
        value, EncodingError.Context(codingPath: [], debugDescription: "\(T.self) did not encode any value"))
    }
    return root.node(sortKeys: sortKeys)
  }
}
