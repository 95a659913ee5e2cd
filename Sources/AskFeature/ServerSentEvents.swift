#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A parser for a `text/event-stream` body fed line by line: `event:` and `data:` fields, an event ending at a
/// blank line. Comments (`:`) and other fields are skipped.
struct ServerSentEvents: Sendable {
  /// One event: its name (nil when the stream names none, as OpenAI's) and its data lines joined by newlines.
  struct Event: Sendable, Equatable {
    var name: String?
    var data: String
  }

  private var name: String?
  private var data: [String] = []

  /// Feeds one line (without its newline); returns the event a blank line completes.
  mutating func feed(_ line: String) -> Event? {
    var line = line
    if line.hasSuffix("\r") { line.removeLast() }
    if line.isEmpty { return flush() }
    if line.hasPrefix(":") { return nil }
    let field: Substring
    var value: Substring
    if let colon = line.firstIndex(of: ":") {
      field = line[..<colon]
      value = line[line.index(after: colon)...]
      if value.hasPrefix(" ") { value = value.dropFirst() }
    } else {
      field = line[...]
      value = ""
    }
    switch field {
    case "event": name = String(value)
    case "data": data.append(String(value))
    default: break
    }
    return nil
  }

  /// The pending event, if any (also called at the end of the stream, which may lack the last blank line).
  mutating func flush() -> Event? {
    defer {
      name = nil
      data = []
    }
    guard !data.isEmpty else { return nil }
    return Event(name: name, data: data.joined(separator: "\n"))
  }
}
