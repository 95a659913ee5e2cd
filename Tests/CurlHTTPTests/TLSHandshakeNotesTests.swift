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

  @Test func picksTheServersHandshakeLinesOutOfTheTrace() {
    let lines = [
      "TLSv1.3 (OUT), TLS handshake, Client hello (1):\n": false,
      "TLSv1.3 (IN), TLS header, Supplemental data (23):\n": false,
      "TLSv1.3 (IN), TLS handshake, Request CERT (13):\n": true,
      "TLSv1.3 (IN), TLS alert, unknown CA (560):\n": true,
      "TLSv1.3 (OUT), TLS alert, decode error (562):\n": false,
      "Connected to 127.0.0.1 (127.0.0.1) port 6443\n": false,
    ]
    for (line, concerns) in lines {
      var line = line
      #expect(line.withUTF8 { TLSHandshakeNotes.mayConcernServer(UnsafeRawBufferPointer($0)) } == concerns, "\(line)")
    }
  }
}
