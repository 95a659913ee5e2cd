import KubeAPI
import KubeClient

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One list, or nil with a note when the user may not read it.
struct Fetched<Item: Sendable>: Sendable {
  var items: [Item]?
  var warning: String?
  /// Listed in the `narrowingTo` namespace because the list in all namespaces was forbidden.
  var narrowed = false
  /// The server answered 404: its CRD is gone (since discovery was cached), so there are none, and a command
  /// about this kind must say it is not installed rather than list nothing.
  var notServed = false

  /// Lists one kind; a 403 becomes a note saying what is not shown, a 404 (kind not served) an empty answer.
  /// With `narrowingTo`, a forbidden list in all namespaces is retried in that namespace.
  static func list<Object: KubeObject>(
    _ client: KubeClient, _ kind: ResourceKind, _ type: Object.Type, namespace: String?,
    narrowingTo narrower: String? = nil, options: ListOptions = ListOptions(), consequence: String
  ) async throws -> Fetched<Object> {
    do {
      return Fetched<Object>(
        items: try await client.resource(kind, as: type, namespace: namespace).list(options).items)
    } catch let error as KubeError where error.isForbidden {
      if namespace == nil, let narrower {
        var fetched = try await list(
          client, kind, type, namespace: narrower, options: options, consequence: consequence)
        fetched.narrowed = fetched.items != nil
        return fetched
      }
      return Fetched<Object>(
        items: nil, warning: kind.missingListPermission(namespace: namespace, consequence: consequence))
    } catch let error as KubeError where error.isNotFound && !kind.group.isEmpty {
      return Fetched<Object>(items: [], warning: nil, notServed: true)
    }
  }
}
