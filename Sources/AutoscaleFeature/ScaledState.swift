#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The state of a ScaledObject or ScaledJob in one word; the raw value is written to JSON and used by `--state`.
public enum ScaledState: String, Sendable, Hashable, CaseIterable, Encodable {
  /// Triggers are active: KEDA is scaling.
  case active = "Active"
  /// Triggers are inactive; the target sits at its minimum (above zero).
  case idle = "Idle"
  /// Triggers are inactive and the target is at zero replicas.
  case zero = "Zero"
  /// Scaling is paused (annotation `autoscaling.keda.sh/paused` or `paused-replicas`).
  case paused = "Paused"
  /// Scalers keep failing; KEDA holds the fallback replica count.
  case fallback = "Fallback"
  /// Not ready: a scaler error or an invalid spec (e.g. a missing target).
  case error = "Error"

  /// The values `--state` accepts.
  public static let filterNames = ["active", "idle", "zero", "paused", "fallback", "error"]

  /// Parses a `--state` value.
  public init?(filter text: String) {
    guard let match = Self.allCases.first(where: { $0.rawValue.lowercased() == text.lowercased() }) else {
      return nil
    }
    self = match
  }
}
