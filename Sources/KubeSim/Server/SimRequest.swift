import Foundation
import NIOHTTP1

/// An HTTP request as the API layer sees it.
struct SimRequest: Sendable {
  var method: HTTPMethod
  /// Percent-decoded path segments (`["api", "v1", "pods"]`).
  var segments: [String]
  var path: String
  var rawQuery: String
  var query: [String: String]
  var headers: HTTPHeaders
  var body: [UInt8]
  /// CN and O of a verified client certificate.
  var certificateUser: SimUser?
  /// When the request was read whole, on the connection's event loop: its handling task may start later on a
  /// busy machine, and the request log's times count from here.
  let received = ContinuousClock.now

  init(head: HTTPRequestHead, body: [UInt8], certificateUser: SimUser?) {
    method = head.method
    let uri = head.uri
    let pathPart: Substring
    if let question = uri.firstIndex(of: "?") {
      pathPart = uri[..<question]
      rawQuery = String(uri[uri.index(after: question)...])
    } else {
      pathPart = uri[...]
      rawQuery = ""
    }
    path = pathPart.percentDecoded() ?? String(pathPart)
    segments = pathPart.split(separator: "/", omittingEmptySubsequences: true).map {
      $0.percentDecoded() ?? String($0)
    }
    var query: [String: String] = [:]
    for pair in rawQuery.split(separator: "&") {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let key = Self.decodeQuery(parts[0])
      let value = parts.count > 1 ? Self.decodeQuery(parts[1]) : ""
      if query[key] == nil { query[key] = value }
    }
    self.query = query
    headers = head.headers
    self.body = body
    self.certificateUser = certificateUser
  }

  /// Form encoding, as Kubernetes clients send queries; a malformed escape is kept as sent.
  static func decodeQuery(_ text: Substring) -> String {
    text.percentDecoded(plusIsSpace: true) ?? text.replacingOccurrences(of: "+", with: " ")
  }

  /// A boolean query flag (`true`, `1`).
  func flag(_ name: String) -> Bool {
    guard let value = query[name] else { return false }
    return value == "true" || value == "1" || value == "True"
  }

  /// The first value of a header.
  func header(_ name: String) -> String? {
    headers.first(name: name)
  }

  /// Parameters of the media types in `Accept`, in order.
  var acceptedMediaTypes: [MediaType] {
    headers[canonicalForm: "accept"].flatMap { value in
      value.split(separator: ",").map { MediaType(String($0)) }
    }
  }

  var contentType: MediaType? {
    header("content-type").map(MediaType.init)
  }
}

/// A media type with parameters, e.g. `application/json;as=Table;v=v1;g=meta.k8s.io`.
struct MediaType: Sendable, Equatable {
  var type: String
  var parameters: [String: String]

  init(_ text: String) {
    let parts = text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
    type = parts.first?.lowercased() ?? ""
    var parameters: [String: String] = [:]
    for part in parts.dropFirst() {
      let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      if pair.count == 2 { parameters[pair[0].lowercased()] = pair[1] }
    }
    self.parameters = parameters
  }
}
