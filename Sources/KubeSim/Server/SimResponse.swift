import Foundation

/// A complete (non-streamed) HTTP response.
struct SimResponse: Sendable {
  var status: Int
  var headers: [(String, String)]
  var body: [UInt8]

  init(status: Int, headers: [(String, String)] = [], body: [UInt8]) {
    self.status = status
    self.headers = headers
    self.body = body
  }

  static func json(_ body: [UInt8], status: Int = 200, contentType: String = "application/json") -> SimResponse {
    SimResponse(status: status, headers: [("Content-Type", contentType)], body: body)
  }

  static func text(_ text: String, status: Int = 200) -> SimResponse {
    SimResponse(
      status: status, headers: [("Content-Type", "text/plain; charset=utf-8"), ("X-Content-Type-Options", "nosniff")],
      body: Array(text.utf8))
  }

  static func status(_ error: StatusError) -> SimResponse {
    var response = json(error.body(), status: error.code)
    if let retry = error.details?.retryAfterSeconds { response.headers.append(("Retry-After", String(retry))) }
    return response
  }
}
