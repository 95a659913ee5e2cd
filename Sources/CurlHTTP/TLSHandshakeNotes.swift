import Foundation

/// What libcurl's TLS trace says about a connection's handshake: whether the server asked for a
/// client certificate, and which alerts it sent.
///
/// Under TLS 1.3 a server judges the client certificate after the handshake; many servers then just
/// close the connection, so the error libcurl reports ("Broken pipe", "getpeername() failed",
/// "Connection reset") hides the cause. These notes let the transport name it.
struct TLSHandshakeNotes: Sendable, Equatable {
  private(set) var serverRequestedCertificate = false
  /// Descriptions of alerts received from the server, lower-cased ("certificate required").
  private(set) var receivedAlerts: [String] = []

  /// Reads one informational line of libcurl's verbose output, such as
  /// `TLSv1.3 (IN), TLS handshake, Request CERT (13):` or `TLSv1.3 (IN), TLS alert, unknown CA (560):`.
  mutating func consume(_ line: String) {
    guard line.contains("(IN), TLS") else { return }
    if line.contains("TLS handshake, Request CERT") {
      serverRequestedCertificate = true
    } else if let marker = line.range(of: "TLS alert, ") {
      var description = line[marker.upperBound...]
      if let code = description.lastIndex(of: "(") { description = description[..<code] }
      let alert = description.trimmingCharacters(in: .whitespaces).lowercased()
      if !alert.isEmpty && receivedAlerts.count < 8 { receivedAlerts.append(alert) }
    }
  }
}
