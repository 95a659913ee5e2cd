import KubeAPI

/// One served resource (a kind at a group, in one or more versions) as the registry knows it.
struct ResourceType: Sendable, Equatable {
  /// A subresource such as `status`, `scale`, `log` or `proxy`.
  struct Subresource: Sendable, Equatable {
    var name: String
    var kind: String
    /// Group/version of the subresource's kind when it differs from the parent's (`autoscaling/v1` Scale).
    var group: String?
    var version: String?
    var verbs: [String]
  }

  /// A server-side printer column (CRD `additionalPrinterColumns`).
  struct PrinterColumn: Sendable, Equatable {
    var name: String
    var type: String
    var format: String
    var description: String
    var priority: Int
    var jsonPath: String
  }

  /// What kind of handler serves the resource.
  enum Behavior: Sendable, Equatable {
    case stored
    /// Create-only reviews that are answered and never stored.
    case review
  }

  var group: String
  /// Served versions, preferred first.
  var versions: [String]
  var plural: String
  var singular: String
  var kind: String
  var listKind: String
  var namespaced: Bool
  var shortNames: [String] = []
  var categories: [String] = []
  var verbs: [String] = ResourceType.allVerbs
  var subresources: [Subresource] = []
  var isCustom = false
  var behavior = Behavior.stored
  /// Field labels selectable beyond `metadata.name` / `metadata.namespace`.
  var selectableFields: [String] = []
  /// CRD printer columns per version.
  var printerColumns: [String: [PrinterColumn]] = [:]
  /// The collection objects live in; events.k8s.io events share core events' collection.
  var storageKey: String

  static let allVerbs = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"]

  init(
    group: String, versions: [String], plural: String, singular: String, kind: String, namespaced: Bool,
    shortNames: [String] = [], categories: [String] = [], verbs: [String] = ResourceType.allVerbs,
    subresources: [Subresource] = [], selectableFields: [String] = [], storageKey: String? = nil
  ) {
    self.group = group
    self.versions = versions
    self.plural = plural
    self.singular = singular
    self.kind = kind
    self.listKind = kind + "List"
    self.namespaced = namespaced
    self.shortNames = shortNames
    self.categories = categories
    self.verbs = verbs
    self.subresources = subresources
    self.selectableFields = selectableFields
    self.storageKey = storageKey ?? "\(group)/\(plural)"
  }

  /// `v1` or `apps/v1`.
  func apiVersion(_ version: String) -> String {
    group.isEmpty ? version : "\(group)/\(version)"
  }

  /// `pods` or `deployments.apps`, as in error messages.
  var qualifiedName: String {
    group.isEmpty ? plural : "\(plural).\(group)"
  }

  func subresource(_ name: String) -> Subresource? {
    subresources.first { $0.name == name }
  }

  /// True for kinds whose stored items carry kind/apiVersion in lists (custom resources).
  var listItemsCarryKind: Bool { isCustom }
}

extension ResourceType.Subresource {
  static func status(_ kind: String) -> Self {
    Self(name: "status", kind: kind, verbs: ["get", "patch", "update"])
  }

  static let scale = Self(
    name: "scale", kind: "Scale", group: "autoscaling", version: "v1", verbs: ["get", "patch", "update"])

  static func proxy(_ kind: String) -> Self {
    Self(name: "proxy", kind: kind, verbs: ["create", "delete", "get", "patch", "update"])
  }
}
