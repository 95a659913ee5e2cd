/// Standard reason phrases, for log lines of HTTP/2 responses (which carry none), worded as Go's
/// `http.StatusText` so `-v=6` output reads like kubectl's.
enum HTTPStatusText {
  private static let phrases: [Int: String] = [
    100: "Continue", 101: "Switching Protocols",
    200: "OK", 201: "Created", 202: "Accepted", 203: "Non-Authoritative Information", 204: "No Content",
    206: "Partial Content",
    301: "Moved Permanently", 302: "Found", 303: "See Other", 304: "Not Modified", 307: "Temporary Redirect",
    308: "Permanent Redirect",
    400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
    406: "Not Acceptable", 407: "Proxy Authentication Required", 408: "Request Timeout", 409: "Conflict",
    410: "Gone", 411: "Length Required", 412: "Precondition Failed", 413: "Request Entity Too Large",
    415: "Unsupported Media Type", 422: "Unprocessable Entity", 429: "Too Many Requests",
    500: "Internal Server Error", 501: "Not Implemented", 502: "Bad Gateway", 503: "Service Unavailable",
    504: "Gateway Timeout",
  ]

  /// "200 OK"; the server's own phrase when the code is not in the table; the bare code otherwise.
  static func status(_ code: Int, serverReason: String = "") -> String {
    if let phrase = phrases[code] { return "\(code) \(phrase)" }
    return serverReason.isEmpty ? "\(code)" : "\(code) \(serverReason)"
  }
}
