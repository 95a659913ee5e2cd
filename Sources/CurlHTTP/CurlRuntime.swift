import CCurl

/// Process-wide libcurl set-up, done exactly once before the first handle is made.
enum CurlRuntime {
  /// `curl_global_init`'s result. A static `let` is initialised lazily, exactly once and thread-safely,
  /// which is the guarantee libcurl asks for.
  private static let initialisation: CURLcode = curl_global_init(Int(CURL_GLOBAL_ALL))

  /// Initialises libcurl on first use; throws when libcurl could not be initialised.
  static func ensureInitialised() throws(HTTPError) {
    let code = initialisation
    guard code == CURLE_OK else {
      throw .other(host: "", detail: "libcurl could not be initialised: \(describe(code))")
    }
  }

  /// libcurl's own short text for a result code.
  static func describe(_ code: CURLcode) -> String {
    guard let text = curl_easy_strerror(code) else { return "curl error \(code.rawValue)" }
    return String(cString: text)
  }
}
