import Foundation
import KubeAPI
import Testing

/// A pod's requests as kube-scheduler counts them (k8s.io/component-helpers `resource.PodRequests`).
@Suite("Pod.resourceRequests")
struct PodRequestsTests {
  static func pod(_ spec: String) throws -> (scanned: Pod, decoded: Pod) {
    let data = Data(#"{"metadata":{"name":"p"},"spec":\#(spec)}"#.utf8)
    return (try JSONSlice.decode(Pod.self, from: data), try JSONDecoder().decode(Pod.self, from: data))
  }

  static func requests(_ pod: Pod) -> [String: String] {
    pod.resourceRequests.mapValues(\.description)
  }

  @Test("sidecars add to the app containers; a regular init container peaks beside the sidecars before it")
  func sidecars() throws {
    let (scanned, decoded) = try Self.pod(
      """
      {"containers":[{"name":"app","resources":{"requests":{"cpu":"1","memory":"1Gi"}}}],
       "initContainers":[
         {"name":"mesh","restartPolicy":"Always","resources":{"requests":{"cpu":"2","memory":"2Gi"}}},
         {"name":"migrate","resources":{"requests":{"cpu":"500m","memory":"4Gi"}}}],
       "overhead":{"cpu":"250m","memory":"128Mi"}}
      """)
    // cpu: app 1 + mesh 2 = 3 beats the init phase's 2 + 0.5; memory: the init phase's 2Gi + 4Gi beats 3Gi.
    let expected = ["cpu": "3250m", "memory": "6272Mi"]
    #expect(Self.requests(scanned) == expected)
    #expect(Self.requests(decoded) == expected)
  }

  @Test("without sidecars the largest init container wins over a smaller sum, as before")
  func regularInitContainers() throws {
    let (scanned, _) = try Self.pod(
      """
      {"containers":[{"name":"a","resources":{"requests":{"cpu":"1"}}},{"name":"b","resources":{"limits":{"cpu":"1"}}}],
       "initContainers":[{"name":"i","resources":{"requests":{"cpu":"3"}}},
         {"name":"j","resources":{"requests":{"cpu":"1"}}}]}
      """)
    #expect(Self.requests(scanned) == ["cpu": "3"])
  }
}
