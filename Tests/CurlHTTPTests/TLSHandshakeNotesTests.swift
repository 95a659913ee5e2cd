import Testing

@testable import CurlHTTP

@Suite struct TLSHandshakeNotesTests {
  @Test func notesCertificateRequestsAndAlerts() {
    var notes = TLSHandshakeNotes()
    notes.consume("TLSv1.3 (OUT), TLS handshake, Client hello (1):\n")
    #expect(!notes.serverRequestedCertificate)
    notes.consume("TLSv1.3 (IN), TLS handshake, Request CERT (13):\n")
    notes.consume("TLSv1.3 (IN), TLS alert, unknown CA (560):\n")
    notes.consume("TLSv1.3 (OUT), TLS alert, decode error (562):\n")
    #expect(notes.serverRequestedCertificate)
    #expect(notes.receivedAlerts == ["unknown ca"])
  }
}
