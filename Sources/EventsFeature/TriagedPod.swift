import Foundation
import KubeAPI

/// A pod as `lamp events` lists it: metadata and phase always, spec and the full status only when the pod may
/// be stuck (Pending, or Running with a container waiting). Healthy pods are most of a large cluster, their
/// specs are most of the decoding time, and the classifier never reads them.
struct TriagedPod: KubeObject, Decodable {
  var pod: Pod
  var metadata: ObjectMeta { pod.metadata }

  private enum Keys: String, CodingKey { case metadata, spec, status }

  init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: Keys.self)
    let metadata = try container.decode(ObjectMeta.self, forKey: .metadata)
    let triage = try container.decodeIfPresent(Triage.self, forKey: .status)
    guard let triage, triage.mayBeStuck else {
      pod = Pod(metadata: metadata, status: triage.map { Pod.Status(phase: $0.phase) })
      return
    }
    pod = Pod(
      metadata: metadata, spec: try container.decodeIfPresent(Pod.Spec.self, forKey: .spec),
      status: try container.decodeIfPresent(Pod.Status.self, forKey: .status))
  }

  /// The least of `status` that tells whether the classifier will look at the pod.
  private struct Triage: Decodable {
    var phase: String?
    var containerStatuses: [ContainerStatus]?
    var initContainerStatuses: [ContainerStatus]?

    /// Mirrors `PendingClassifier.classify`: Pending pods, and Running pods with a waiting container.
    var mayBeStuck: Bool {
      switch phase {
      case "Pending": return true
      case "Running": return ((initContainerStatuses ?? []) + (containerStatuses ?? [])).contains { $0.isWaiting }
      default: return false
      }
    }

    struct ContainerStatus: Decodable {
      var state: State?
      var isWaiting: Bool { state?.waiting != nil }

      struct State: Decodable {
        var waiting: Waiting?
      }

      /// Present or not is all that matters here.
      struct Waiting: Decodable {}
    }
  }
}
