import CCurl

/// A URL parsed by libcurl's own URL parser, so what the transport inspects and rewrites is exactly
/// what libcurl will request. Used on one thread at a time; not shared.
final class CurlURL {
  private let handle: OpaquePointer

  /// Parses an absolute http or https URL.
  init(_ string: String) throws(HTTPError) {
    guard let handle = curl_url() else {
      throw .other(host: "", detail: "libcurl could not allocate a URL handle")
    }
    self.handle = handle
    let code = curl_url_set(handle, CURLUPART_URL, string, 0)
    guard code == CURLUE_OK else {
      throw .other(host: "", detail: "invalid URL \(RequestRedaction.url(string)): \(Self.describe(code))")
    }
    guard let scheme = part(CURLUPART_SCHEME)?.lowercased(), scheme == "https" || scheme == "http" else {
      throw .other(host: "", detail: "unsupported URL \(RequestRedaction.url(string)): only http and https are allowed")
    }
  }

  deinit {
    curl_url_cleanup(handle)
  }

  /// The host as libcurl writes it (IPv6 addresses in brackets).
  var host: String { part(CURLUPART_HOST) ?? "" }

  /// The explicit port, or the scheme's default one.
  var port: String { part(CURLUPART_PORT, flags: UInt32(CURLU_DEFAULT_PORT)) ?? "" }

  /// The port only when the URL spells it out.
  var explicitPort: String? { part(CURLUPART_PORT) }

  /// The whole URL as libcurl would send it.
  var string: String { part(CURLUPART_URL) ?? "" }

  /// Replaces the host name, keeping scheme, port, path and query.
  func setHost(_ host: String) throws(HTTPError) {
    let code = curl_url_set(handle, CURLUPART_HOST, host, 0)
    guard code == CURLUE_OK else {
      throw .other(host: host, detail: "invalid TLS server name \(host): \(Self.describe(code))")
    }
  }

  private func part(_ which: CURLUPart, flags: UInt32 = 0) -> String? {
    var value: UnsafeMutablePointer<CChar>?
    guard curl_url_get(handle, which, &value, flags) == CURLUE_OK, let value else { return nil }
    defer { curl_free(value) }
    return String(cString: value)
  }

  private static func describe(_ code: CURLUcode) -> String {
    guard let text = curl_url_strerror(code) else { return "URL error \(code.rawValue)" }
    return String(cString: text)
  }
}
