import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The `metadata` at the head of a list page, read without decoding the page. The API server writes a list
/// as `{"kind":…,"apiVersion":…,"metadata":{…,"continue":…},"items":[…]}`, so the bytes before `"items"` hold
/// the next page's token, and they arrive first: the next page can be asked for while this one is still on its
/// way. When a page is laid out otherwise, the caller simply waits for the full decode.
enum ListPageHead {
  /// How far into a page the head is looked for.
  static let searchLimit = 16 * 1024

  /// What a page's head says comes after it.
  enum Next: Equatable, Sendable {
    /// The next page, by its `continue` token.
    case page(String)
    /// Nothing: this is the last page.
    case end

    /// The token of the next page, if any.
    var token: String? {
      guard case .page(let token) = self else { return nil }
      return token
    }
  }

  /// What comes after the page whose first bytes are `bytes`; nil when they hold no readable head (not enough of
  /// the page yet, or a page laid out otherwise).
  static func next(in bytes: UnsafeRawBufferPointer) -> Next? {
    let head = Data(bytes.prefix(searchLimit))
    guard let items = head.firstRange(of: Data("\"items\"".utf8)) else { return nil }
    var prefix = Data(head[head.startIndex..<items.lowerBound])
    while let last = prefix.last, last == 0x20 || last == 0x0A || last == 0x0D || last == 0x09 { prefix.removeLast() }
    guard prefix.last == UInt8(ascii: ",") else { return nil }
    prefix[prefix.index(before: prefix.endIndex)] = UInt8(ascii: "}")
    guard let decoded = try? JSONSlice.decode(Head.self, from: prefix) else { return nil }
    guard let token = decoded.metadata?.continue, !token.isEmpty else { return .end }
    return .page(token)
  }

  /// The non-empty `continue` token of a whole page, or nil when the head has none (the last page) or cannot be
  /// read.
  static func continueToken(in body: Data) -> String? {
    body.withUnsafeBytes { next(in: $0) }?.token
  }

  private struct Head: Decodable {
    var metadata: ListMeta?
  }
}
