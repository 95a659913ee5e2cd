import Foundation
import KubeAPI
import KubeClient

/// One list, or nil with a note when the user may not read it.
struct Fetched<Item: Sendable>: Sendable {
  var items: [Item]?
  var warning: String?

  /// Lists one kind; a 403 becomes a note saying what is not shown, a 404 (kind not served) an empty answer.
  static func list<Object: KubeObject>(
    _ client: KubeClient, _ kind: ResourceKind, _ type: Object.Type, namespace: String?,
    options: ListOptions = ListOptions(), consequence: String
  ) async throws -> Fetched<Object> {
    do {
      return Fetched<Object>(
        items: try await client.resource(kind, as: type, namespace: namespace).list(options).items)
    } catch let error as KubeError where error.isForbidden {
      return Fetched<Object>(
        items: nil, warning: kind.missingListPermission(namespace: namespace, consequence: consequence))
    } catch let error as KubeError where error.isNotFound && !kind.group.isEmpty {
      return Fetched<Object>(items: [], warning: nil)
    }
  }
}
