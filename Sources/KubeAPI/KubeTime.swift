import YAMLCoding

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// RFC 3339 timestamps as Kubernetes writes them: `metav1.Time` (seconds) and `MicroTime` (6 digits), through
/// the one parser and writer that YAML's dates use too (`RFC3339`).
public enum KubeTime {
  /// Parses `2026-11-20T10:14:03Z`, `2026-11-20T10:14:03.123456Z` and numeric offsets such as `+02:00`.
  public static func parse(_ text: String) -> Date? {
    RFC3339.date(from: text)
  }

  /// The same, from a scanned list page's bytes, without building a string.
  public static func parse(utf8 bytes: UnsafeRawBufferPointer) -> Date? {
    RFC3339.date(utf8: bytes)
  }

  /// `2026-11-20T10:14:03Z`: metav1.Time's wire form (UTC, whole seconds).
  public static func format(_ date: Date) -> String {
    String(unsafeUninitializedCapacity: formattedCount) { format(date, at: $0.baseAddress!) }
  }

  /// The length of `format`'s text.
  public static let formattedCount = RFC3339.secondsCount

  /// The same, written at `start` (room for `formattedCount` bytes); returns the length. Reports write two
  /// timestamps per event straight into their text: a string of each cost two allocations.
  public static func format(_ date: Date, at start: UnsafeMutablePointer<UInt8>) -> Int {
    RFC3339.write(seconds: Int(date.timeIntervalSince1970.rounded(.down)), at: start)
  }

  /// `2026-11-20T10:14:03.123456Z`: MicroTime's wire form.
  public static func formatMicro(_ date: Date) -> String {
    let total = date.timeIntervalSince1970
    var seconds = Int(total.rounded(.down))
    var micros = Int(((total - Double(seconds)) * 1_000_000).rounded())
    if micros >= 1_000_000 {
      seconds += 1
      micros -= 1_000_000
    }
    return String(unsafeUninitializedCapacity: 27) {
      RFC3339.write(seconds: seconds, micros: micros, at: $0.baseAddress!)
    }
  }
}

/// JSON coders configured for the Kubernetes wire format.
public enum KubeJSON {
  /// A decoder that reads RFC 3339 times (with or without fractional seconds) into `Date`.
  public static func decoder() -> JSONDecoder {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .custom { decoder in
      let container = try decoder.singleValueContainer()
      let text = try container.decode(String.self)
      guard let date = KubeTime.parse(text) else {
        throw DecodingError.dataCorruptedError(in: container, debugDescription: "invalid RFC 3339 time \"\(text)\"")
      }
      return date
    }
    return decoder
  }

  /// An encoder that writes `Date` as metav1.Time, with sorted keys for stable bytes.
  public static func encoder(pretty: Bool = false) -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting =
      pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .custom { date, encoder in
      var container = encoder.singleValueContainer()
      try container.encode(KubeTime.format(date))
    }
    return encoder
  }
}
