#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The decoded form of a Secret (`-o json|yaml` schema: apiVersion lamp/v1, kind SecretView).
public struct SecretView: Codable, Sendable, Hashable {
  public var apiVersion = "lamp/v1"
  public var kind = "SecretView"
  public var name: String
  public var namespace: String?
  public var type: String
  public var entries: [SecretEntry]
  /// Whether every private key belongs to the certificate beside it (`tls.key` and `tls.crt`, `ca.key` and
  /// `ca.crt`), when a Secret holds such a pair: false when any does not, nil when one cannot be told
  /// (`keyMatchProblem` says why).
  public var keyMatchesCertificate: Bool?
  /// Why a key could not be compared with its certificate (`the private key is encrypted`).
  public var keyMatchProblem: String?
  /// Each pair checked, when there are any.
  public var keyPairs: [KeyPairCheck]?
  /// True when the mask stands in for any value in the view (`--mask`, or a credential such as `tls.key` without
  /// `--reveal`); each entry's `masked` says which.
  public var masked: Bool

  /// `masked` follows from the entries, so that it cannot disagree with them.
  public init(name: String, namespace: String?, type: String, entries: [SecretEntry], keyMatch: KeyMatch? = nil) {
    self.name = name
    self.namespace = namespace
    self.type = type
    self.entries = entries
    masked = entries.contains(where: \.masked)
    self.keyMatch = keyMatch
  }

  /// Records the pairs checked, and sums them up: a mismatch anywhere outweighs a pair that cannot be read.
  public mutating func record(_ pairs: [KeyPairCheck]) {
    guard !pairs.isEmpty else { return }
    keyPairs = pairs
    let matches = pairs.map(\.match)
    if matches.contains(.mismatch) {
      keyMatch = .mismatch
    } else {
      keyMatch = matches.first { if case .unreadable = $0 { true } else { false } } ?? .matches
    }
  }

  /// The key check as one value; sets `keyMatchesCertificate` and `keyMatchProblem`.
  public var keyMatch: KeyMatch? {
    get {
      if let problem = keyMatchProblem { return .unreadable(problem) }
      return keyMatchesCertificate.map { $0 ? .matches : .mismatch }
    }
    set {
      switch newValue {
      case .matches: (keyMatchesCertificate, keyMatchProblem) = (true, nil)
      case .mismatch: (keyMatchesCertificate, keyMatchProblem) = (false, nil)
      case .unreadable(let problem): (keyMatchesCertificate, keyMatchProblem) = (nil, problem)
      case nil: (keyMatchesCertificate, keyMatchProblem) = (nil, nil)
      }
    }
  }
}
