extension String {
  /// The URL with the value of each query parameter whose name `isSecret` replaced by `mask`; the rest, the
  /// fragment included, unchanged. One rule for URLs that reach logs and for URLs in KEDA trigger metadata.
  public func maskingQueryValues(where isSecret: (Substring) -> Bool, with mask: String) -> String {
    guard let queryStart = firstIndex(of: "?") else { return self }
    let fragmentStart = self[queryStart...].firstIndex(of: "#") ?? endIndex
    let query = self[index(after: queryStart)..<fragmentStart]
    let masked = query.split(separator: "&", omittingEmptySubsequences: false).map { item -> String in
      guard let equals = item.firstIndex(of: "="), isSecret(item[..<equals]) else { return String(item) }
      return item[...equals] + mask
    }
    var result = self
    result.replaceSubrange(index(after: queryStart)..<fragmentStart, with: masked.joined(separator: "&"))
    return result
  }
}
