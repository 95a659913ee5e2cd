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

    public init(status: Int = 200, body: String, headers: [(String, String)] = [], delay: Duration = .zero) {
      self.status = status
      self.body = body
      self.headers = headers
      self.delay = delay
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
        let respond = {
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
  }
}
