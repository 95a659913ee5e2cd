import Foundation

/// Certificates for one test run, made by the `openssl` CLI in a temporary directory (removed again
/// once they are read): a CA, a server certificate for localhost, 127.0.0.1 and kubernetes.lamp.test,
/// a client certificate from the same CA, and a rogue CA with its own client certificate.
struct TestPKI: Sendable {
  var caPEM: Data
  var serverCertificatePEM: Data
  var serverKeyPEM: Data
  var rogueCAPEM: Data
  var clientCertificatePEM: Data
  var clientKeyPEM: Data
  var rogueClientCertificatePEM: Data
  var rogueClientKeyPEM: Data

  /// The name in the server certificate that is neither localhost nor an IP address.
  static let clusterName = "kubernetes.lamp.test"

  /// Generated once per test process.
  static let shared: Result<TestPKI, FixtureError> = Result { () throws(FixtureError) -> TestPKI in
    do { return try generate() } catch let error as FixtureError { throw error } catch {
      throw FixtureError("cannot make test certificates: \(error)")
    }
  }

  private static func generate() throws -> TestPKI {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("lamp-curl-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { _ = try? FileManager.default.removeItem(at: directory) }  // best effort: only a temp dir
    try makeCA("ca", in: directory)
    try makeCA("rogue", in: directory)
    try makeLeaf(
      "server", signedBy: "ca", subject: "/CN=localhost",
      extensions: "subjectAltName=DNS:localhost,DNS:\(clusterName),IP:127.0.0.1\nextendedKeyUsage=serverAuth\n",
      in: directory)
    try makeLeaf(
      "client", signedBy: "ca", subject: "/O=system:masters/CN=lamp-admin",
      extensions: "extendedKeyUsage=clientAuth\n", in: directory)
    try makeLeaf(
      "rogue-client", signedBy: "rogue", subject: "/CN=intruder",
      extensions: "extendedKeyUsage=clientAuth\n", in: directory)
    func read(_ name: String) throws -> Data { try Data(contentsOf: directory.appendingPathComponent(name)) }
    return TestPKI(
      caPEM: try read("ca.crt"), serverCertificatePEM: try read("server.crt"), serverKeyPEM: try read("server.key"),
      rogueCAPEM: try read("rogue.crt"),
      clientCertificatePEM: try read("client.crt"), clientKeyPEM: try read("client.key"),
      rogueClientCertificatePEM: try read("rogue-client.crt"), rogueClientKeyPEM: try read("rogue-client.key"))
  }

  private static func makeCA(_ name: String, in directory: URL) throws {
    try ExternalTools.run(
      "openssl",
      [
        "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
        "-keyout", "\(name).key", "-out", "\(name).crt", "-days", "2", "-subj", "/CN=lamp test \(name)",
        "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign",
      ], in: directory)
  }

  private static func makeLeaf(
    _ name: String, signedBy ca: String, subject: String, extensions: String, in directory: URL
  ) throws {
    try ExternalTools.run(
      "openssl",
      [
        "req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
        "-keyout", "\(name).key", "-out", "\(name).csr", "-subj", subject,
      ], in: directory)
    let extensionsFile = directory.appendingPathComponent("\(name).ext")
    try Data((extensions + "basicConstraints=CA:FALSE\n").utf8).write(to: extensionsFile)
    let serial = "0x" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16)
    try ExternalTools.run(
      "openssl",
      [
        "x509", "-req", "-in", "\(name).csr", "-CA", "\(ca).crt", "-CAkey", "\(ca).key", "-set_serial", serial,
        "-days", "2", "-sha256", "-extfile", "\(name).ext", "-out", "\(name).crt",
      ], in: directory)
  }
}
