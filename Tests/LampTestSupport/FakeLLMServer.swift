import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// A scripted OpenAI-compatible (or Anthropic Messages) chat server on 127.0.0.1 (plain HTTP): answers each POST with
/// the next scripted reply and records every request body, so tests can check what lamp sent to the model.
public final class FakeLLMServer: Sendable {
  /// One scripted answer.
  public struct Reply: Sendable {
    public var status: Int
    public var body: String
    public var headers: [(String, String)]
    public var delay: Duration
    /// When set, the answer is `text/event-stream`, sent chunked: each piece written and flushed separately.
    public var chunks: [String]?

    public init(
      status: Int = 200, body: String, headers: [(String, String)] = [], delay: Duration = .zero,
      chunks: [String]? = nil
    ) {
      self.status = status
      self.body = body
      self.headers = headers
      self.delay = delay
      self.chunks = chunks
    }

    /// A server-sent event stream: each event (`data: ...` lines, or `event:` plus `data:`) is sent in two
    /// chunks split mid-line, so lamp must reassemble lines across chunks.
    public static func sse(_ events: [String]) -> Reply {
      var chunks: [String] = []
      for event in events {
        let text = event + "\n\n"
        let middle = text.index(text.startIndex, offsetBy: text.count / 2)
        chunks.append(String(text[..<middle]))
        chunks.append(String(text[middle...]))
      }
      return Reply(body: "", chunks: chunks)
    }

    static func json(_ text: String) -> String {
      String(decoding: (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8), as: UTF8.self)
    }

    /// An OpenAI streamed answer: one chunk per text piece, then `[DONE]`.
    public static func openAIStream(_ pieces: [String]) -> Reply {
      sse(
        pieces.map { #"data: {"choices":[{"index":0,"delta":{"content":"# + json($0) + "}}]}" }
          + [#"data: {"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}"#, "data: [DONE]"])
    }

    /// An OpenAI streamed tool call whose arguments arrive in fragments.
    public static func openAIStreamToolCall(_ name: String, fragments: [String], id: String = "call_s") -> Reply {
      let head =
        #"data: {"choices":[{"index":0,"delta":{"role":"assistant","tool_calls":[{"index":0,"id":""# + id
        + #"","type":"function","function":{"name":""# + name + #"","arguments":""}}]}}]}"#
      let parts = fragments.map {
        #"data: {"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"# + json($0)
          + "}}]}}]}"
      }
      return sse(
        [head] + parts + [#"data: {"choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}]}"#, "data: [DONE]"])
    }

    /// An Anthropic streamed message: text deltas in block 0, then optionally a `tool_use` block whose input
    /// arrives as `input_json_delta` fragments.
    public static func anthropicStream(
      _ pieces: [String], toolUse: (name: String, id: String, fragments: [String])? = nil
    ) -> Reply {
      func event(_ name: String, _ data: String) -> String { "event: \(name)\ndata: \(data)" }
      var events = [
        event("message_start", #"{"type":"message_start","message":{"id":"msg_s","role":"assistant","content":[]}}"#),
        event(
          "content_block_start",
          #"{"type":"content_block_start","index":0,"# + #""content_block":{"type":"text","text":""}}"#),
        event("ping", #"{"type":"ping"}"#),
      ]
      events += pieces.map {
        event(
          "content_block_delta",
          #"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"# + json($0) + "}}")
      }
      events.append(event("content_block_stop", #"{"type":"content_block_stop","index":0}"#))
      if let toolUse {
        events.append(
          event(
            "content_block_start",
            #"{"type":"content_block_start","index":1,"content_block":{"type":"tool_use","id":""# + toolUse.id
              + #"","name":""# + toolUse.name + #"","input":{}}}"#))
        events += toolUse.fragments.map {
          event(
            "content_block_delta",
            #"{"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"# + json($0)
              + "}}")
        }
        events.append(event("content_block_stop", #"{"type":"content_block_stop","index":1}"#))
      }
      let stop = toolUse == nil ? "end_turn" : "tool_use"
      events.append(event("message_delta", #"{"type":"message_delta","delta":{"stop_reason":""# + stop + #""}}"#))
      events.append(event("message_stop", #"{"type":"message_stop"}"#))
      return sse(events)
    }

    /// A final assistant answer.
    public static func answer(_ text: String) -> Reply {
      let content = String(decoding: (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8), as: UTF8.self)
      return Reply(
        body:
          #"{"id":"c1","object":"chat.completion","choices":[{"index":0,"finish_reason":"stop","messag"#
          + #"e":{"role":"assistant","content":"#
          + content + "}}]}")
    }

    /// One tool call; `arguments` is sent as the JSON string the model wrote (possibly invalid).
    public static func toolCall(_ name: String, arguments: String, id: String = "call_1") -> Reply {
      let encoded = String(decoding: (try? JSONEncoder().encode(arguments)) ?? Data("\"\"".utf8), as: UTF8.self)
      return Reply(
        body:
          #"{"id":"c2","object":"chat.completion","choices":[{"index":0,"finish_reason":"tool_calls",""#
          + #"message":{"role":"assistant","content":null,"tool_calls":[{"id":""#
          + id + #"","type":"function","function":{"name":""# + name + #"","arguments":"# + encoded + "}}]}}]}")
    }

    /// A final answer in Anthropic's Messages format.
    public static func anthropicAnswer(_ text: String) -> Reply {
      let content = String(decoding: (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8), as: UTF8.self)
      return Reply(
        body:
          #"{"id":"msg_1","type":"message","role":"assistant","model":"claude-test","stop_reason":"end_turn","#
          + #""content":[{"type":"text","text":"# + content + "}],"
          + #""usage":{"input_tokens":10,"output_tokens":5}}"#)
    }

    /// A `tool_use` block in Anthropic's Messages format (stop_reason `tool_use`); `input` is a JSON object text.
    public static func anthropicToolUse(_ name: String, input: String, id: String = "toolu_1") -> Reply {
      Reply(
        body:
          #"{"id":"msg_2","type":"message","role":"assistant","model":"claude-test","stop_reason":"tool_use","#
          + #""content":[{"type":"text","text":"Checking."},{"type":"tool_use","id":""# + id
          + #"","name":""# + name + #"","input":"# + input + "}],"
          + #""usage":{"input_tokens":10,"output_tokens":5}}"#)
    }
  }

  final class State: @unchecked Sendable {
    private let lock = NSLock()
    private var replies: [Reply]
    private var requests: [String] = []
    private var headers: [[(String, String)]] = []
    private var uris: [String] = []

    init(_ replies: [Reply]) { self.replies = replies }

    func next(uri: String, body: String, headers: [(String, String)]) -> Reply {
      lock.lock()
      defer { lock.unlock() }
      uris.append(uri)
      requests.append(body)
      self.headers.append(headers)
      guard !replies.isEmpty else { return Reply(status: 500, body: #"{"error":{"message":"script exhausted"}}"#) }
      return replies.removeFirst()
    }

    var recorded: [String] {
      lock.lock()
      defer { lock.unlock() }
      return requests
    }

    var recordedURIs: [String] {
      lock.lock()
      defer { lock.unlock() }
      return uris
    }

    var recordedHeaders: [[(String, String)]] {
      lock.lock()
      defer { lock.unlock() }
      return headers
    }
  }

  private let group: MultiThreadedEventLoopGroup
  private let channel: Channel
  private let state: State
  /// `http://127.0.0.1:PORT/v1`, for `OPENAI_BASE_URL`.
  public let baseURL: String
  /// `http://127.0.0.1:PORT`, for `ANTHROPIC_BASE_URL` (lamp appends `/v1/messages`).
  public let rootURL: String

  private init(group: MultiThreadedEventLoopGroup, channel: Channel, state: State, port: Int) {
    self.group = group
    self.channel = channel
    self.state = state
    self.baseURL = "http://127.0.0.1:\(port)/v1"
    self.rootURL = "http://127.0.0.1:\(port)"
  }

  /// Starts the server with its script.
  public static func start(_ replies: [Reply]) async throws -> FakeLLMServer {
    let state = State(replies)
    let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    let bootstrap = ServerBootstrap(group: group)
      .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
      .childChannelInitializer { channel in
        channel.eventLoop.makeCompletedFuture {
          let sync = channel.pipeline.syncOperations
          try sync.configureHTTPServerPipeline(withErrorHandling: true)
          try sync.addHandler(Handler(state: state))
        }
      }
    let channel = try await bootstrap.bind(host: "127.0.0.1", port: 0).get()
    return FakeLLMServer(group: group, channel: channel, state: state, port: channel.localAddress?.port ?? 0)
  }

  /// The request bodies received so far, in order.
  public var requests: [String] { state.recorded }

  /// The request paths (with query) received so far, in order.
  public var requestURIs: [String] { state.recordedURIs }

  /// The request headers received so far, in order.
  public var requestHeaders: [[(String, String)]] { state.recordedHeaders }

  public func stop() async {
    do { try await channel.close() } catch {}
    do { try await group.shutdownGracefully() } catch {}
  }

  final class Handler: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart
    let state: State
    var head: HTTPRequestHead?
    var body: [UInt8] = []

    init(state: State) { self.state = state }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
      switch unwrapInboundIn(data) {
      case .head(let requestHead):
        head = requestHead
        body = []
      case .body(let buffer):
        body.append(contentsOf: buffer.readableBytesView)
      case .end:
        guard let head else { return }
        let reply = state.next(
          uri: head.uri, body: String(decoding: body, as: UTF8.self), headers: head.headers.map { ($0.name, $0.value) })
        let channel = context.channel
        let loop = context.eventLoop
        let keepAlive = head.isKeepAlive
        if let chunks = reply.chunks {
          Self.stream(chunks, status: reply.status, channel: channel, loop: loop)
          self.head = nil
          return
        }
        let respond: @Sendable () -> Void = {
          var headers = HTTPHeaders([("Content-Type", "application/json")])
          for (name, value) in reply.headers { headers.add(name: name, value: value) }
          headers.add(name: "Content-Length", value: String(reply.body.utf8.count))
          let responseHead = HTTPResponseHead(
            version: .http1_1, status: HTTPResponseStatus(statusCode: reply.status), headers: headers)
          channel.write(HTTPServerResponsePart.head(responseHead), promise: nil)
          channel.write(HTTPServerResponsePart.body(.byteBuffer(ByteBuffer(string: reply.body))), promise: nil)
          channel.writeAndFlush(HTTPServerResponsePart.end(nil)).whenComplete { _ in
            if !keepAlive { channel.close(promise: nil) }
          }
        }
        if reply.delay == .zero {
          respond()
        } else {
          let nanos =
            reply.delay.components.seconds * 1_000_000_000 + reply.delay.components.attoseconds / 1_000_000_000
          loop.scheduleTask(in: .nanoseconds(nanos)) { respond() }
        }
        self.head = nil
      }
    }

    /// Sends an event stream chunked, one piece every 5 ms, then closes the connection.
    static func stream(_ chunks: [String], status: Int, channel: Channel, loop: EventLoop) {
      let headers = HTTPHeaders([("Content-Type", "text/event-stream"), ("Cache-Control", "no-cache")])
      channel.writeAndFlush(
        HTTPServerResponsePart.head(
          HTTPResponseHead(version: .http1_1, status: HTTPResponseStatus(statusCode: status), headers: headers)),
        promise: nil)
      @Sendable func send(_ index: Int) {
        guard index < chunks.count else {
          channel.writeAndFlush(HTTPServerResponsePart.end(nil)).whenComplete { _ in channel.close(promise: nil) }
          return
        }
        channel.writeAndFlush(HTTPServerResponsePart.body(.byteBuffer(ByteBuffer(string: chunks[index]))), promise: nil)
        loop.scheduleTask(in: .milliseconds(5)) { send(index + 1) }
      }
      send(0)
    }
  }
}
