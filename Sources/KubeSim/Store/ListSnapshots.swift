import Foundation
import KubeAPI

/// Consistent snapshots of paged lists, kept so every page is served at the first page's resourceVersion.
struct ListSnapshots: Sendable {
  struct Snapshot: Sendable {
    var items: [StoredObject]
    var resourceVersion: Int64
    var created: ContinuousClock.Instant
  }

  private var snapshots: [Int: Snapshot] = [:]
  private var nextID = 1
  private let capacity = 64

  mutating func add(_ items: [StoredObject], resourceVersion: Int64) -> Int {
    let id = nextID
    nextID += 1
    snapshots[id] = Snapshot(items: items, resourceVersion: resourceVersion, created: .now)
    if snapshots.count > capacity, let oldest = snapshots.keys.min() {
      snapshots.removeValue(forKey: oldest)
    }
    return id
  }

  func snapshot(_ id: Int) -> Snapshot? {
    snapshots[id]
  }

  mutating func remove(_ id: Int) {
    snapshots.removeValue(forKey: id)
  }
}

/// The continue token: base64url JSON shaped like kube-apiserver's, plus the snapshot id.
struct ContinueToken: Sendable, Equatable, Codable {
  var v = "meta.k8s.io/v1"
  var rv: Int64
  var start: String
  var snapshot: Int?

  init(rv: Int64, start: String, snapshot: Int?) {
    self.rv = rv
    self.start = start
    self.snapshot = snapshot
  }

  func encoded() -> String {
    var members: [String: JSONValue] = ["v": .string(v), "rv": .int(rv), "start": .string(start)]
    if let snapshot { members["snapshot"] = .int(Int64(snapshot)) }
    return Data(JSONWriter.encode(.object(members))).base64EncodedString()
      .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
      .replacingOccurrences(of: "=", with: "")
  }

  static func decode(_ text: String) throws(StatusError) -> ContinueToken {
    var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
    while base64.count % 4 != 0 { base64 += "=" }
    guard let data = Data(base64Encoded: base64) else {
      throw StatusError.badRequest("continue key is not valid: illegal base64 data")
    }
    do {
      return try JSONDecoder().decode(ContinueToken.self, from: data)
    } catch {
      throw StatusError.badRequest(
        "continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)")
    }
  }
}
