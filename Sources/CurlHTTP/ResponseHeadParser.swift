import Foundation

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
    headers.last { $0.name.lowercased() == "content-length" }.flatMap { Int($0.value) }
  }

  /// Feeds one header line, with or without its line ending.
  mutating func consume(_ rawLine: String) {
    guard !isComplete else { return }  // trailers after the body are not part of the head
    var line = Substring(rawLine)
    while let last = line.last, last.isNewline { line = line.dropLast() }  // "\r\n" is one Character

    if line.hasPrefix("HTTP/") {
      let fields = line.split(separator: " ", maxSplits: 2)
      status = fields.count > 1 ? Int(fields[1]) ?? 0 : 0
      reason = fields.count > 2 ? String(fields[2]) : ""
      headers = []
      return
    }
    if line.isEmpty {
      // A blank line ends a head; an interim (1xx) head is followed by another one.
      if status >= 200 { isComplete = true }
      return
    }
    if let first = line.first, first == " " || first == "\t", let lastIndex = headers.indices.last {
      // An obsolete folded continuation line.
      headers[lastIndex].value += " " + line.trimmingCharacters(in: .whitespaces)
      return
    }
    guard let colon = line.firstIndex(of: ":") else { return }
    let name = line[..<colon].trimmingCharacters(in: .whitespaces)
    let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    guard !name.isEmpty else { return }
    headers.append(HTTPHeader(name, value))
  }
}
