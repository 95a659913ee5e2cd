/// SplitMix64: a small deterministic generator for uids, generated names and fault dice.
struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }

  /// A random (version 4 shaped) UUID string.
  mutating func uuid() -> String {
    let high = next()
    let low = next()
    var bytes: [UInt8] = []
    for shift in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8(truncatingIfNeeded: high >> UInt64(shift))) }
    for shift in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8(truncatingIfNeeded: low >> UInt64(shift))) }
    bytes[6] = (bytes[6] & 0x0F) | 0x40
    bytes[8] = (bytes[8] & 0x3F) | 0x80
    let hex = bytes.map { byte -> String in
      let text = String(byte, radix: 16)
      return text.count == 1 ? "0" + text : text
    }.joined()
    let characters = Array(hex)
    return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(characters[$0]) }.joined(separator: "-")
  }

  /// `generateName` suffix: five characters from Kubernetes' unambiguous alphabet.
  mutating func nameSuffix() -> String {
    let alphabet = Array("bcdfghjklmnpqrstvwxz2456789")
    return String((0..<5).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] })
  }

  /// A double in [0, 1).
  mutating func unit() -> Double {
    Double(next() >> 11) / Double(1 << 53)
  }
}
