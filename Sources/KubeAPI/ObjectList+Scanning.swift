#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A list item that can be read from a scanned page (`JSONSlice`) without `JSONDecoder`, for the lists that
/// are large and of which a view reads a few fields.
public protocol ScannableListItem {
  init(scanning item: JSONSlice) throws
}

extension ObjectList {
  /// The page read by scanning when `Item` is a `ScannableListItem`; nil when it is not (`KubeClient.decode` then
  /// reads the page through `JSONSlice.decode`) or the page cannot be read this way.
  public static func scanning(_ data: Data) -> ObjectList<Item>? {
    guard let itemType = Item.self as? ScannableListItem.Type else { return nil }
    return try? scanning(data, as: itemType)
  }

  /// Opened once per page: the items are made as `Scanned` (which is `Item`) without a cast per item.
  private static func scanning<Scanned: ScannableListItem>(_ data: Data, as _: Scanned.Type) throws -> ObjectList<Item>
  {
    try JSONSlice.reading(data) { document in
      var metadata = ListMeta()
      var items: [Scanned] = []
      try document.forEachMember { key, value in
        switch key {
        case "metadata":
          metadata = try ListMeta(scanning: value)
        case "items" where !value.isNull:
          try value.forEachElement { items.append(try Scanned(scanning: $0)) }
        default:
          break
        }
      }
      // The same type (checked, so the reinterpretation is safe): `as? [Item]` would copy every item.
      guard Scanned.self == Item.self else { throw JSONSlice.Malformed() }
      return ObjectList(metadata: metadata, items: unsafeBitCast(items, to: [Item].self))
    }
  }
}

extension JSONSlice {
  /// A Kubernetes object's `metadata` (required), `spec` and `status` (nil when absent or null), each read by its
  /// own scanning form.
  func objectParts<Spec, Status>(
    spec readSpec: (JSONSlice) throws -> Spec, status readStatus: (JSONSlice) throws -> Status
  ) throws -> (metadata: ObjectMeta, spec: Spec?, status: Status?) {
    var metadata: ObjectMeta?
    var spec: Spec?
    var status: Status?
    try forEachMember { key, value in
      switch key {
      case "metadata": metadata = try ObjectMeta(scanning: value)
      case "spec" where !value.isNull: spec = try readSpec(value)
      case "status" where !value.isNull: status = try readStatus(value)
      default: break
      }
    }
    guard let metadata else { throw Malformed() }
    return (metadata, spec, status)
  }
}

extension ListMeta {
  init(scanning value: JSONSlice) throws {
    self.init()
    try value.forEachMember { key, value in
      switch key {
      case "resourceVersion": resourceVersion = try value.string()
      case "continue": self.continue = try value.string()
      case "remainingItemCount": remainingItemCount = try value.int().map(Int64.init)
      default: break
      }
    }
  }
}

extension ObjectMeta {
  /// The same fields as its `Decodable` form. An object's own name and uid occur once in a list.
  public init(scanning value: JSONSlice) throws {
    self.init(name: "")
    try value.forEachMember { key, value in
      switch key {
      case "name": name = try value.uniqueString() ?? ""
      case "namespace": namespace = try value.string()
      case "uid": uid = try value.uniqueString()
      case "resourceVersion": resourceVersion = try value.string()
      case "generation": generation = try value.int().map(Int64.init)
      case "creationTimestamp": creationTimestamp = try value.date()
      case "deletionTimestamp": deletionTimestamp = try value.date()
      case "labels": labels = try value.stringMap()
      case "annotations": annotations = try value.stringMap()
      case "ownerReferences": ownerReferences = try value.array(OwnerReference.init(scanning:))
      default: break
      }
    }
  }
}

extension OwnerReference {
  init(scanning value: JSONSlice) throws {
    var apiVersion: String?
    var kind: String?
    var name: String?
    var uid: String?
    var controller: Bool?
    try value.forEachMember { key, value in
      switch key {
      case "apiVersion": apiVersion = try value.string()
      case "kind": kind = try value.string()
      case "name": name = try value.string()
      case "uid": uid = try value.string()
      case "controller": controller = try value.bool()
      default: break
      }
    }
    guard let apiVersion, let kind, let name, let uid else { throw JSONSlice.Malformed() }
    self.init(apiVersion: apiVersion, kind: kind, name: name, uid: uid, controller: controller)
  }
}

extension ObjectReference {
  /// The same fields as its `Decodable` form.
  public init(scanning value: JSONSlice) throws {
    self = try Self.scanned(value)
  }

  /// `init(scanning:)` as a function of locals: the initializer, setting its own fields from the closure, copied the
  /// whole reference twice, a retain and a release of each of its six strings for every event of a list (the
  /// compiler still copies it once on return).
  static func scanned(_ value: JSONSlice) throws -> ObjectReference {
    var apiVersion: String?
    var kind: String?
    var namespace: String?
    var name: String?
    var uid: String?
    var fieldPath: String?
    try value.forEachMember { key, value in
      switch key {
      case "apiVersion": apiVersion = try value.string()
      case "kind": kind = try value.string()
      case "namespace": namespace = try value.string()
      case "name": name = try value.string()
      case "uid": uid = try value.string()
      case "fieldPath": fieldPath = try value.string()
      default: break
      }
    }
    return ObjectReference(
      apiVersion: consume apiVersion, kind: consume kind, namespace: consume namespace, name: consume name,
      uid: consume uid, fieldPath: consume fieldPath)
  }
}
