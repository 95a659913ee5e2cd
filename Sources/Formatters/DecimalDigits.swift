/// Numbers written as decimal bytes, for text made in bulk (an event's count and ages, tens of thousands of times a
/// report), where `String(n)` and string interpolation cost hundreds of instructions a number.
enum DecimalDigits {
  /// The most digits a number has (`UInt.max`).
  static let maxCount = 20

  /// How many digits `value` has.
  @inline(__always) static func count(_ value: UInt) -> Int {
    var digits = 1
    var rest = value / 10
    while rest > 0 {
      digits += 1
      rest /= 10
    }
    return digits
  }

  /// Writes `value`'s digits at `start`, which has room for `maxCount` bytes, and returns how many it wrote.
  @inline(__always) @discardableResult
  static func write(_ value: UInt, at start: UnsafeMutablePointer<UInt8>) -> Int {
    let digits = count(value)
    var rest = value
    var at = start + digits - 1
    repeat {
      at.pointee = UInt8(ascii: "0") + UInt8(rest % 10)
      rest /= 10
      at -= 1
    } while rest > 0
    return digits
  }
}
