import Foundation
import KubeAPI

/// Objects shipped as resources: the CRDs of Resources/crds and the built-in RBAC roles.
enum BuiltinState {
  /// Every CRD in Resources/crds, sorted by file name.
  static func crdObjects() throws -> [JSONValue] {
    try StateLoader.load(path: resourceDirectory("crds").path)
  }

  /// The bootstrap ClusterRoles and ClusterRoleBindings of every cluster.
  static func rbacObjects() throws -> [JSONValue] {
    try StateLoader.load(path: resourceDirectory("rbac").path)
  }

  /// A directory of the copied `Resources` folder (Linux bundles expose it as the resource root itself).
  static func resourceDirectory(_ name: String) throws(SimError) -> URL {
    let bundle = Bundle.module
    if let url = bundle.url(forResource: name, withExtension: nil, subdirectory: "Resources")
      ?? bundle.url(forResource: name, withExtension: nil)
    {
      return url
    }
    throw SimError.startup("the resource directory \(name) is missing from the bundle")
  }
}
