/// Renders quantities: the canonical form of apimachinery's `CanonicalizeBytes`, and short
/// human forms for tables.
enum QuantityFormatter {
  static let decimalSuffixes: [Int: String] = [
    -9: "n", -6: "u", -3: "m", 0: "", 3: "k", 6: "M", 9: "G", 12: "T", 15: "P", 18: "E",
  ]
  static let binarySuffixes = ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"]

  /// The canonical text: the largest suffix that loses no precision and leaves no fraction.
  static func canonical(_ quantity: Quantity) -> String {
    let nanos = quantity.nanos
    if nanos == 0 { return "0" }
    var format = quantity.format
    if format == .binarySI {
      // Small or fractional binary values are shown in decimal rather than rounded.
      let units = nanos.quotientAndRemainder(dividingBy: Quantity.nanosPerUnit)
      if units.remainder != 0 || (units.quotient > -1024 && units.quotient < 1024) {
        format = .decimalSI
      } else {
        return binary(units.quotient)
      }
    }
    var mantissa = nanos
    var exponent = -9
    while mantissa % 10 == 0 {
      mantissa /= 10
      exponent += 1
    }
    while exponent % 3 != 0 {
      mantissa *= 10
      exponent -= 1
    }
    if format == .decimalExponent {
      return exponent == 0 ? "\(mantissa)" : "\(mantissa)e\(exponent)"
    }
    // Beyond exa there is no decimal suffix; keep the value right by widening the mantissa.
    while exponent > 18 {
      mantissa *= 1000
      exponent -= 3
    }
    return "\(mantissa)" + (decimalSuffixes[exponent] ?? "")
  }

  private static func binary(_ units: Int128) -> String {
    var mantissa = units
    var power = 0
    while power < binarySuffixes.count - 1 && mantissa.magnitude >= 1024 && mantissa % 1024 == 0 {
      mantissa /= 1024
      power += 1
    }
    return "\(mantissa)" + binarySuffixes[power]
  }

  /// Bytes in the largest binary unit that keeps at least 1 of it, with at most one decimal
  /// (`512`, `1.5Gi`, `14.2Gi`, `2Ti`).
  static func bytes(_ quantity: Quantity) -> String {
    let bytes = Int128(quantity.value)
    let magnitude = bytes.magnitude
    guard magnitude >= 1024 else { return "\(bytes)" }
    var power = 1
    while power < binarySuffixes.count - 1 && magnitude >= UInt128(1) << (10 * (power + 1)) { power += 1 }
    var tenths = roundedTenths(magnitude, unit: UInt128(1) << (10 * power))
    // 1023.96Mi rounds to 1024Mi: say 1Gi instead.
    if tenths >= 10_240 && power < binarySuffixes.count - 1 {
      power += 1
      tenths = roundedTenths(magnitude, unit: UInt128(1) << (10 * power))
    }
    let sign = bytes < 0 ? "-" : ""
    let whole = tenths / 10
    let fraction = tenths % 10
    return sign + (fraction == 0 ? "\(whole)" : "\(whole).\(fraction)") + binarySuffixes[power]
  }

  /// CPU in millicores, or whole cores when exact (`250m`, `1500m`, `2`).
  static func cpu(_ quantity: Quantity) -> String {
    let milli = quantity.milliValue
    return milli % 1000 == 0 ? "\(milli / 1000)" : "\(milli)m"
  }

  private static func roundedTenths(_ value: UInt128, unit: UInt128) -> UInt128 {
    (value * 10 + unit / 2) / unit
  }
}

extension Quantity {
  /// Memory for tables: bytes in the largest fitting binary unit, one decimal at most (`1.5Gi`).
  public var formattedBytes: String { QuantityFormatter.bytes(self) }

  /// CPU for tables: millicores, or whole cores when exact (`1500m`, `2`).
  public var formattedCPU: String { QuantityFormatter.cpu(self) }
}
