#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A Secret read for the names of its keys only: its values are skipped while decoding and never held, so that
/// a check such as "does this Secret have key `password`" cannot leak one.
public struct SecretKeyNames: KubeObject {
  public var metadata: ObjectMeta
  /// The keys of `data` and `stringData`.
  public var keys: Set<String>

  public init(metadata: ObjectMeta, keys: Set<String>) {
    self.metadata = metadata
    self.keys = keys
  }

  enum CodingKeys: String, CodingKey {
    case metadata, data, stringData
  }

  struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    metadata = try container.decode(ObjectMeta.self, forKey: .metadata)
    var keys: Set<String> = []
    for field in [CodingKeys.data, .stringData] where container.contains(field) {
      guard try !container.decodeNil(forKey: field) else { continue }
      let members = try container.nestedContainer(keyedBy: AnyKey.self, forKey: field)
      keys.formUnion(members.allKeys.map(\.stringValue))
    }
    self.keys = keys
  }
}
