import KubeAPI

/// Computes the selectable field values of an object, as kube-apiserver's per-kind field sets do.
enum FieldIndex {
  static func fields(of object: JSONValue, storageKey: String) -> [String: String] {
    let metadata = object["metadata"]
    var fields: [String: String] = [
      "metadata.name": metadata?["name"]?.stringValue ?? "",
      "metadata.namespace": metadata?["namespace"]?.stringValue ?? "",
    ]
    switch storageKey {
    case "/pods":
      let nodeName = text(object, "spec", "nodeName")
      fields["spec.nodeName"] = nodeName
      fields["spec.host"] = nodeName
      fields["spec.restartPolicy"] = text(object, "spec", "restartPolicy")
      fields["spec.schedulerName"] = text(object, "spec", "schedulerName")
      fields["spec.serviceAccountName"] = text(object, "spec", "serviceAccountName")
      fields["spec.hostNetwork"] = object[path: ["spec", "hostNetwork"]]?.boolValue == true ? "true" : "false"
      fields["status.phase"] = text(object, "status", "phase")
      fields["status.podIP"] = text(object, "status", "podIP")
      fields["status.nominatedNodeName"] = text(object, "status", "nominatedNodeName")
      let ips = object[path: ["status", "podIPs"]]?.arrayValue?.compactMap { $0["ip"]?.stringValue } ?? []
      fields["status.podIPs"] = ips.joined(separator: ",")
    case "/events":
      for field in ["kind", "namespace", "name", "uid", "apiVersion", "resourceVersion", "fieldPath"] {
        let value = text(object, "involvedObject", field)
        fields["involvedObject.\(field)"] = value
        fields["regarding.\(field)"] = value
      }
      fields["reason"] = text(object, "reason")
      fields["reportingComponent"] = text(object, "reportingComponent")
      fields["reportingController"] = text(object, "reportingComponent")
      fields["source"] = text(object, "source", "component")
      fields["type"] = text(object, "type")
    case "/nodes":
      fields["spec.unschedulable"] = object[path: ["spec", "unschedulable"]]?.boolValue == true ? "true" : "false"
    case "/namespaces":
      fields["status.phase"] = text(object, "status", "phase")
    case "/secrets":
      fields["type"] = text(object, "type")
    case "/services":
      fields["spec.clusterIP"] = text(object, "spec", "clusterIP")
      fields["spec.type"] = text(object, "spec", "type")
    case "/replicationcontrollers":
      fields["status.replicas"] = String(object[path: ["status", "replicas"]]?.intValue ?? 0)
    default:
      break
    }
    return fields
  }

  private static func text(_ object: JSONValue, _ path: String...) -> String {
    object[path: path]?.stringValue ?? ""
  }
}
