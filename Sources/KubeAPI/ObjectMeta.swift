#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `metadata` of every object. Only `name` is required; items of watch bookmarks carry just a resourceVersion.
public struct ObjectMeta: Codable, Sendable, Hashable {
  public var name: String
  public var namespace: String?
  public var uid: String?
  public var resourceVersion: String?
  public var generation: Int64?
  public var creationTimestamp: Date?
  public var deletionTimestamp: Date?
  public var labels: [String: String]?
  public var annotations: [String: String]?
  public var ownerReferences: [OwnerReference]?

  public init(
    name: String, namespace: String? = nil, uid: String? = nil, resourceVersion: String? = nil,
    creationTimestamp: Date? = nil, labels: [String: String]? = nil, annotations: [String: String]? = nil,
    ownerReferences: [OwnerReference]? = nil
  ) {
    self.name = name
    self.namespace = namespace
    self.uid = uid
    self.resourceVersion = resourceVersion
    self.creationTimestamp = creationTimestamp
    self.labels = labels
    self.annotations = annotations
    self.ownerReferences = ownerReferences
  }

  enum CodingKeys: String, CodingKey {
    case name, namespace, uid, resourceVersion, generation, creationTimestamp, deletionTimestamp, labels, annotations
    case ownerReferences
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    name = try c.decodeIfPresent(String.self, forKey: .name) ?? ""
    namespace = try c.decodeIfPresent(String.self, forKey: .namespace)
    uid = try c.decodeIfPresent(String.self, forKey: .uid)
    resourceVersion = try c.decodeIfPresent(String.self, forKey: .resourceVersion)
    generation = try c.decodeIfPresent(Int64.self, forKey: .generation)
    creationTimestamp = try c.decodeIfPresent(Date.self, forKey: .creationTimestamp)
    deletionTimestamp = try c.decodeIfPresent(Date.self, forKey: .deletionTimestamp)
    labels = try c.decodeIfPresent([String: String].self, forKey: .labels)
    annotations = try c.decodeIfPresent([String: String].self, forKey: .annotations)
    ownerReferences = try c.decodeIfPresent([OwnerReference].self, forKey: .ownerReferences)
  }
}

/// An owner of an object (Deployment → ReplicaSet → Pod).
public struct OwnerReference: Codable, Sendable, Hashable {
  public var apiVersion: String
  public var kind: String
  public var name: String
  public var uid: String
  public var controller: Bool?

  public init(apiVersion: String, kind: String, name: String, uid: String, controller: Bool? = nil) {
    self.apiVersion = apiVersion
    self.kind = kind
    self.name = name
    self.uid = uid
    self.controller = controller
  }
}

/// `metadata` of a list.
public struct ListMeta: Codable, Sendable, Hashable {
  public var resourceVersion: String?
  public var `continue`: String?
  public var remainingItemCount: Int64?

  public init(resourceVersion: String? = nil, continue token: String? = nil, remainingItemCount: Int64? = nil) {
    self.resourceVersion = resourceVersion
    self.continue = token
    self.remainingItemCount = remainingItemCount
  }
}

/// One page of a list response (`PodList`, `NodePoolList`, …) decoded into `Item`.
public struct ObjectList<Item: Decodable & Sendable>: Decodable, Sendable {
  public var metadata: ListMeta
  public var items: [Item]

  enum CodingKeys: String, CodingKey { case metadata, items }

  public init(metadata: ListMeta, items: [Item]) {
    self.metadata = metadata
    self.items = items
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    metadata = try c.decodeIfPresent(ListMeta.self, forKey: .metadata) ?? ListMeta()
    items = try c.decodeIfPresent([Item].self, forKey: .items) ?? []
  }
}

/// Anything with object metadata, so generic code can read names and resourceVersions.
public protocol KubeObject: Decodable, Sendable {
  var metadata: ObjectMeta { get }
}

/// The least an object can be decoded as: its metadata.
public struct PartialObject: KubeObject, Codable, Hashable {
  public var metadata: ObjectMeta
  public init(metadata: ObjectMeta) { self.metadata = metadata }
}
