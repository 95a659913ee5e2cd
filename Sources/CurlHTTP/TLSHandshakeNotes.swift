import ByteScanning

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

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

  /// Whether a line of libcurl's verbose output is one `consume` reads, checked on its bytes: libcurl writes a
  /// line for every TLS record (`TLSv1.3 (IN), TLS header, Supplemental data (23):`), thousands for a large list,
  /// and making a string of each to search it cost more than the transfer's other callbacks together.
  static func mayConcernServer(_ line: UnsafeRawBufferPointer) -> Bool {
    serverLines.contains { ByteSearch.offset(of: $0, in: line) != nil }
  }

  private static let certificateRequest = "(IN), TLS handshake, Request CERT"
  private static let alert = "(IN), TLS alert, "
  private static let serverLines = [certificateRequest, alert]

  /// Reads one informational line of libcurl's verbose output, such as
  /// `TLSv1.3 (IN), TLS handshake, Request CERT (13):` or `TLSv1.3 (IN), TLS alert, unknown CA (560):`.
  mutating func consume(_ line: String) {
    if line.contains(Self.certificateRequest) {
      serverRequestedCertificate = true
    } else if let marker = line.firstUTF8Range(of: Self.alert) {
      var description = line[marker.upperBound...]
      if let code = description.lastIndex(of: "(") { description = description[..<code] }
      let alert = description.trimmingSpaces().lowercased()
      if !alert.isEmpty && receivedAlerts.count < 8 { receivedAlerts.append(alert) }
    }
  }
}
