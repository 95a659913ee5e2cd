#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Server-side filters for list and watch.
public struct ListOptions: Sendable, Equatable {
  public var labelSelector: String?
  public var fieldSelector: String?
  /// Page size; nil uses the client's.
  public var limit: Int?

  public init(labelSelector: String? = nil, fieldSelector: String? = nil, limit: Int? = nil) {
    self.labelSelector = labelSelector
    self.fieldSelector = fieldSelector
    self.limit = limit
  }

  var query: [(String, String)] {
    var query: [(String, String)] = []
    if let labelSelector, !labelSelector.isEmpty { query.append(("labelSelector", labelSelector)) }
    if let fieldSelector, !fieldSelector.isEmpty { query.append(("fieldSelector", fieldSelector)) }
    return query
  }
}

/// The patch flavours kube-apiserver accepts.
public enum PatchType: String, Sendable {
  case merge = "application/merge-patch+json"
  case strategicMerge = "application/strategic-merge-patch+json"
  case json = "application/json-patch+json"
  case apply = "application/apply-patch+yaml"
}

/// One event of a watch stream.
public enum WatchEvent<Item: Sendable>: Sendable {
  case added(Item)
  case modified(Item)
  case deleted(Item)
  /// The server's progress marker: nothing changed up to this resourceVersion.
  case bookmark(resourceVersion: String)
}

/// What `ResourceHandle.observe` yields: a full snapshot (initially and after every re-list), then changes.
public enum ObservedChange<Item: Sendable>: Sendable {
  case snapshot([Item])
  case added(Item)
  case modified(Item)
  case deleted(Item)
}
