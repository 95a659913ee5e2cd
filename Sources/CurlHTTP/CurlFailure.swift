import CCurl

/// What is known about a failed transfer when it is translated into an `HTTPError`.
struct CurlFailure: Sendable {
  var code: CURLcode
  /// libcurl's error buffer text, or its generic text for the code when the buffer is empty.
  var message: String
  /// `host:port` of the server.
  var host: String
  var proxyURL: String?
  var clientCertificatePresented: Bool
  var handshake: TLSHandshakeNotes
  /// True once the final response head had arrived.
  var receivedHead: Bool
  var cancelRequested: Bool
  var connectTimeout: Duration
  var requestTimeout: Duration?
  var elapsed: Duration
}
