import ByteScanning

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The kube-scheduler's `FailedScheduling` text, read into per-reason node counts.
///
/// Understands the current wording (`0/5 nodes are available: 1 node(s) had untolerated taint {k: v},
/// 2 Insufficient cpu, 2 node(s) didn't match Pod's node affinity/selector. preemption: …`) and the older one
/// (`node(s) had taint {k: v}, that the pod didn't tolerate`, `node(s) didn't match node selector`,
/// `Insufficient pods`), including pre-filter messages without counts (`pod has unbound immediate
/// PersistentVolumeClaims`).
public struct SchedulerMessage: Sendable, Hashable {
  /// Why some nodes were rejected.
  public enum Reason: Sendable, Hashable {
    /// A taint the pod does not tolerate (`value` may be empty).
    case untoleratedTaint(key: String, value: String)
    /// Taints were reported without naming them.
    case untoleratedTaints
    /// Not enough of a resource (`cpu`, `memory`, `pods`, `nvidia.com/gpu`, ...).
    case insufficient(resource: String)
    /// The node did not match the pod's nodeSelector or required node affinity.
    case nodeAffinity
    case podAffinity
    case podAntiAffinity
    /// Pods already on the node have anti-affinity against this pod.
    case existingPodsAntiAffinity
    case topologySpread
    case unboundClaims
    /// A claim the pod uses does not exist (`persistentvolumeclaim "x" not found`).
    case missingClaim(name: String)
    case volumeNodeAffinity
    /// Cordoned nodes.
    case nodeUnschedulable
    case hostPorts
    /// Anything else, verbatim.
    case other(String)
  }

  /// One reason and how many nodes it applied to (nil: the whole pod, before any node was tried).
  public struct Item: Sendable, Hashable {
    public var count: Int?
    public var reason: Reason

    public init(count: Int?, reason: Reason) {
      self.count = count
      self.reason = reason
    }
  }

  /// `5` in `0/5 nodes are available`.
  public var totalNodes: Int?
  public var items: [Item]

  public init(totalNodes: Int?, items: [Item]) {
    self.totalNodes = totalNodes
    self.items = items
  }

  /// Parses a scheduler message; nil when the text is not one (Karpenter's, a plugin error, ...). Searches are
  /// made on the UTF-8 bytes (`firstUTF8Range(of:)`): parsing the messages of 600 unschedulable pods was the
  /// slowest step of classifying them.
  public static func parse(_ message: String) -> SchedulerMessage? {
    var text = Substring(message)
    while text.first?.isWhitespace == true { text.removeFirst() }
    while text.last?.isWhitespace == true { text.removeLast() }
    guard let colon = text.firstUTF8Range(of: " nodes are available: ") else { return nil }
    let head = text[..<colon.lowerBound]
    let total = head.split(separator: "/").last.flatMap { Int($0) }
    text = text[colon.upperBound...]
    if let preemption = text.firstUTF8Range(of: " preemption:") { text = text[..<preemption.lowerBound] }
    while text.last == "." || text.last == " " { text.removeLast() }
    var fragments: [String] = []
    for piece in pieces(of: text) {
      // A piece that starts with neither a count nor a pod-level phrase continues the previous one
      // (the older taint wording has ", that the pod didn't tolerate").
      if let last = fragments.last, !startsItem(piece), !last.isEmpty {
        fragments[fragments.count - 1] = last + ", " + piece
      } else {
        fragments.append(String(piece))
      }
    }
    return SchedulerMessage(totalNodes: total, items: fragments.map(item))
  }

  /// `text` split at every `", "`, empty pieces kept. The standard library's `split(separator:)` with a
  /// string separator matches it `Character` by `Character`, and was most of the time spent parsing a message.
  static func pieces(of text: Substring) -> [Substring] {
    var pieces: [Substring] = []
    var rest = text
    while let comma = rest.firstUTF8Range(of: ", ") {
      pieces.append(rest[..<comma.lowerBound])
      rest = rest[comma.upperBound...]
    }
    pieces.append(rest)
    return pieces
  }

  private static func startsItem(_ piece: Substring) -> Bool {
    guard let first = piece.first else { return false }
    return first.isNumber || piece.hasPrefix("pod has") || piece.hasPrefix("persistentvolumeclaim")
  }

  static func item(_ fragment: String) -> Item {
    var rest = Substring(fragment)
    let digits = rest.prefix { $0.isNumber }
    let count = Int(digits)
    rest = rest.dropFirst(digits.count).drop { $0 == " " }
    if rest.hasPrefix("node(s) ") { rest = rest.dropFirst("node(s) ".count) }
    return Item(count: count, reason: reason(String(rest)))
  }

  static func reason(_ text: String) -> Reason {
    let lower = text.lowercased()
    func has(_ part: String) -> Bool { lower.containsUTF8(part) }
    if let braces = braced(text), lower.hasPrefix("had untolerated taint {") || lower.hasPrefix("had taint {") {
      let parts = braces.split(separator: ":", maxSplits: 1).map { $0.trimmingSpaces() }
      return .untoleratedTaint(key: parts.first ?? "", value: parts.count > 1 ? parts[1] : "")
    }
    if lower.hasPrefix("had untolerated taint") { return .untoleratedTaints }
    if lower.hasPrefix("insufficient ") {
      return .insufficient(resource: String(text.dropFirst("insufficient ".count)))
    }
    if lower == "too many pods" { return .insufficient(resource: "pods") }
    if has("didn't match pod's node affinity") || has("didn't match node selector") { return .nodeAffinity }
    if has("existing pods anti-affinity") { return .existingPodsAntiAffinity }
    if has("pod anti-affinity") { return .podAntiAffinity }
    if has("pod affinity") { return .podAffinity }
    if has("topology spread") { return .topologySpread }
    // `didn't find available persistent volumes to bind`: a WaitForFirstConsumer claim no volume can serve.
    if has("unbound immediate persistentvolumeclaims") || has("available persistent volumes to bind") {
      return .unboundClaims
    }
    if lower.hasPrefix("persistentvolumeclaim \""), let name = quoted(text) { return .missingClaim(name: name) }
    if has("volume node affinity conflict") || has("no available volume zone") { return .volumeNodeAffinity }
    if has("were unschedulable") || has("unschedulable taint") { return .nodeUnschedulable }
    if has("free ports") { return .hostPorts }
    return .other(text)
  }

  private static func braced(_ text: String) -> String? {
    guard let open = text.firstIndex(of: "{"), let close = text[open...].firstIndex(of: "}") else { return nil }
    return String(text[text.index(after: open)..<close])
  }

  static func quoted(_ text: String) -> String? {
    guard let open = text.firstIndex(of: "\""), let close = text[text.index(after: open)...].firstIndex(of: "\"")
    else { return nil }
    return String(text[text.index(after: open)..<close])
  }

  /// The number of nodes rejected for `reason` (0 when not mentioned).
  public func count(where predicate: (Reason) -> Bool) -> Int {
    items.filter { predicate($0.reason) }.reduce(0) { $0 + ($1.count ?? totalNodes ?? 0) }
  }
}
