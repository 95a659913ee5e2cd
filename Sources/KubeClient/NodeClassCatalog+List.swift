import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension NodeClassCatalog {
  /// Lists every node class kind discovery serves (EC2NodeClass, EKS NodeClass, AKSNodeClass), in its served
  /// version. A kind the user may not list is left out of `kindsRead` and returned in `forbidden`; a kind whose CRD
  /// went since discovery was cached is read as holding none.
  public static func list(_ client: KubeClient, discovery: Discovery) async throws
    -> (catalog: NodeClassCatalog, forbidden: [ResourceKind])
  {
    var catalog = NodeClassCatalog()
    var forbidden: [ResourceKind] = []
    for kind in NodeClass.allKinds {
      guard let info = try await discovery.find(group: kind.group, resource: kind.resource) else { continue }
      do {
        let items = try await client.resource(info.resourceKind, as: NodeClass.self, namespace: nil).list().items
        catalog.classes += items.map { item in
          var tagged = item
          tagged.kind = kind.kind
          return tagged
        }
      } catch let error as KubeError where error.isForbidden {
        forbidden.append(info.resourceKind)
        continue
      } catch let error as KubeError where error.isNotFound {
        // Its CRD went since discovery was cached: read, and none.
      }
      catalog.kindsRead.insert(kind.kind)
    }
    return (catalog, forbidden)
  }
}
