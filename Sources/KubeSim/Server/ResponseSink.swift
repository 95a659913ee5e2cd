import NIOCore
import NIOHTTP1

/// Writes one response to a connection, whole or streamed in chunks.
final class ResponseSink: Sendable {
  private let channel: Channel
  private let keepAlive: Bool
  private let version: HTTPVersion

  init(channel: Channel, keepAlive: Bool, version: HTTPVersion) {
    self.channel = channel
    self.keepAlive = keepAlive
    self.version = version
  }

  /// How a complete response's body goes out (`SimFaults`).
  enum Delivery: Sendable, Equatable {
    case whole
    /// Half the body, then the connection closes.
    case truncated
    /// The first `bodyHeadSize` bytes, then the rest after the pause.
    case paused(Duration)
  }

  /// What a paused body sends first: enough for a list's metadata and continue token.
  static let bodyHeadSize = 512

  /// Sends a complete response.
  func send(_ response: SimResponse, delivery: Delivery = .whole) async {
    var headers = HTTPHeaders(response.headers)
    headers.replaceOrAdd(name: "Content-Length", value: String(response.body.count))
    headers.add(name: "Audit-Id", value: "00000000-0000-4000-8000-000000000000")
    if !keepAlive { headers.replaceOrAdd(name: "Connection", value: "close") }
    let head = HTTPResponseHead(version: version, status: .init(statusCode: response.status), headers: headers)
    do {
      switch delivery {
      case .truncated:
        channel.write(HTTPServerResponsePart.head(head), promise: nil)
        let half = Array(response.body.prefix(response.body.count / 2))
        try await channel.writeAndFlush(HTTPServerResponsePart.body(.byteBuffer(ByteBuffer(bytes: half)))).get()
        try await channel.close()
        return
      case .paused(let pause) where response.body.count > Self.bodyHeadSize:
        channel.write(HTTPServerResponsePart.head(head), promise: nil)
        let first = ByteBuffer(bytes: response.body.prefix(Self.bodyHeadSize))
        try await channel.writeAndFlush(HTTPServerResponsePart.body(.byteBuffer(first))).get()
        try await Task.sleep(for: pause)
        let rest = ByteBuffer(bytes: response.body.dropFirst(Self.bodyHeadSize))
        channel.write(HTTPServerResponsePart.body(.byteBuffer(rest)), promise: nil)
        try await channel.writeAndFlush(HTTPServerResponsePart.end(nil)).get()
        if !keepAlive { try await channel.close() }
        return
      case .paused, .whole:
        break
      }
      let body = response.body.isEmpty ? nil : ByteBuffer(bytes: response.body)
      let channel = self.channel
      // One hop onto the event loop for the whole response: written from a task, each part was a hop and a wake-up
      // of its own, three per request.
      try await channel.eventLoop.flatSubmit {
        channel.write(HTTPServerResponsePart.head(head), promise: nil)
        if let body { channel.write(HTTPServerResponsePart.body(.byteBuffer(body)), promise: nil) }
        return channel.writeAndFlush(HTTPServerResponsePart.end(nil))
      }.get()
      if !keepAlive { try await channel.close() }
    } catch {
      // The client went away; nothing is left to tell it.
      channel.close(promise: nil)
    }
  }

  /// Starts a chunked response.
  func begin(status: Int, headers: [(String, String)]) async throws {
    var fields = HTTPHeaders(headers)
    fields.replaceOrAdd(name: "Transfer-Encoding", value: "chunked")
    fields.add(name: "Audit-Id", value: "00000000-0000-4000-8000-000000000000")
    let head = HTTPResponseHead(version: version, status: .init(statusCode: status), headers: fields)
    try await channel.writeAndFlush(HTTPServerResponsePart.head(head)).get()
  }

  /// Sends one chunk.
  func write(_ bytes: [UInt8]) async throws {
    try await channel.writeAndFlush(HTTPServerResponsePart.body(.byteBuffer(ByteBuffer(bytes: bytes)))).get()
  }

  /// Ends a chunked response cleanly.
  func finish() async {
    do {
      try await channel.writeAndFlush(HTTPServerResponsePart.end(nil)).get()
      if !keepAlive { try await channel.close() }
    } catch {
      channel.close(promise: nil)
    }
  }

  /// Closes the connection without finishing the response (a dropped watch).
  func abort() async {
    channel.close(promise: nil)
  }
}
