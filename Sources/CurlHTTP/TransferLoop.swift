import CCurl
import Dispatch
import Synchronization

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The dedicated thread that owns a libcurl multi handle and every easy handle of one transport.
///
/// libcurl handles are not thread-safe and `curl_multi_poll` blocks, so every libcurl call except
/// `curl_multi_wakeup` happens on this thread (a serial queue's, running one block for the transport's life), never
/// on Swift's cooperative pool. Callers queue commands under a lock and wake the thread; results go back through the
/// transfers' continuations. The multi handle keeps the connection pool, so requests reuse connections and multiplex
/// over HTTP/2.
final class TransferLoop: @unchecked Sendable {
  private enum Command {
    case start(Transfer)
    case cancel(Transfer)
  }

  private let multi: UnsafeMutableRawPointer
  /// How long one `curl_multi_poll` may sleep; libcurl shortens it for its own timers.
  private static let pollMilliseconds: Int32 = 1000

  /// What other threads hand to the transfer thread.
  private struct Shared {
    var commands: [Command] = []
    /// No new transfers are accepted; the thread ends once the running ones are done.
    var closing = false
    /// Running transfers are cancelled too.
    var abortRunning = false
    /// The thread has ended and the multi handle is gone.
    var stopped = false
  }

  private let shared = Mutex(Shared())

  // Transfer thread only.
  private var active: [UnsafeMutableRawPointer: Transfer] = [:]
  /// Hosts (`host:port`) that have answered a request: they accepted the handshake and the client certificate,
  /// so later transfers to them skip the TLS trace, whose lines only explain a refused handshake.
  private var acceptedHosts: Set<String> = []
  /// Transfers started with the TLS trace on; for tests.
  private(set) var tracedTransfers = 0

  /// Connections to one host at once. Long-lived streams (watches) hold one each over HTTP/1.1: lamp opens at most
  /// two at a time.
  static let maxHostConnections = 6

  /// Idle connections kept for reuse, across hosts (the API server, an LLM provider).
  static let maxCachedConnections = 4 * maxHostConnections

  init() throws(HTTPError) {
    guard let multi = curl_multi_init() else {
      throw .other(host: "", detail: "libcurl could not create a multi handle")
    }
    // Multiplexing is libcurl's default since 7.62; set it anyway, the design depends on it.
    _ = lamp_multi_setopt_long(multi, CURLMOPT_PIPELINING, CURLPIPE_MULTIPLEX)
    // Over HTTP/1.1 each request in flight needs a connection, and each new connection costs a TLS handshake on
    // both ends (on the server, one per connection): at most `maxHostConnections`, as browsers do, and the rest
    // wait for one to be free. HTTP/2 multiplexes every request over one connection, so this never holds it back.
    _ = lamp_multi_setopt_long(multi, CURLMOPT_MAX_HOST_CONNECTIONS, Self.maxHostConnections)
    // By default libcurl holds four idle connections per transfer in progress: as a burst of requests ended it
    // closed the rest, and the next burst (the GETs after a list page) paid for new handshakes.
    _ = lamp_multi_setopt_long(multi, CURLMOPT_MAXCONNECTS, Self.maxCachedConnections)
    self.multi = multi
    // A serial queue's block may block: its thread is its own, not one of Swift's cooperative pool.
    DispatchQueue(label: "lamp-curl").async { [self] in run() }
  }

  /// Queues a transfer; fails it at once when the loop is closing.
  func start(_ transfer: Transfer) {
    let accepted = shared.withLock { shared -> Bool in
      guard !shared.closing else { return false }
      shared.commands.append(.start(transfer))
      _ = curl_multi_wakeup(multi)
      return true
    }
    if !accepted {
      // Never reached the thread, so no other thread touches it.
      transfer.fail(.other(host: transfer.plan.hostLabel, detail: "the HTTP transport is closed"))
    }
  }

  /// Asks the thread to stop a transfer; a transfer that already ended is ignored.
  func cancel(_ transfer: Transfer) {
    shared.withLock { shared in
      guard !shared.stopped else { return }
      shared.commands.append(.cancel(transfer))
      _ = curl_multi_wakeup(multi)
    }
  }

  /// Stops accepting transfers. The thread ends when the running ones are done, at once when
  /// `cancelRunning` (they fail with `HTTPError.cancelled`).
  func shutdown(cancelRunning: Bool) {
    shared.withLock { shared in
      guard !shared.stopped else { return }
      shared.closing = true
      if cancelRunning { shared.abortRunning = true }
      _ = curl_multi_wakeup(multi)
    }
  }

  // MARK: Transfer thread

  private func run() {
    var running: Int32 = 0
    while true {
      let (batch, abort) = shared.withLock { shared -> ([Command], Bool) in
        defer { shared.commands.removeAll() }
        return (shared.commands, shared.abortRunning)
      }
      for command in batch {
        switch command {
        case .start(let transfer): begin(transfer)
        case .cancel(let transfer): stop(transfer, with: .cancelled)
        }
      }
      if abort {
        for transfer in active.values { stop(transfer, with: .cancelled) }
      }

      let performed = curl_multi_perform(multi, &running)
      if performed != CURLM_OK { failAll(because: performed) }
      collectFinished()

      if active.isEmpty {
        let finished = shared.withLock { shared -> Bool in
          guard shared.closing, shared.commands.isEmpty else { return false }
          shared.stopped = true
          return true
        }
        if finished { break }
      }
      _ = curl_multi_poll(multi, nil, 0, Self.pollMilliseconds, nil)
    }
    curl_multi_cleanup(multi)
  }

  private func begin(_ transfer: Transfer) {
    if transfer.isCancellationRequested {
      transfer.fail(.cancelled)
      return
    }
    let easy: UnsafeMutableRawPointer
    do {
      let trace = !acceptedHosts.contains(transfer.plan.hostLabel)
      easy = try transfer.makeEasyHandle(traceHandshake: trace)
      if trace { tracedTransfers += 1 }
    } catch {
      transfer.fail(error)
      return
    }
    let added = curl_multi_add_handle(multi, easy)
    guard added == CURLM_OK else {
      transfer.fail(.other(host: transfer.plan.hostLabel, detail: "libcurl refused the transfer: \(describe(added))"))
      return
    }
    active[easy] = transfer
  }

  /// Takes a running transfer out of the multi handle and fails it.
  private func stop(_ transfer: Transfer, with error: HTTPError) {
    guard let easy = transfer.easy, active[easy] === transfer else { return }
    _ = curl_multi_remove_handle(multi, easy)
    active[easy] = nil
    transfer.fail(error)
  }

  private func collectFinished() {
    var queued: Int32 = 0
    while let message = curl_multi_info_read(multi, &queued) {
      // The message is only valid until the handle is removed: read it first.
      guard message.pointee.msg == CURLMSG_DONE, let easy = message.pointee.easy_handle else { continue }
      let code = message.pointee.data.result
      _ = curl_multi_remove_handle(multi, easy)
      guard let transfer = active.removeValue(forKey: easy) else { continue }
      if transfer.receivedHead { acceptedHosts.insert(transfer.plan.hostLabel) }
      transfer.complete(code)
    }
  }

  private func failAll(because code: CURLMcode) {
    for transfer in active.values {
      stop(transfer, with: .other(host: transfer.plan.hostLabel, detail: "libcurl failed: \(describe(code))"))
    }
  }

  private func describe(_ code: CURLMcode) -> String {
    guard let text = curl_multi_strerror(code) else { return "multi error \(code.rawValue)" }
    return String(cString: text)
  }
}
