// Interim stand-in for the demo branch's ScaleScenario (Sources/KubeSim/Scenarios); deleted when it is merged.
import Foundation
import KubeAPI

/// The size of a generated cluster.
public struct ScaleSpec: Sendable, Equatable {
  public var pods: Int
  public init(pods: Int = 100) { self.pods = pods }

  /// Parses `pods=N`.
  public static func parse(_ text: String) throws -> ScaleSpec {
    var spec = ScaleSpec()
    for pair in text.split(separator: ",") {
      let parts = pair.split(separator: "=")
      guard parts.count == 2, let number = Int(parts[1]), number >= 0 else {
        throw SimError.usage("bad scale item \(pair)")
      }
      if parts[0] == "pods" { spec.pods = number }
    }
    return spec
  }
}

enum InterimScenarios {
  static func scale(_ spec: ScaleSpec, now: Date) -> [JSONValue] {
    var objects: [JSONValue] = [namespaceObject("scale")]
    for index in 0..<spec.pods {
      objects.append(pod("pod-\(index)", namespace: "scale", stamp: now.formatted(.iso8601)))
    }
    return objects
  }

  private static func namespaceObject(_ name: String) -> JSONValue {
    .object([
      "apiVersion": .string("v1"), "kind": .string("Namespace"), "metadata": .object(["name": .string(name)]),
    ])
  }

  private static func pod(_ name: String, namespace: String, stamp: String) -> JSONValue {
    .object([
      "apiVersion": .string("v1"), "kind": .string("Pod"),
      "metadata": .object([
        "name": .string(name), "namespace": .string(namespace),
        "labels": .object(["app": .string("web")]), "creationTimestamp": .string(stamp),
      ]),
      "spec": .object([
        "containers": .array([.object(["name": .string("app"), "image": .string("nginx:1.27")])]),
        "nodeName": .string("node-1"),
      ]),
      "status": .object(["phase": .string("Running"), "podIP": .string("10.0.0.10")]),
    ])
  }
}
