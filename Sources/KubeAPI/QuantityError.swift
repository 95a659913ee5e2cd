#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A string that is not a Kubernetes quantity, worded as apimachinery words it.
public enum QuantityError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The text does not have the shape of a quantity.
  case formatWrong
  /// The number part could not be read.
  case numeric
  /// The suffix is not one of `n u m k M G T P E Ki Mi Gi Ti Pi Ei` or an exponent.
  case suffix
  /// The value is too large for lamp to hold exactly (beyond about 10^29).
  case outOfRange

  public var description: String {
    switch self {
    case .formatWrong:
      return "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"
    case .numeric: return "unable to parse numeric part of quantity"
    case .suffix: return "unable to parse quantity's suffix"
    case .outOfRange: return "quantity is too large"
    }
  }
}

extension QuantityError: LocalizedError {
  public var errorDescription: String? { description }
}
