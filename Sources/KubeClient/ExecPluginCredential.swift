import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The credential an exec plugin printed: a bearer token and/or a client certificate, valid until
/// `expiration` (nil: until the server rejects it).
struct ExecPluginCredential: Sendable, Equatable {
  var token: String?
  var clientCertificatePEM: Data?
  var clientKeyPEM: Data?
  var expiration: Date?

  /// client-go's rule: usable while `now` is before the expiration.
  func isValid(at now: Date) -> Bool {
    guard let expiration else { return true }
    return now < expiration
  }

  private struct Output: Decodable {
    struct Status: Decodable {
      var expirationTimestamp: String?
      var token: String?
      var clientCertificateData: String?
      var clientKeyData: String?
    }

    var apiVersion: String?
    var kind: String?
    var status: Status?
  }

  /// Parses the plugin's stdout. Error details never quote the output, which may hold the secret.
  static func parse(_ stdout: Data, config: ExecPluginConfig) throws(ExecPluginError) -> ExecPluginCredential {
    let command = config.command
    func invalid(_ detail: String) -> ExecPluginError { .invalidOutput(command: command, detail: detail) }
    if String(decoding: stdout, as: UTF8.self).allSatisfy(\.isWhitespace) { throw invalid("stdout was empty") }
    let output: Output
    do {
      output = try JSONDecoder().decode(Output.self, from: stdout)
    } catch let error as DecodingError {
      throw invalid(describe(error))
    } catch {
      throw invalid("not valid JSON")
    }
    let apiVersion = output.apiVersion ?? ""
    guard apiVersion == config.apiVersion.rawValue else {
      throw .apiVersionMismatch(command: command, expected: config.apiVersion.rawValue, actual: apiVersion)
    }
    guard output.kind == "ExecCredential" else {
      throw invalid("kind is \(GoText.quoted(output.kind ?? "")), not ExecCredential")
    }
    guard let status = output.status else { throw invalid("no status") }
    let token = status.token.nonEmptyValue
    let certificate = status.clientCertificateData.nonEmptyValue
    let key = status.clientKeyData.nonEmptyValue
    if (certificate == nil) != (key == nil) {
      throw invalid("clientCertificateData and clientKeyData must be set together")
    }
    if token == nil && certificate == nil { throw invalid("status has neither a token nor a client certificate") }
    var expiration: Date?
    if let timestamp = status.expirationTimestamp.nonEmptyValue {
      guard let date = parseTimestamp(timestamp) else {
        throw invalid("expirationTimestamp \(GoText.quoted(timestamp)) is not an RFC 3339 time")
      }
      expiration = date
    }
    return ExecPluginCredential(
      token: token, clientCertificatePEM: certificate.map { Data($0.utf8) }, clientKeyPEM: key.map { Data($0.utf8) },
      expiration: expiration)
  }

  /// RFC 3339 with or without fractional seconds, `Z` or an offset.
  static func parseTimestamp(_ text: String) -> Date? {
    KubeTime.parse(text)
  }

  private static func describe(_ error: DecodingError) -> String {
    switch error {
    case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context):
      let path = context.codingPath.map(\.stringValue).joined(separator: ".")
      return path.isEmpty ? "not a JSON object" : "unexpected value type at \(path)"
    case .dataCorrupted(let context):
      let path = context.codingPath.map(\.stringValue).joined(separator: ".")
      return path.isEmpty ? "not valid JSON" : "invalid value at \(path)"
    @unknown default:
      return "not valid JSON"
    }
  }
}
