import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Short human text for resource amounts: cores as decimals (`1.5`, `16`), bytes in binary units (`43.3Gi`).
enum ResourceText {
  /// `16`, `1.5`, `0.25`: cores, at most three decimals, exact for millicores.
  static func cpu(_ quantity: Quantity) -> String {
    let milli = quantity.milliValue
    if milli % 1000 == 0 { return String(milli / 1000) }
    let digits = String(milli.magnitude % 1000)
    var fraction = String(repeating: "0", count: 3 - digits.count) + digits
    while fraction.hasSuffix("0") { fraction.removeLast() }
    return (milli < 0 ? "-" : "") + "\(milli.magnitude / 1000).\(fraction)"
  }

  /// `64Gi`, `43.3Gi`, `512Mi`, `1.5Ti`: one decimal at most; plain bytes below 1Ki. A negative amount (a limit
  /// written wrong) reads the same with a minus sign, and a fraction of a byte as written (`100m`).
  static func memory(_ quantity: Quantity) -> String {
    if quantity < .zero { return "-" + memory(.zero - quantity) }
    // A fraction of a byte (`100m` written for `100Mi`) is shown as written, so the typo can be seen.
    if !quantity.isWholeNumber { return quantity.description }
    let bytes = quantity.value
    let units: [(String, Int64)] = [("Ti", 1 << 40), ("Gi", 1 << 30), ("Mi", 1 << 20), ("Ki", 1 << 10)]
    for (suffix, size) in units where bytes >= size {
      if bytes % size == 0 { return "\(bytes / size)\(suffix)" }
      // Rounded to tenths as printf's `%.1f` does, ties to even.
      let tenths = Int64((Double(bytes) / Double(size) * 10).rounded(.toNearestOrEven))
      return (tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)") + suffix
    }
    return String(bytes)
  }

  /// The text for any resource: cpu as cores, memory-like resources in binary units, others as counts.
  static func amount(_ quantity: Quantity, resource: String) -> String {
    switch resource {
    case "cpu": return cpu(quantity)
    case "memory", "ephemeral-storage": return memory(quantity)
    default:
      if resource.hasPrefix("hugepages-") { return memory(quantity) }
      // Counts (pods, nodes, GPUs) read as plain numbers, whatever suffix they were written with (`2e3`, `1k`).
      return quantity.isWholeNumber ? String(quantity.value) : quantity.canonical
    }
  }

  /// Whole percent of `part` in `whole`, rounded down so that 99.9 % never reads 100 %; nil when `whole` is zero.
  static func percent(_ part: Quantity, of whole: Quantity) -> Int? {
    guard !whole.isZero else { return nil }
    return Int((part.ratio(of: whole) * 100).rounded(.down))
  }
}
