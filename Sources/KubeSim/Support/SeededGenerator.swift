/// SplitMix64: a tiny, fast, seedable generator, so generated clusters, uids, generated names and fault dice are the
/// same for the same seed.
struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }

  /// A uniformly distributed value in `0..<bound` (`bound` must be positive).
  mutating func below(_ bound: Int) -> Int {
    Int(next() % UInt64(bound))
  }

  /// A double in [0, 1).
  mutating func unit() -> Double {
    Double(next() >> 11) / Double(1 << 53)
  }

  /// A UUID-shaped (version 4, RFC 4122 variant) lowercase string.
  mutating func uuid() -> String {
    ScenarioIdentifiers.uuid(high: next(), low: next())
  }

  /// `count` characters from the alphabet Kubernetes uses for generated name suffixes (five for `generateName`).
  mutating func suffix(_ count: Int) -> String {
    let alphabet = ScenarioIdentifiers.suffixAlphabet
    var characters = [UInt8]()
    characters.reserveCapacity(count)
    for _ in 0..<count {
      characters.append(alphabet[below(alphabet.count)])
    }
    return String(decoding: characters, as: UTF8.self)
  }

  /// `count` lowercase hexadecimal digits (16 per draw).
  mutating func hex(_ count: Int) -> String {
    var text = ""
    text.reserveCapacity(count + 16)
    while text.utf8.count < count {
      let chunk = String(next(), radix: 16)
      text += String(repeating: "0", count: 16 - chunk.utf8.count) + chunk
    }
    return String(text.prefix(count))
  }
}
