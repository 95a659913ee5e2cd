import Foundation
import KubeAPI

/// The `metadata` at the head of a list page, read without decoding the page. The API server writes a list
/// as `{"kind":…,"apiVersion":…,"metadata":{…,"continue":…},"items":[…]}`, so the bytes before `"items"` hold
/// the next page's token; when a page is laid out otherwise, the caller simply waits for the full decode.
enum ListPageHead {
  /// How far into a page the head is looked for.
  static let searchLimit = 16 * 1024

  /// The non-empty `continue` token, or nil when the head has none (the last page) or cannot be read.
  static func continueToken(in body: Data) -> String? {
    let head = body.prefix(searchLimit)
    guard let items = head.firstRange(of: Data("\"items\"".utf8)) else { return nil }
    var prefix = Data(head[head.startIndex..<items.lowerBound])
    while let last = prefix.last, last == 0x20 || last == 0x0A || last == 0x0D || last == 0x09 { prefix.removeLast() }
    guard prefix.last == UInt8(ascii: ",") else { return nil }
    prefix[prefix.index(before: prefix.endIndex)] = UInt8(ascii: "}")
    guard let decoded = try? JSONDecoder().decode(Head.self, from: prefix) else { return nil }
    return decoded.metadata?.continue.flatMap { $0.isEmpty ? nil : $0 }
  }

  private struct Head: Decodable {
    var metadata: ListMeta?
  }
}
