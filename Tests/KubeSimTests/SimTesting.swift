import Foundation
import KubeAPI
import LampTestSupport
import Testing

@testable import KubeSim

/// Helpers shared by the simulator's HTTP tests.
enum SimTesting {
  static var curlAvailable: Bool { FileManager.default.isExecutableFile(atPath: SimCurl.path) }
  static var kubectlAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/kubectl") }

  /// Runs `body` against a fresh simulator, always stopping it.
  static func withCluster<T>(
    scenario: SimScenario = .empty, faults: SimFaults = .none, objects: [JSONValue] = [],
    configure: (inout SimOptions) -> Void = { _ in },
    _ body: (TestCluster, SimCurl) async throws -> T
  ) async throws -> T {
    let cluster = try await TestCluster.start(scenario: scenario, faults: faults, configure: configure)
    do {
      if !objects.isEmpty { try await cluster.sim.apply(objects) }
      let result = try await body(cluster, SimCurl(cluster))
      await cluster.stop()
      return result
    } catch {
      await cluster.stop()
      throw error
    }
  }

  /// Waits until `count` watches are open on the simulator (a spawned client has connected). Generous: with the
  /// whole suite running on two cores, starting kubectl alone took more than 5 seconds.
  static func waitForWatchers(_ cluster: TestCluster, count: Int = 1) async throws {
    for _ in 0..<3000 {
      if await cluster.sim.state.watcherCount >= count { return }
      try await Task.sleep(for: .milliseconds(10))
    }
    Issue.record("no watch was opened within 30 seconds")
  }

  static func json(_ text: String) throws -> JSONValue {
    try JSONValue.parse(Data(text.utf8))
  }

  static func pod(
    _ name: String, namespace: String = "default", labels: [String: String] = ["app": "web"], phase: String = "Running",
    node: String? = "node-1", containers: [String] = ["app"]
  ) -> JSONValue {
    var spec: [String: JSONValue] = [
      "containers": .array(containers.map { .object(["name": .string($0), "image": .string("nginx:1.27")]) })
    ]
    if let node { spec["nodeName"] = .string(node) }
    return .object([
      "apiVersion": .string("v1"), "kind": .string("Pod"),
      "metadata": .object([
        "name": .string(name), "namespace": .string(namespace), "labels": .object(labels.mapValues(JSONValue.string)),
      ]),
      "spec": .object(spec), "status": .object(["phase": .string(phase), "podIP": .string("10.1.0.9")]),
    ])
  }

  static func namespace(_ name: String) -> JSONValue {
    .object(["apiVersion": .string("v1"), "kind": .string("Namespace"), "metadata": .object(["name": .string(name)])])
  }

  /// The names of a list response's items.
  static func names(_ list: JSONValue) -> [String] {
    (list["items"]?.arrayValue ?? []).compactMap { $0[path: ["metadata", "name"]]?.stringValue }
  }
}
