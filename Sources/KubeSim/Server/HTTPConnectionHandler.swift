import NIOCore
import NIOHTTP1
import NIOSSL
import X509

/// Collects each HTTP request of a connection (HTTP/1.1) or stream (HTTP/2) and hands it to the API on a task;
/// cancels the task when the client disconnects (ends watches and follows).
final class HTTPConnectionHandler: ChannelInboundHandler, RemovableChannelHandler {
  typealias InboundIn = HTTPServerRequestPart
  typealias OutboundOut = HTTPServerResponsePart

  private let api: SimAPI
  private var head: HTTPRequestHead?
  private var body: [UInt8] = []
  private var task: Task<Void, Never>?
  /// The connection's, read once when its TLS handshake is done (`certificateUser(of:)`): over HTTP/2 this
  /// handler serves one stream of it, one request.
  private let certificateUser: SimUser?

  init(api: SimAPI, certificateUser: SimUser?) {
    self.api = api
    self.certificateUser = certificateUser
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    switch unwrapInboundIn(data) {
    case .head(let requestHead):
      head = requestHead
      body = []
    case .body(let buffer):
      body.append(contentsOf: buffer.readableBytesView)
    case .end:
      guard let head else { return }
      let request = SimRequest(head: head, body: body, certificateUser: certificateUser)
      self.head = nil
      body = []
      // `isKeepAlive` is false for anything but HTTP/1.1 and later 1.x: an HTTP/2 stream ends with its response
      // and must not be closed after it (that resets a stream the client has finished with).
      let keepAlive = head.version.major >= 2 || head.isKeepAlive
      let sink = ResponseSink(channel: context.channel, keepAlive: keepAlive, version: head.version)
      let api = self.api
      task = Task { await api.handle(request, sink: sink) }
    }
  }

  func channelInactive(context: ChannelHandlerContext) {
    task?.cancel()
    context.fireChannelInactive()
  }

  func errorCaught(context: ChannelHandlerContext, error: Error) {
    task?.cancel()
    context.close(promise: nil)
  }

  /// The user named by the verified client certificate of a connection whose handshake is done (CN = user,
  /// O = groups). On the connection's event loop.
  static func certificateUser(of connection: Channel) -> SimUser? {
    var user: SimUser?
    do {
      if let certificate = try connection.pipeline.syncOperations.nioSSL_peerCertificate() {
        let parsed = try Certificate(derEncoded: try certificate.toDERBytes())
        var name = ""
        var groups: [String] = []
        for rdn in parsed.subject {
          for attribute in rdn {
            if attribute.type == .RDNAttributeType.commonName { name = String(attribute.value) ?? "" }
            if attribute.type == .RDNAttributeType.organizationName, let group = String(attribute.value) {
              groups.append(group)
            }
          }
        }
        if !name.isEmpty { user = SimUser(name: name, groups: groups + ["system:authenticated"]) }
      }
    } catch {
      // No TLS handler or an unparsable certificate: the request is simply not certificate-authenticated.
      user = nil
    }
    return user
  }
}
