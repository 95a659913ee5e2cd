#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Cuts a byte stream into lines, reassembling lines split across chunks. Lines come out without
/// their `\n` and without a trailing `\r`.
struct LineSplitter: Sendable {
  private var partial = Data()

  /// Adds a chunk and returns the lines it completed.
  mutating func append(_ chunk: UnsafeRawBufferPointer) -> [Data] {
    var lines: [Data] = []
    var start = chunk.startIndex
    while let newline = chunk[start...].firstIndex(of: UInt8(ascii: "\n")) {
      partial.append(contentsOf: chunk[start..<newline])
      lines.append(Self.strippingCarriageReturn(partial))
      partial = Data()
      start = chunk.index(after: newline)
    }
    partial.append(contentsOf: chunk[start...])
    return lines
  }

  /// Adds a chunk and returns the lines it completed.
  mutating func append(_ chunk: Data) -> [Data] {
    chunk.withUnsafeBytes { append($0) }
  }

  /// The last line when the stream ended without a newline.
  mutating func finish() -> Data? {
    defer { partial = Data() }
    return partial.isEmpty ? nil : Self.strippingCarriageReturn(partial)
  }

  private static func strippingCarriageReturn(_ line: Data) -> Data {
    // Rebased copy, so callers can index the line from 0.
    line.last == UInt8(ascii: "\r") ? Data(line.dropLast()) : line
  }
}
