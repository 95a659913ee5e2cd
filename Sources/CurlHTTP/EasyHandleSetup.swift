import CCurl

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Applies a transport's configuration and one request's plan to a fresh easy handle.
/// Runs on the transfer thread. Lists it creates are handed back for the transfer to free.
struct EasyHandleSetup {
  let easy: UnsafeMutableRawPointer
  let host: String
  private(set) var headerList: UnsafeMutablePointer<curl_slist>?
  private(set) var connectToList: UnsafeMutablePointer<curl_slist>?

  init(easy: UnsafeMutableRawPointer, host: String) {
    self.easy = easy
    self.host = host
  }

  mutating func apply(plan: RequestPlan, configuration: TransportConfiguration) throws(HTTPError) {
    try set(CURLOPT_URL, plan.url)
    try set(CURLOPT_PROTOCOLS_STR, "http,https")
    // The transfer thread is not the main thread: libcurl must not use signals (its threaded
    // resolver needs none, and sockets are written with MSG_NOSIGNAL).
    try set(CURLOPT_NOSIGNAL, 1)
    try set(CURLOPT_HTTP_VERSION, CURL_HTTP_VERSION_2TLS)
    // Wait for an existing connection that may multiplex rather than open a new one.
    try set(CURLOPT_PIPEWAIT, 1)
    try set(CURLOPT_FOLLOWLOCATION, 0)
    // Keep a proxy's "200 Connection established" head out of the response headers.
    try set(CURLOPT_SUPPRESS_CONNECT_HEADERS, 1)
    try set(CURLOPT_USERAGENT, configuration.userAgent)
    if configuration.compression {
      try set(CURLOPT_ACCEPT_ENCODING, "")  // every encoding libcurl can decode
    }
    if let milliseconds = configuration.connectTimeout.curlMilliseconds {
      try set(CURLOPT_CONNECTTIMEOUT_MS, milliseconds)
    }
    if let milliseconds = plan.timeoutMilliseconds {
      try set(CURLOPT_TIMEOUT_MS, milliseconds)
    }
    if let proxy = configuration.proxyURL, !proxy.isEmpty {
      try set(CURLOPT_PROXY, proxy)
    } else if plan.isLoopback {
      // libcurl would take HTTPS_PROXY or ALL_PROXY from the environment even for this machine; Go does not.
      try set(CURLOPT_NOPROXY, "*")
    }
    try applyMethod(plan)
    headerList = try list(plan.headerLines)
    try check(lamp_easy_setopt_slist(easy, CURLOPT_HTTPHEADER, headerList), "CURLOPT_HTTPHEADER")
    if let connectTo = plan.connectTo {
      connectToList = try list([connectTo])
      try check(lamp_easy_setopt_slist(easy, CURLOPT_CONNECT_TO, connectToList), "CURLOPT_CONNECT_TO")
    }
    try applyTLS(configuration)
  }

  /// Points libcurl's callbacks and error text at the transfer; with `traceHandshake`, its verbose output too.
  func attach(
    errorBuffer: UnsafeMutablePointer<CChar>, userData: UnsafeMutableRawPointer, traceHandshake: Bool
  ) throws(HTTPError) {
    try check(lamp_easy_setopt_pointer(easy, CURLOPT_ERRORBUFFER, errorBuffer), "CURLOPT_ERRORBUFFER")
    try check(lamp_easy_setopt_write_callback(easy, CURLOPT_WRITEFUNCTION, curlBodyCallback), "CURLOPT_WRITEFUNCTION")
    try check(lamp_easy_setopt_pointer(easy, CURLOPT_WRITEDATA, userData), "CURLOPT_WRITEDATA")
    try check(
      lamp_easy_setopt_write_callback(easy, CURLOPT_HEADERFUNCTION, curlHeaderCallback), "CURLOPT_HEADERFUNCTION")
    try check(lamp_easy_setopt_pointer(easy, CURLOPT_HEADERDATA, userData), "CURLOPT_HEADERDATA")
    // Verbose output goes only to this callback (never stderr); it carries the TLS handshake trace
    // that tells a refused client certificate from a broken connection. libcurl formats a line for every TLS
    // record while it is on (thousands for a large list), so it is on only until the host has accepted us.
    guard traceHandshake else { return }
    try check(lamp_easy_setopt_debug_callback(easy, CURLOPT_DEBUGFUNCTION, curlDebugCallback), "CURLOPT_DEBUGFUNCTION")
    try check(lamp_easy_setopt_pointer(easy, CURLOPT_DEBUGDATA, userData), "CURLOPT_DEBUGDATA")
    try set(CURLOPT_VERBOSE, 1)
  }

  private func applyMethod(_ plan: RequestPlan) throws(HTTPError) {
    switch plan.method {
    case "GET" where plan.body == nil:
      try set(CURLOPT_HTTPGET, 1)
      return
    case "HEAD":
      try set(CURLOPT_NOBODY, 1)  // a HEAD response has no body to wait for
      return
    case "POST":
      break
    default:
      try set(CURLOPT_CUSTOMREQUEST, plan.method)
    }
    if plan.sendsBody {
      // Always give libcurl the body from memory: a POST without one would otherwise read stdin.
      let body = plan.body ?? Data()
      try check(lamp_easy_setopt_off(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count)), "POSTFIELDSIZE")
      // libcurl copies exactly POSTFIELDSIZE bytes, so the body may hold NULs.
      let code = body.withUnsafeBytes { bytes -> CURLcode in
        guard let base = bytes.baseAddress else { return lamp_easy_setopt_string(easy, CURLOPT_COPYPOSTFIELDS, "") }
        return lamp_easy_setopt_pointer(easy, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: base))
      }
      try check(code, "CURLOPT_COPYPOSTFIELDS")
    }
  }

  private func applyTLS(_ configuration: TransportConfiguration) throws(HTTPError) {
    if let ca = configuration.caPEM {
      try setBlob(CURLOPT_CAINFO_BLOB, ca)
      // Trust only the given CAs, as kubectl does with certificate-authority(-data): libcurl would
      // otherwise still consult its built-in CA directory next to the blob.
      try check(lamp_easy_setopt_string(easy, CURLOPT_CAINFO, nil), "CURLOPT_CAINFO")
      try check(lamp_easy_setopt_string(easy, CURLOPT_CAPATH, nil), "CURLOPT_CAPATH")
    }
    if let certificate = configuration.clientCertificatePEM, let key = configuration.clientKeyPEM {
      try set(CURLOPT_SSLCERTTYPE, "PEM")
      try setBlob(CURLOPT_SSLCERT_BLOB, certificate)
      try set(CURLOPT_SSLKEYTYPE, "PEM")
      try setBlob(CURLOPT_SSLKEY_BLOB, key)
    }
    if configuration.insecureSkipTLSVerify {
      try set(CURLOPT_SSL_VERIFYPEER, 0)
      try set(CURLOPT_SSL_VERIFYHOST, 0)
    }
  }

  private func set(_ option: CURLoption, _ value: Int) throws(HTTPError) {
    try check(lamp_easy_setopt_long(easy, option, value), "option \(option.rawValue)")
  }

  private func set(_ option: CURLoption, _ value: String) throws(HTTPError) {
    try check(lamp_easy_setopt_string(easy, option, value), "option \(option.rawValue)")
  }

  /// Hands libcurl a copy of in-memory PEM (no temporary files).
  private func setBlob(_ option: CURLoption, _ data: Data) throws(HTTPError) {
    let code = data.withUnsafeBytes { bytes -> CURLcode in
      var blob = curl_blob(
        data: UnsafeMutableRawPointer(mutating: bytes.baseAddress), len: bytes.count, flags: UInt32(CURL_BLOB_COPY))
      return lamp_easy_setopt_blob(easy, option, &blob)
    }
    try check(code, "option \(option.rawValue)")
  }

  private func list(_ lines: [String]) throws(HTTPError) -> UnsafeMutablePointer<curl_slist>? {
    var list: UnsafeMutablePointer<curl_slist>?
    for line in lines {
      guard let extended = curl_slist_append(list, line) else {
        curl_slist_free_all(list)
        throw .other(host: host, detail: "out of memory building the request headers")
      }
      list = extended
    }
    return list
  }

  private func check(_ code: CURLcode, _ what: String) throws(HTTPError) {
    guard code == CURLE_OK else {
      throw .other(host: host, detail: "libcurl refused \(what): \(CurlRuntime.describe(code))")
    }
  }
}

/// libcurl's body callback: a capture-free C function that finds its transfer through the user data.
private let curlBodyCallback: curl_write_callback = { data, size, count, userData in
  guard let userData else { return 0 }
  let length = size * count
  let transfer = Unmanaged<Transfer>.fromOpaque(userData).takeUnretainedValue()
  // Returning anything but `length` makes libcurl abort the transfer (CURLE_WRITE_ERROR).
  return transfer.receiveBody(UnsafeRawBufferPointer(start: data, count: length)) ? length : 0
}

/// libcurl's header callback, called once per complete header line.
private let curlHeaderCallback: curl_write_callback = { data, size, count, userData in
  guard let userData else { return 0 }
  let length = size * count
  let transfer = Unmanaged<Transfer>.fromOpaque(userData).takeUnretainedValue()
  return transfer.receiveHeader(UnsafeRawBufferPointer(start: data, count: length)) ? length : 0
}

/// libcurl's verbose output callback; only short informational lines are looked at.
private let curlDebugCallback: curl_debug_callback = { _, type, data, size, userData in
  guard type == CURLINFO_TEXT, let userData, let data, size < 512 else { return 0 }
  let transfer = Unmanaged<Transfer>.fromOpaque(userData).takeUnretainedValue()
  transfer.receiveDebugText(UnsafeRawBufferPointer(start: data, count: size))
  return 0
}
