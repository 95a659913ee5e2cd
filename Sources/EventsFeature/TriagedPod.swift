import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A pod as `lamp events` lists it: metadata and phase always, spec and the full status only when the pod may
/// be stuck (Pending, or Running with a container waiting or restarted repeatedly). Healthy pods are most of a
/// large cluster, their specs are most of the decoding time, and the classifier never reads them.
struct TriagedPod: KubeObject, Decodable, ScannableListItem {
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

  /// The same, from a scanned list page; a pod that may be stuck is decoded whole.
  init(scanning item: JSONSlice) throws {
    var metadata: ObjectMeta?
    var status: JSONSlice?
    try item.forEachMember { key, value in
      switch key {
      case "metadata": metadata = try ObjectMeta(scanning: value)
      case "status" where !value.isNull: status = value
      default: break
      }
    }
    guard let metadata else { throw JSONSlice.Malformed() }
    let triage = try status.map(Triage.init(scanning:))
    guard let triage, triage.mayBeStuck else {
      pod = Pod(metadata: metadata, status: triage.map { Pod.Status(phase: $0.phase) })
      return
    }
    pod = try Pod(scanning: item)
  }

  /// The least of `status` that tells whether the classifier will look at the pod.
  private struct Triage: Decodable {
    var phase: String?
    var hasTroubledContainer = false

    var mayBeStuck: Bool { PendingClassifier.mayBeStuck(phase: phase, hasTroubledContainer: hasTroubledContainer) }

    private enum Keys: String, CodingKey { case phase, containerStatuses, initContainerStatuses }

    init(from decoder: Decoder) throws {
      let container = try decoder.container(keyedBy: Keys.self)
      phase = try container.decodeIfPresent(String.self, forKey: .phase)
      for key in [Keys.initContainerStatuses, .containerStatuses] {
        let statuses = try container.decodeIfPresent([ContainerStatus].self, forKey: key) ?? []
        if statuses.contains(where: \.isTroubled) { hasTroubledContainer = true }
      }
    }

    init(scanning status: JSONSlice) throws {
      try status.forEachMember { key, value in
        switch key {
        case "phase":
          phase = try value.string()
        case "containerStatuses" where !value.isNull, "initContainerStatuses" where !value.isNull:
          try value.forEachElement { element in
            var waiting = false
            if let state = try element.member("state"), !state.isNull, let value = try state.member("waiting") {
              waiting = !value.isNull
            }
            let restarts = try element.member("restartCount")?.int()
            if PendingClassifier.isTroubled(waiting: waiting, restarts: restarts) { hasTroubledContainer = true }
          }
        default:
          break
        }
      }
    }

    struct ContainerStatus: Decodable {
      var state: State?
      var restartCount: Int?

      var isTroubled: Bool { PendingClassifier.isTroubled(waiting: state?.waiting != nil, restarts: restartCount) }

      struct State: Decodable {
        var waiting: Waiting?
      }

      /// Present or not is all that matters here.
      struct Waiting: Decodable {}
    }
  }
}
