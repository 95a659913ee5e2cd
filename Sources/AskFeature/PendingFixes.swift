import ByteScanning
import EventsFeature
import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The fix for each `PendingReason`: the command to run or the manifest change to make, on the object whose
/// spec the pod comes from (its Deployment, StatefulSet, Job...).
enum PendingFixes {
  static func fix(_ pending: PendingFinding, pod: Pod?, owner: ObjectRef) -> Fix {
    var fix = templateFix(pending, pod: pod, owner: owner)
    // A Job's pod template cannot be changed once it is made: `kubectl edit` would be refused.
    if owner.kind == "Job", fix.commands.contains(editCommand(owner)) {
      fix.summary += " (a Job's pod template cannot be changed: save it, change spec.template, and replace it)"
      fix.commands = fix.commands.flatMap { command -> [String] in
        guard command == editCommand(owner) else { return [command] }
        return [
          "kubectl get \(owner.kubectlName)\(owner.namespaceFlag) -o yaml > job.yaml",
          "kubectl replace --force -f job.yaml",
        ]
      }
    }
    return fix
  }

  static func editCommand(_ owner: ObjectRef) -> String { "kubectl edit \(owner.kubectlName)\(owner.namespaceFlag)" }

  /// Workloads whose template `kubectl rollout undo` can take back.
  static let rolledOut: Set<String> = ["Deployment", "StatefulSet", "DaemonSet"]

  static func templateFix(_ pending: PendingFinding, pod: Pod?, owner: ObjectRef) -> Fix {
    let edit = editCommand(owner)
    switch pending.reason {
    case .nodeSelectorMismatch:
      let selector = (pod?.spec?.nodeSelector ?? [:]).sorted { $0.key < $1.key }
      let pairs = selector.map { "\($0.key): \($0.value)" }
      var manifest: String? = nil
      if let first = selector.first {
        manifest = "# in \(owner): spec.template.spec.nodeSelector\n# remove or change:\n\(first.key): \(first.value)"
      }
      let what = pairs.isEmpty ? "its node affinity" : "its nodeSelector (\(pairs.joined(separator: ", ")))"
      return Fix(
        summary: "Change \(what) to labels a node or NodePool offers, or add a NodePool that offers them",
        commands: [edit], manifest: manifest)
    case .untoleratedTaint:
      let taint = Self.firstTaint(in: pending.explanation)
      let manifest =
        taint.map { taint in
          "# in \(owner): spec.template.spec.tolerations\n- key: \(taint.key)\n  operator: "
            + (taint.value == nil ? "Exists" : "Equal\n  value: \"\(taint.value ?? "")\"")
            + "\n  effect: \(taint.effect)"
        }
      return Fix(
        summary: "Add a toleration for the taint, or let the pod use nodes without it (change its nodeSelector)",
        commands: [edit], manifest: manifest)
    case .insufficientResources:
      return Fix(
        summary: "Lower the pod's requests, free capacity, or raise the NodePool's limits so Karpenter can add a node",
        commands: [edit, "kubectl get nodepools"])
    case .unboundVolume, .volumeNodeAffinity:
      let claims = (pod?.spec?.volumes ?? []).compactMap { $0.persistentVolumeClaim?.claimName }.sorted()
      let commands = claims.map { "kubectl describe pvc \($0) -n \(pending.namespace)" }
      return Fix(
        summary: "Give the claim a storageClassName with a provisioner, or create a PersistentVolume that matches it",
        commands: commands + ["kubectl get storageclass"])
    case .createFailed:
      return createFix(pending, owner: owner)
    case .configError:
      return configFix(pending, owner: owner)
    case .imagePull:
      return Fix(
        summary:
          "Fix the image reference (tag, registry) or the imagePullSecrets; or roll back to the last good version",
        commands: (rolledOut.contains(owner.kind)
          ? ["kubectl rollout undo \(owner.kubectlName)\(owner.namespaceFlag)"] : [])
          + [edit])
    case .nodesCordoned:
      return Fix(summary: "Uncordon a node the pod may use", commands: ["kubectl uncordon NODE"])
    case .schedulingGated:
      // The gate belongs to a controller (a queue, a quota manager): removing it by hand skips what it waits for.
      return Fix(
        summary: "Find the controller that added the scheduling gate and what it waits for; it removes the gate",
        commands: [
          "kubectl get pod \(pending.name) -n \(pending.namespace) -o jsonpath='{.spec.schedulingGates}'"
        ])
    case .containerCreating, .containerError:
      return Fix(
        summary: "Read the kubelet's warning and fix what it names",
        commands: ["kubectl describe pod \(pending.name) -n \(pending.namespace)"])
    case .crashLoop:
      return Fix(
        summary: "Read the previous run's logs and fix the cause of the exit",
        commands: ["kubectl logs \(pending.name) -n \(pending.namespace) --previous"])
    case .podAffinity, .topologySpread, .unschedulable, .notYetScheduled:
      return Fix(
        summary: "Relax the pod's scheduling constraints or add capacity that satisfies them",
        commands: [edit, "lamp events\(owner.namespaceFlag) --for \(owner.kubectlName)"])
    }
  }

  static func createFix(_ pending: PendingFinding, owner: ObjectRef) -> Fix {
    let text = pending.explanation
    if let range = text.firstUTF8Range(of: "ServiceAccount "), text.hasSuffix(" does not exist") {
      let account = text[range.upperBound...].dropLast(" does not exist".count)
      let name = account.split(separator: "/").last.map(String.init) ?? String(account)
      return Fix(
        summary: "Create the ServiceAccount \(name), or point serviceAccountName at one that exists",
        commands: ["kubectl create serviceaccount \(name) -n \(pending.namespace)"])
    }
    if let range = text.firstUTF8Range(of: "ResourceQuota ") {
      let quota = text[range.upperBound...].prefix { $0 != " " }
      return Fix(
        summary: "Raise ResourceQuota \(quota)'s hard limits, or lower the pods' requests or replicas",
        commands: ["kubectl describe resourcequota \(quota) -n \(pending.namespace)", editCommand(owner)])
    }
    return Fix(
      summary: "Fix what the controller's FailedCreate event names",
      commands: ["lamp events -n \(pending.namespace) --for \(owner.kubectlName)"])
  }

  /// `container api: ConfigMap shop/api-config has no key database-url`.
  static func configFix(_ pending: PendingFinding, owner: ObjectRef) -> Fix {
    let text = pending.explanation
    if let range = text.firstUTF8Range(of: " has no key ") {
      let key = String(text[range.upperBound...])
      let head = text[..<range.lowerBound]
      let words = head.split(separator: " ")
      if words.count >= 2 {
        let kind = String(words[words.count - 2])
        let name = words[words.count - 1].split(separator: "/").last.map(String.init) ?? ""
        let resource = kind == "Secret" ? "secret" : "configmap"
        let value = kind == "Secret" ? "{\"stringData\":{\"\(key)\":\"VALUE\"}}" : "{\"data\":{\"\(key)\":\"VALUE\"}}"
        return Fix(
          summary: "Add the key \(key) to \(kind) \(name), or change the reference in \(owner)",
          commands: ["kubectl patch \(resource) \(name) -n \(pending.namespace) --type merge -p '\(value)'"])
      }
    }
    if let range = text.firstUTF8Range(of: ": ConfigMap ") ?? text.firstUTF8Range(of: ": Secret "),
      text.hasSuffix(" does not exist")
    {
      let rest = text[range.upperBound...].dropLast(" does not exist".count)
      let kind = text[range].contains("Secret") ? "secret generic" : "configmap"
      return Fix(
        summary: "Create the missing object, or fix the reference in \(owner)",
        commands: ["kubectl create \(kind) \(rest) -n \(pending.namespace) --from-literal=KEY=VALUE"])
    }
    return Fix(
      summary: "Fix the ConfigMap or Secret reference the kubelet names",
      commands: ["kubectl describe pod \(pending.name) -n \(pending.namespace)"])
  }

  /// The first taint named in an explanation like `untolerated taint CriticalAddonsOnly=true:NoSchedule on 1 node`.
  static func firstTaint(in text: String) -> Taint? {
    guard let range = text.firstUTF8Range(of: "untolerated taint ") ?? text.firstUTF8Range(of: "untolerated taints ")
    else {
      return nil
    }
    let word = text[range.upperBound...].prefix { $0 != " " && $0 != "," }
    let parts = word.split(separator: ":", maxSplits: 1)
    guard parts.count == 2 else { return nil }
    let keyValue = parts[0].split(separator: "=", maxSplits: 1)
    return Taint(
      key: String(keyValue[0]), value: keyValue.count == 2 ? String(keyValue[1]) : nil, effect: String(parts[1]))
  }
}
