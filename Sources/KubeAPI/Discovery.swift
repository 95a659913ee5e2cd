#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A resource as discovery describes it (from either the aggregated or the legacy documents).
public struct APIResourceInfo: Codable, Sendable, Hashable {
  public var group: String
  public var version: String
  public var resource: String
  public var kind: String
  public var namespaced: Bool
  public var verbs: [String]
  public var shortNames: [String]
  public var categories: [String]
  public var subresources: [String]

  public init(
    group: String, version: String, resource: String, kind: String, namespaced: Bool, verbs: [String] = [],
    shortNames: [String] = [], categories: [String] = [], subresources: [String] = []
  ) {
    self.group = group
    self.version = version
    self.resource = resource
    self.kind = kind
    self.namespaced = namespaced
    self.verbs = verbs
    self.shortNames = shortNames
    self.categories = categories
    self.subresources = subresources
  }

  public var resourceKind: ResourceKind {
    ResourceKind(group: group, version: version, resource: resource, kind: kind, namespaced: namespaced)
  }
}

/// One API group and the versions the server serves, preferred first.
public struct APIGroupInfo: Codable, Sendable, Hashable {
  public var name: String
  public var versions: [String]
  public init(name: String, versions: [String]) {
    self.name = name
    self.versions = versions
  }
}

/// Wire shapes of aggregated discovery (`apidiscovery.k8s.io/v2`, also v2beta1).
public struct APIGroupDiscoveryList: Codable, Sendable {
  public var items: [APIGroupDiscovery]?

  public struct APIGroupDiscovery: Codable, Sendable {
    public var metadata: Meta?
    public var versions: [Version]?
  }
  public struct Meta: Codable, Sendable { public var name: String? }
  public struct Version: Codable, Sendable {
    public var version: String
    public var resources: [Resource]?
    public var freshness: String?
  }
  public struct Resource: Codable, Sendable {
    public var resource: String
    public var responseKind: GroupVersionKind?
    public var scope: String?
    public var shortNames: [String]?
    public var categories: [String]?
    public var verbs: [String]?
    public var subresources: [Subresource]?
  }
  public struct Subresource: Codable, Sendable { public var subresource: String }
  public struct GroupVersionKind: Codable, Sendable {
    public var group: String?
    public var version: String?
    public var kind: String?
  }
}

/// Wire shapes of legacy discovery (`APIVersions`, `APIGroupList`, `APIResourceList`).
public struct APIVersions: Codable, Sendable { public var versions: [String] }

public struct APIGroupList: Codable, Sendable {
  public var groups: [Group]
  public struct Group: Codable, Sendable {
    public var name: String
    public var versions: [GroupVersion]
    public var preferredVersion: GroupVersion?
  }
  public struct GroupVersion: Codable, Sendable {
    public var groupVersion: String
    public var version: String
  }
}

public struct APIResourceList: Codable, Sendable {
  public var groupVersion: String
  public var resources: [Resource]
  public struct Resource: Codable, Sendable {
    public var name: String
    public var namespaced: Bool
    public var kind: String
    public var verbs: [String]?
    public var shortNames: [String]?
    public var categories: [String]?
  }
}
