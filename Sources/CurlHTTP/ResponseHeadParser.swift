#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Builds the final response's status and headers from the lines libcurl passes to its header
/// callback. libcurl reports every response head it sees (1xx interim responses, each HTTP/1 and
/// HTTP/2 head, trailers); only the first head with a status of 200 or more counts, because the
/// transport never follows redirects.
struct ResponseHeadParser: Sendable {
  private(set) var status = 0
  /// The reason phrase of an HTTP/1 status line ("OK"); empty on HTTP/2.
  private(set) var reason = ""
  private(set) var headers: [HTTPHeader] = []
  /// True once the blank line ending the final head has been seen.
  private(set) var isComplete = false

  /// The body's announced size, when the server sent one.
  var contentLength: Int? {
    headers.last { $0.hasName("Content-Length") }.flatMap { Int($0.value) }
  }

  /// Feeds one header line, with or without its line ending.
  mutating func consume(_ rawLine: String) {
    var line = rawLine
    line.withUTF8 { consume(UnsafeRawBufferPointer($0)) }
  }

  /// Feeds one header line's bytes as libcurl passes them. Read as bytes: with Foundation's trimming, the
  /// head of a small response (one pod) took longer than its body.
  mutating func consume(_ rawLine: UnsafeRawBufferPointer) {
    guard !isComplete else { return }  // trailers after the body are not part of the head
    var end = rawLine.count
    while end > 0, rawLine[end - 1] == UInt8(ascii: "\n") || rawLine[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    let line = rawLine[..<end]

    if line.starts(with: "HTTP/".utf8) {
      // "HTTP/1.1 200 OK", "HTTP/2 200": the version, the status and the rest, apart by runs of spaces.
      var fields = line.split(separator: UInt8(ascii: " "), maxSplits: 2)[...]
      _ = fields.popFirst()
      status = fields.popFirst().flatMap { Int(Self.text($0)) } ?? 0
      reason = fields.popFirst().map(Self.text) ?? ""
      headers = []
      return
    }
    guard let first = line.first else {
      // A blank line ends a head; an interim (1xx) head is followed by another one.
      if status >= 200 { isComplete = true }
      return
    }
    if Self.isSpace(first), let lastIndex = headers.indices.last {
      // An obsolete folded continuation line.
      headers[lastIndex].value += " " + Self.text(Self.trimmed(line))
      return
    }
    guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return }
    let name = Self.trimmed(line[..<colon])
    guard !name.isEmpty else { return }
    headers.append(HTTPHeader(Self.text(name), Self.text(Self.trimmed(line[(colon + 1)...]))))
  }

  /// Space and tab: HTTP's optional whitespace.
  private static func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

  private static func trimmed(_ bytes: Slice<UnsafeRawBufferPointer>) -> Slice<UnsafeRawBufferPointer> {
    var bytes = bytes
    while let first = bytes.first, isSpace(first) { bytes.removeFirst() }
    while let last = bytes.last, isSpace(last) { bytes.removeLast() }
    return bytes
  }

  private static func text(_ bytes: Slice<UnsafeRawBufferPointer>) -> String {
    String(decoding: UnsafeRawBufferPointer(rebasing: bytes), as: UTF8.self)
  }
}
