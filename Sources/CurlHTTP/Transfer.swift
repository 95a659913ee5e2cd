import ByteScanning
import CCurl
import Synchronization

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One request in flight.
///
/// Made on the caller's side, then handed to the transfer thread. Everything about the easy handle
/// and the response is touched only on that thread (libcurl calls the callbacks there, during
/// `curl_multi_perform`); the one piece other threads touch, the cancellation flag, is behind a lock.
final class Transfer: @unchecked Sendable {
  /// Where the outcome goes.
  enum Delivery {
    /// `send`: the whole response, once.
    case response(CheckedContinuation<Result<HTTPResponse, HTTPError>, Never>)
    /// `streamLines`: the head once (nil after it was delivered), then the lines.
    case stream(
      head: CheckedContinuation<Result<ResponseHeadParser, HTTPError>, Never>?,
      lines: AsyncThrowingStream<Data, Error>.Continuation
    )
  }

  let plan: RequestPlan
  let configuration: TransportConfiguration
  let logger: RequestLogger
  private let loop: TransferLoop

  private struct Cancellation {
    var requested = false
    /// The stream's consumer cancelled it or dropped it; the stream finishes itself.
    var consumerStopped = false
  }

  private let cancellation = Mutex(Cancellation())

  // Transfer-thread state (set by the caller only before the transfer is handed over).
  private var delivery: Delivery?
  private(set) var easy: UnsafeMutableRawPointer?
  private var headerList: UnsafeMutablePointer<curl_slist>?
  private var connectToList: UnsafeMutablePointer<curl_slist>?
  /// libcurl writes its detailed error text here; it must live as long as the easy handle.
  private let errorBuffer: UnsafeMutablePointer<CChar>
  private var head = ResponseHeadParser()
  private var handshake = TLSHandshakeNotes()
  private var headDelivered = false
  private var body = Data()
  /// The plan's body watcher is done (or there is none).
  private var bodyStartWatched = false
  private var lines = LineSplitter()
  /// The stream's consumer went away (a yield found the stream terminated).
  private var consumerGone = false
  private var startedAt = ContinuousClock.now

  init(plan: RequestPlan, configuration: TransportConfiguration, logger: RequestLogger, loop: TransferLoop) {
    self.plan = plan
    self.configuration = configuration
    self.logger = logger
    self.loop = loop
    errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE))
    errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
  }

  deinit {
    // The loop always releases the handle before dropping a transfer; this is the last resort.
    if easy != nil { releaseHandle() }
    errorBuffer.deallocate()
  }

  /// Sets where the outcome goes; called once, before the transfer is handed to the loop.
  func attach(_ delivery: Delivery) {
    self.delivery = delivery
  }

  /// Asks for the transfer to stop; safe from any thread, any number of times.
  func cancel() {
    let first = cancellation.withLock { state in
      defer { state.requested = true }
      return !state.requested
    }
    if first { loop.cancel(self) }
  }

  /// The line stream was cancelled or dropped by its consumer: stop the transfer, and leave finishing
  /// the stream to the stream itself, so the consumer sees a plain end rather than a racing error.
  func consumerDidStop() {
    cancellation.withLock { $0.consumerStopped = true }
    cancel()
  }

  private var hasConsumerStopped: Bool {
    cancellation.withLock { $0.consumerStopped }
  }

  var isCancellationRequested: Bool {
    cancellation.withLock { $0.requested }
  }

  // MARK: Transfer thread

  /// Creates and configures the easy handle; `traceHandshake` turns on the TLS trace that names a refused client
  /// certificate.
  func makeEasyHandle(traceHandshake: Bool) throws(HTTPError) -> UnsafeMutableRawPointer {
    guard let easy = curl_easy_init() else {
      throw .other(host: plan.hostLabel, detail: "libcurl could not create a handle")
    }
    self.easy = easy
    startedAt = .now
    var setup = EasyHandleSetup(easy: easy, host: plan.hostLabel)
    do {
      try setup.apply(plan: plan, configuration: configuration)
      try setup.attach(
        errorBuffer: errorBuffer, userData: Unmanaged.passUnretained(self).toOpaque(), traceHandshake: traceHandshake)
    } catch {
      headerList = setup.headerList
      connectToList = setup.connectToList
      releaseHandle()
      throw error
    }
    headerList = setup.headerList
    connectToList = setup.connectToList
    return easy
  }

  /// Frees the easy handle and the lists it referenced. The handle must not be in the multi handle.
  /// Only touches what exists, so failing a transfer that never started writes nothing.
  func releaseHandle() {
    if let easy {
      curl_easy_cleanup(easy)
      self.easy = nil
    }
    if let headerList {
      curl_slist_free_all(headerList)
      self.headerList = nil
    }
    if let connectToList {
      curl_slist_free_all(connectToList)
      self.connectToList = nil
    }
  }

  /// Whether the server answered with a response head: it then accepted this connection's handshake and client
  /// certificate.
  var receivedHead: Bool { head.isComplete }

  /// One header line from libcurl.
  func receiveHeader(_ bytes: UnsafeRawBufferPointer) -> Bool {
    let wasComplete = head.isComplete
    head.consume(bytes)
    if !wasComplete && head.isComplete { deliverHeadIfStreaming() }
    return true
  }

  /// One informational line of libcurl's verbose output; only the TLS trace matters.
  func receiveDebugText(_ bytes: UnsafeRawBufferPointer) {
    guard TLSHandshakeNotes.mayConcernServer(bytes) else { return }
    handshake.consume(String(decoding: bytes, as: UTF8.self))
  }

  /// A piece of the body; false aborts the transfer.
  func receiveBody(_ bytes: UnsafeRawBufferPointer) -> Bool {
    switch delivery {
    case .response:
      // Sized once from Content-Length: growing a list page of megabytes by doubling held two copies at a time.
      if body.isEmpty, let length = head.contentLength, length <= 1 << 28 { body.reserveCapacity(length) }
      body.append(contentsOf: bytes)
      if !bodyStartWatched, let watch = plan.watchBodyStart {
        bodyStartWatched = !(200..<300).contains(head.status) || body.withUnsafeBytes(watch)
      }
      return true
    case .stream(_, let continuation):
      deliverHeadIfStreaming()
      for line in lines.append(bytes) {
        if case .terminated = continuation.yield(line) {
          consumerGone = true
          return false
        }
      }
      return true
    case nil:
      return false
    }
  }

  /// Finishes after libcurl reported the transfer done and the handle left the multi handle.
  func complete(_ code: CURLcode) {
    let elapsed = ContinuousClock.now - startedAt
    guard code == CURLE_OK else {
      let failure = CurlFailure(
        code: code, message: errorText(code), host: plan.hostLabel, proxyURL: configuration.proxyURL,
        clientCertificatePresented: configuration.clientCertificatePEM != nil, handshake: handshake,
        receivedHead: head.isComplete,
        cancelRequested: consumerGone || isCancellationRequested, connectTimeout: configuration.connectTimeout,
        requestTimeout: plan.timeout, elapsed: elapsed)
      fail(CurlErrorMapper.map(failure), elapsed: elapsed)
      return
    }
    if head.status == 0, let easy {
      // No status line seen (should not happen over HTTP); fall back to libcurl's view.
      var status = 0
      _ = lamp_easy_getinfo_long(easy, CURLINFO_RESPONSE_CODE, &status)
      head.consume("HTTP/1.1 \(status)")
      head.consume("")
    }
    switch delivery {
    case .response(let continuation):
      logger.responded(plan, head: head, elapsed: elapsed, body: body)
      continuation.resume(returning: .success(HTTPResponse(status: head.status, headers: head.headers, body: body)))
    case .stream(_, let continuation):
      deliverHeadIfStreaming()
      if let last = lines.finish() { continuation.yield(last) }
      continuation.finish()
    case nil:
      break
    }
    delivery = nil
    releaseHandle()
  }

  /// Finishes with an error: libcurl's, a cancellation, or a transfer that could not start.
  func fail(_ error: HTTPError, elapsed: Duration? = nil) {
    let elapsed = elapsed ?? (ContinuousClock.now - startedAt)
    switch delivery {
    case .response(let continuation):
      logger.failed(plan, error: error, elapsed: elapsed)
      continuation.resume(returning: .failure(error))
    case .stream(let headContinuation, let continuation):
      if let headContinuation {
        logger.failed(plan, error: error, elapsed: elapsed)
        headContinuation.resume(returning: .failure(error))
      }
      if !hasConsumerStopped { continuation.finish(throwing: error) }
    case nil:
      break
    }
    delivery = nil
    releaseHandle()
  }

  private func deliverHeadIfStreaming() {
    guard !headDelivered, case .stream(let headContinuation?, let continuation) = delivery else { return }
    headDelivered = true
    logger.responded(plan, head: head, elapsed: ContinuousClock.now - startedAt, body: nil)
    delivery = .stream(head: nil, lines: continuation)
    headContinuation.resume(returning: .success(head))
  }

  private func errorText(_ code: CURLcode) -> String {
    let text = String(cString: errorBuffer).trimmingWhitespace()
    return text.isEmpty ? CurlRuntime.describe(code) : text
  }
}
