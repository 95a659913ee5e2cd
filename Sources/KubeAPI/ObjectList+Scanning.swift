import Foundation

/// A list item that can be read from a scanned page (`JSONSlice`) without `JSONDecoder`, for the lists that
/// are large and of which a view reads a few fields.
public protocol ScannableListItem {
  init(scanning item: JSONSlice) throws
}

extension ObjectList {
  /// The page read by scanning: `ScannableListItem`s through their own initialisers, other items through
  /// `JSONSlice.decode`. Nil when the page cannot be read that way (the caller then decodes it with `JSONDecoder`,
  /// which reports what is wrong).
  public static func scanning(_ data: Data) -> ObjectList<Item>? {
    if let itemType = Item.self as? ScannableListItem.Type { return try? scanning(data, as: itemType) }
    guard let page = try? page(data, item: { try $0.decode(Item.self) }) else { return nil }
    return ObjectList(metadata: page.metadata, items: page.items)
  }

  /// Opened once per page: the items are made as `Scanned` (which is `Item`) without a cast per item.
  private static func scanning<Scanned: ScannableListItem>(_ data: Data, as _: Scanned.Type) throws -> ObjectList<Item>
  {
    let page = try page(data, item: { try Scanned(scanning: $0) })
    // The same type (checked, so the reinterpretation is safe): `as? [Item]` would copy every item.
    guard Scanned.self == Item.self else { throw JSONSlice.Malformed() }
    return ObjectList(metadata: page.metadata, items: unsafeBitCast(page.items, to: [Item].self))
  }

  /// A page's metadata and its items, each made by `item`.
  private static func page<Element>(_ data: Data, item: (JSONSlice) throws -> Element) throws
    -> (metadata: ListMeta, items: [Element])
  {
    try JSONSlice.reading(data) { document in
      var metadata = ListMeta()
      var items: [Element] = []
      try document.forEachMember { key, value in
        switch key {
        case "metadata":
          metadata = try ListMeta(scanning: value)
        case "items" where !value.isNull:
          try value.forEachElement { items.append(try item($0)) }
        default:
          break
        }
      }
      return (metadata, items)
    }
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
  /// The same fields as its `Decodable` form.
  public init(scanning value: JSONSlice) throws {
    self.init(name: "")
    try value.forEachMember { key, value in
      switch key {
      case "name": name = try value.string() ?? ""
      case "namespace": namespace = try value.string()
      case "uid": uid = try value.string()
      case "resourceVersion": resourceVersion = try value.string()
      case "generation": generation = try value.int().map(Int64.init)
      case "creationTimestamp": creationTimestamp = try value.date()
      case "deletionTimestamp": deletionTimestamp = try value.date()
      case "labels": labels = try value.stringMap()
      case "annotations": annotations = try value.stringMap()
      case "ownerReferences" where !value.isNull:
        var owners: [OwnerReference] = []
        try value.forEachElement { owners.append(try OwnerReference(scanning: $0)) }
        ownerReferences = owners
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
    self.init()
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
  }
}
