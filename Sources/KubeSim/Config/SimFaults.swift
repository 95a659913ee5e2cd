/// Faults the simulator injects on demand, to test clients' resilience.
public struct SimFaults: Sendable, Equatable {
  /// Added before every response.
  public var latency: Duration
  /// Probability of a 503 ServiceUnavailable on reads (get/list/watch).
  public var failRate: Double
  /// Probability of an APF-style 429 on any API request.
  public var throttleRate: Double
  /// `Retry-After` seconds of injected 429s.
  public var retryAfterSeconds: Int
  /// Continue tokens older than this fail with 410 Expired.
  public var expireContinueAfter: Duration?
  /// Watches are cut (connection closed) after this long.
  public var dropWatchAfter: Duration?
  /// Probability of cutting a response body short (the connection closes mid-body).
  public var truncateRate: Double
  /// A slow network: a complete response's head and first `ResponseSink.bodyHeadSize` bytes are sent at once, the
  /// rest after this pause. A list page's metadata, its continue token included, arrives long before the page.
  public var bodyPause: Duration
  /// The next N API requests get a 429 (deterministic variant of `throttleRate`).
  public var throttleFirstN: Int
  /// The next N reads get a 503 (deterministic variant of `failRate`).
  public var failFirstN: Int
  /// The next N continue tokens presented are expired (deterministic variant of `expireContinueAfter`).
  public var expireContinueFirstN: Int

  public init(
    latency: Duration = .zero, failRate: Double = 0, throttleRate: Double = 0, retryAfterSeconds: Int = 1,
    expireContinueAfter: Duration? = nil, dropWatchAfter: Duration? = nil, truncateRate: Double = 0,
    bodyPause: Duration = .zero, throttleFirstN: Int = 0, failFirstN: Int = 0, expireContinueFirstN: Int = 0
  ) {
    self.latency = latency
    self.failRate = failRate
    self.throttleRate = throttleRate
    self.retryAfterSeconds = retryAfterSeconds
    self.expireContinueAfter = expireContinueAfter
    self.dropWatchAfter = dropWatchAfter
    self.truncateRate = truncateRate
    self.bodyPause = bodyPause
    self.throttleFirstN = throttleFirstN
    self.failFirstN = failFirstN
    self.expireContinueFirstN = expireContinueFirstN
  }

  /// No faults.
  public static let none = SimFaults()
}
