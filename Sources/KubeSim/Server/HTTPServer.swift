import NIOCore
import NIOHTTP1
import NIOHTTP2
import NIOPosix
import NIOSSL

/// The HTTPS listener: TLS (client certificates requested, not required), then HTTP/2 or HTTP/1.1 keep-alive as
/// the client chooses (ALPN), as an API server offers both.
final class HTTPServer: Sendable {
  private let group: MultiThreadedEventLoopGroup
  private let channel: Channel
  /// The bound port.
  let port: Int

  private init(group: MultiThreadedEventLoopGroup, channel: Channel, port: Int) {
    self.group = group
    self.channel = channel
    self.port = port
  }

  static func start(
    host: String, port: Int, serverCertificate: CertificateAuthority.Issued, caPEM: String, api: SimAPI
  ) async throws -> HTTPServer {
    let chain = try NIOSSLCertificate.fromPEMBytes(Array(serverCertificate.certificatePEM.utf8))
    let key = try NIOSSLPrivateKey(bytes: Array(serverCertificate.privateKeyPEM.utf8), format: .pem)
    var tls = TLSConfiguration.makeServerConfiguration(
      certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(key))
    tls.certificateVerification = .optionalVerification
    tls.trustRoots = .certificates(try NIOSSLCertificate.fromPEMBytes(Array(caPEM.utf8)))
    tls.applicationProtocols = ["h2", "http/1.1"]
    let context = try NIOSSLContext(configuration: tls)
    let group = MultiThreadedEventLoopGroup(numberOfThreads: 2)
    let bootstrap = ServerBootstrap(group: group)
      .serverChannelOption(.backlog, value: 256)
      .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
      .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
      .childChannelInitializer { channel in
        channel.eventLoop.makeCompletedFuture {
          try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: context))
        }.flatMap {
          channel.configureHTTP2SecureUpgrade(
            // Both run once the handshake is done, so the client certificate is read once per connection.
            h2ChannelConfigurator: { channel in
              let user = HTTPConnectionHandler.certificateUser(of: channel)
              do {
                try channel.pipeline.syncOperations.addHandler(RecordCoalescer())
              } catch {
                return channel.eventLoop.makeFailedFuture(error)
              }
              return channel.configureHTTP2Pipeline(mode: .server) { stream in
                stream.eventLoop.makeCompletedFuture {
                  // Each stream is one request, handled as if it came over HTTP/1.1.
                  try stream.pipeline.syncOperations.addHandler(EndStreamCoalescer())
                  try stream.pipeline.syncOperations.addHandler(HTTP2FramePayloadToHTTP1ServerCodec())
                  try stream.pipeline.syncOperations.addHandler(HTTPConnectionHandler(api: api, certificateUser: user))
                }
              }.map { _ in }
            },
            http1ChannelConfigurator: { channel in
              channel.eventLoop.makeCompletedFuture {
                let sync = channel.pipeline.syncOperations
                try sync.configureHTTPServerPipeline(withErrorHandling: true)
                try sync.addHandler(
                  HTTPConnectionHandler(api: api, certificateUser: HTTPConnectionHandler.certificateUser(of: channel)))
              }
            })
        }
      }
    do {
      let channel = try await bootstrap.bind(host: host, port: port).get()
      guard let bound = channel.localAddress?.port else {
        throw SimError.startup("the listening socket has no port")
      }
      return HTTPServer(group: group, channel: channel, port: bound)
    } catch {
      try await group.shutdownGracefully()
      throw error
    }
  }

  /// Stops listening and closes every connection.
  func stop() async {
    do {
      try await channel.close()
    } catch {
      // Already closed.
    }
    do {
      try await group.shutdownGracefully()
    } catch {
      // Shutting down twice is harmless.
    }
  }
}
