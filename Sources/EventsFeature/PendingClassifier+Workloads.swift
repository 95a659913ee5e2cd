import ByteScanning
import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension PendingClassifier {
  /// Controllers whose latest `FailedCreate` is newer than their latest `SuccessfulCreate`: reported against the
  /// owning workload (the Deployment of a ReplicaSet, the CronJob of a Job), since there is no pod to show. A
  /// listed controller that has all its pods now is skipped: its events outlive the failure (an hour by default)
  /// when it was scaled down, rolled back or fixed without creating a pod since.
  func workloadFindings() -> [PendingFinding] {
    var byOwner: [String: PendingFinding] = [:]
    for events in index.objects(withReason: "FailedCreate") {
      let failed = events.filter { $0.reason == "FailedCreate" }
      guard let latest = failed.last else { continue }
      let created = events.last { $0.reason == "SuccessfulCreate" }
      if let created, (created.lastSeen ?? .distantPast) > (latest.lastSeen ?? .distantPast) { continue }
      let regarding = latest.regarding
      let namespace = regarding.namespace ?? latest.namespace
      var kind = regarding.kind ?? ""
      var name = regarding.name ?? ""
      var uid = regarding.uid
      let workload = workload(kind: kind, namespace: namespace, name: name, uid: uid)
      if workload?.hasItsPods == true { continue }
      if let owner = workload?.controller {
        kind = owner.kind
        name = owner.name
        uid = owner.uid
      }
      var evidence: [String] = []
      for event in failed.reversed() where !evidence.contains(where: { $0.hasSuffix(event.message) }) {
        evidence.append("\(regarding.kind ?? "")/\(regarding.name ?? "") " + Self.describe(event))
      }
      let since = failed.compactMap(\.firstSeen).min()
      let finding = PendingFinding(
        kind: kind, namespace: namespace, name: name, uid: uid, reason: .createFailed,
        explanation: "cannot create pods: " + Self.createFailure(latest.message), evidence: evidence, since: since)
      let key = "\(namespace)/\(kind)/\(name)"
      if let existing = byOwner[key], (existing.since ?? .distantFuture) <= (since ?? .distantFuture) { continue }
      byOwner[key] = finding
    }
    return Array(byOwner.values)
  }

  func workload(kind: String, namespace: String, name: String, uid: String?) -> Workload? {
    snapshot.workloads.first { workload in
      if let uid, !uid.isEmpty, workload.metadata.uid == uid { return true }
      return workload.kind == kind && workload.metadata.namespace == namespace && workload.metadata.name == name
    }
  }

  /// The cause inside `Error creating: pods "x-" is forbidden: …`, in plain words.
  static func createFailure(_ message: String) -> String {
    var text = message
    if let range = text.firstUTF8Range(of: "is forbidden: ") { text = String(text[range.upperBound...]) }
    if text.hasPrefix("Error creating: ") { text = String(text.dropFirst("Error creating: ".count)) }
    if text.hasPrefix("error looking up service account "), let colon = text.firstUTF8Range(of: ": ") {
      let account = text[
        text.index(text.startIndex, offsetBy: "error looking up service account ".count)..<colon.lowerBound]
      return "ServiceAccount \(account) does not exist"
    }
    if text.hasPrefix("exceeded quota: ") {
      let parts = text.dropFirst("exceeded quota: ".count).components(separatedBy: ", ")
      let quota = parts.first ?? ""
      return "exceeds ResourceQuota \(quota) (" + parts.dropFirst().joined(separator: ", ") + ")"
    }
    if text.hasPrefix("admission webhook "), let denied = text.firstUTF8Range(of: " denied the request: ") {
      let hook = text[text.index(text.startIndex, offsetBy: "admission webhook ".count)..<denied.lowerBound]
      return "admission webhook \(hook) denied it: \(text[denied.upperBound...])"
    }
    return TextCut.firstSentence(text)
  }
}
