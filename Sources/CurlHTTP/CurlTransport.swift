#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The libcurl implementation of `HTTPTransport`.
///
/// Each transport runs one dedicated thread with one libcurl multi handle, so every request reuses
/// its connections and concurrent requests share one HTTP/2 connection where the server offers it.
/// TLS material comes from memory. Dropping the transport ends the thread once running streams end;
/// `close()` cancels them too.
public final class CurlTransport: HTTPTransport {
  public let configuration: TransportConfiguration
  private let logger: RequestLogger
  /// Internal so tests can watch the thread end.
  let loop: TransferLoop

  /// Makes a transport; throws `HTTPError.badClientCertificate` for an unusable client certificate or key.
  public init(configuration: TransportConfiguration, log: HTTPLog = .off) throws(HTTPError) {
    try CurlRuntime.ensureInitialised()
    try ClientCredentialCheck.validate(certificate: configuration.clientCertificatePEM, key: configuration.clientKeyPEM)
    self.configuration = configuration
    logger = RequestLogger(log: log, userAgent: configuration.userAgent)
    loop = try TransferLoop()
  }

  deinit {
    loop.shutdown(cancelRunning: false)
  }

  /// Cancels every running request and stream and ends the transport's thread; later requests fail.
  public func close() {
    loop.shutdown(cancelRunning: true)
  }

  /// Sends a request and returns the whole response, whatever its status.
  /// Throws `HTTPError`; `HTTPError.cancelled` when the calling task is cancelled.
  public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
    let plan = try RequestPlan(request: request, configuration: configuration, streaming: false)
    let transfer = Transfer(plan: plan, configuration: configuration, logger: logger, loop: loop)
    logger.requestStarting(plan)
    let result = await withTaskCancellationHandler {
      await withCheckedContinuation { continuation in
        transfer.attach(.response(continuation))
        loop.start(transfer)
      }
    } onCancel: {
      transfer.cancel()
    }
    return try result.get()
  }

  /// Sends a request and returns as soon as the response head has arrived; the body follows as lines.
  /// Cancelling the consuming task, or dropping the stream, aborts the transfer.
  public func streamLines(_ request: HTTPRequest) async throws -> HTTPLineStream {
    let plan = try RequestPlan(request: request, configuration: configuration, streaming: true)
    let transfer = Transfer(plan: plan, configuration: configuration, logger: logger, loop: loop)
    let (lines, linesContinuation) = AsyncThrowingStream<Data, Error>.makeStream()
    linesContinuation.onTermination = { termination in
      if case .cancelled = termination { transfer.consumerDidStop() }
    }
    logger.requestStarting(plan)
    let result = await withTaskCancellationHandler {
      await withCheckedContinuation { continuation in
        transfer.attach(.stream(head: continuation, lines: linesContinuation))
        loop.start(transfer)
      }
    } onCancel: {
      transfer.cancel()
    }
    let head = try result.get()
    return HTTPLineStream(status: head.status, headers: head.headers, lines: lines)
  }
}
