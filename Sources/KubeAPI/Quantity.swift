import ByteScanning

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A Kubernetes resource quantity (`100m`, `1.5Gi`, `2e3`, `128974848`), held exactly.
///
/// The value is kept as a whole number of nano-units, which is the finest precision Kubernetes keeps
/// (finer input is rounded up, away from zero, as kube-apiserver does), so sums and comparisons are exact.
/// `description` is the form kube-apiserver writes: canonical (`1.5` → `1500m`, `1.5Gi` → `1536Mi`),
/// except that input already in canonical shape is echoed as written, as upstream does.
public struct Quantity: Sendable {
  /// The suffix family a quantity is written in; it decides how `description` renders it.
  public enum Format: String, Sendable, Hashable, Codable {
    /// `12e6`
    case decimalExponent = "DecimalExponent"
    /// `12Mi`
    case binarySI = "BinarySI"
    /// `12M`, `100m`
    case decimalSI = "DecimalSI"
  }

  static let nanosPerUnit: Int128 = 1_000_000_000

  /// The value in units of 10^-9.
  let nanos: Int128
  /// The suffix family the quantity was written in (or took from its first operand).
  public let format: Format
  /// The input text, kept when kube-apiserver would echo it unchanged.
  let text: String?

  init(nanos: Int128, format: Format, text: String? = nil) {
    self.nanos = nanos
    self.format = format
    self.text = text
  }

  /// Zero, written `0`.
  public static let zero = Quantity(nanos: 0, format: .decimalSI)

  /// Parses any Kubernetes quantity form: `1`, `-1.5`, `100m`, `5Ki`, `2e3`, `1E-3`, `.5`, ...
  public init(parsing text: String) throws(QuantityError) {
    self = try QuantityParser.parse(text)
  }

  /// A whole number of units (cores, bytes, ...).
  public init(integer: Int64, format: Format = .decimalSI) {
    self.init(nanos: Int128(integer) * Self.nanosPerUnit, format: format)
  }

  /// A number of thousandths of a unit (millicores).
  public init(milli: Int64, format: Format = .decimalSI) {
    self.init(nanos: Int128(milli) * 1_000_000, format: format)
  }

  public var isZero: Bool { nanos == 0 }

  /// Whether it is a whole number of units (bytes, cores): `100m` of memory is not, and is almost always a typo.
  public var isWholeNumber: Bool { nanos % Self.nanosPerUnit == 0 }

  /// -1, 0 or 1.
  public var sign: Int { nanos == 0 ? 0 : (nanos < 0 ? -1 : 1) }

  /// The value in whole units, rounded up away from zero and capped to the Int64 range
  /// (bytes for memory, cores for CPU).
  public var value: Int64 { Self.scaled(nanos, by: Self.nanosPerUnit) }

  /// The value in thousandths, rounded up away from zero and capped (millicores for CPU).
  public var milliValue: Int64 { Self.scaled(nanos, by: 1_000_000) }

  /// The value as a Double, for display and ratios only.
  public var doubleValue: Double { Double(nanos) / 1e9 }

  /// `self / total` as a Double (0.25 for 25 %); 0 when `total` is zero.
  public func ratio(of total: Quantity) -> Double {
    guard total.nanos != 0 else { return 0 }
    return Double(nanos) / Double(total.nanos)
  }

  /// The canonical text, ignoring how the quantity was written.
  public var canonical: String { QuantityFormatter.canonical(self) }

  private static func scaled(_ nanos: Int128, by divisor: Int128) -> Int64 {
    var (quotient, remainder) = nanos.quotientAndRemainder(dividingBy: divisor)
    if remainder > 0 { quotient += 1 } else if remainder < 0 { quotient -= 1 }
    if quotient > Int128(Int64.max) { return .max }
    if quotient < Int128(Int64.min) { return .min }
    return Int64(quotient)
  }

  /// Adds without trapping: values beyond the Int128 nano range saturate.
  static func saturating(_ value: (partialValue: Int128, overflow: Bool), positive: Bool) -> Int128 {
    guard value.overflow else { return value.partialValue }
    return positive ? .max : .min
  }
}

extension Quantity: CustomStringConvertible {
  /// The text kube-apiserver would write for this quantity.
  public var description: String { text ?? canonical }
}

extension Quantity: Hashable, Comparable {
  /// Quantities are equal when their values are equal, whatever their format (`1.5Gi == 1536Mi`).
  public static func == (lhs: Quantity, rhs: Quantity) -> Bool { lhs.nanos == rhs.nanos }

  public func hash(into hasher: inout Hasher) { hasher.combine(nanos) }

  public static func < (lhs: Quantity, rhs: Quantity) -> Bool { lhs.nanos < rhs.nanos }
}

extension Quantity {
  /// The sum; a zero left operand takes the right operand's format, as upstream `Add` does.
  public static func + (lhs: Quantity, rhs: Quantity) -> Quantity {
    let sum = saturating(lhs.nanos.addingReportingOverflow(rhs.nanos), positive: rhs.nanos > 0)
    return Quantity(nanos: sum, format: lhs.nanos == 0 ? rhs.format : lhs.format)
  }

  /// The difference; a zero left operand takes the right operand's format, as upstream `Sub` does.
  public static func - (lhs: Quantity, rhs: Quantity) -> Quantity {
    let difference = saturating(lhs.nanos.subtractingReportingOverflow(rhs.nanos), positive: rhs.nanos < 0)
    return Quantity(nanos: difference, format: lhs.nanos == 0 ? rhs.format : lhs.format)
  }

  public static prefix func - (operand: Quantity) -> Quantity {
    Quantity(nanos: operand.nanos == .min ? .max : -operand.nanos, format: operand.format)
  }

  /// The quantity times a whole number (a request times replicas).
  public static func * (lhs: Quantity, rhs: Int) -> Quantity {
    let product = lhs.nanos.multipliedReportingOverflow(by: Int128(rhs))
    return Quantity(nanos: saturating(product, positive: (lhs.nanos < 0) == (rhs < 0)), format: lhs.format)
  }

  public static func += (lhs: inout Quantity, rhs: Quantity) { lhs = lhs + rhs }

  public static func -= (lhs: inout Quantity, rhs: Quantity) { lhs = lhs - rhs }
}

extension Sequence where Element == Quantity {
  /// The sum of the quantities (zero when empty).
  public func sum() -> Quantity { reduce(.zero, +) }
}

extension Quantity: Codable {
  /// Decodes a JSON string (`"1500m"`) or number (`1.5`), as the API server accepts both.
  public init(from decoder: Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text: String
    do {
      text = Self.trimmed(try container.decode(String.self))
    } catch DecodingError.typeMismatch {
      // A JSON number: Decimal keeps its digits exactly and prints them in quantity syntax.
      text = "\(try container.decode(Decimal.self))"
    }
    do {
      self = try QuantityParser.parse(text)
    } catch {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
    }
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }

  /// `text` without surrounding whitespace. Quantities almost never have any, and trimming by
  /// `Character` costs more than parsing them, so it runs only when an end is not plain ASCII.
  static func trimmed(_ text: String) -> String {
    func plain(_ byte: UInt8?) -> Bool { byte.map { $0 > 0x20 && $0 < 0x7F } ?? true }
    guard !plain(text.utf8.first) || !plain(text.utf8.last) else { return text }
    return text.trimmingWhitespace()
  }
}
