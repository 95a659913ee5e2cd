/// What a generated pod is doing; the mix is roughly what a large production cluster shows.
enum ScalePodState {
  case running
  /// Running but its readiness probe fails.
  case notReady
  case crashLoop
  /// Not scheduled (FailedScheduling events are generated for it).
  case pending

  /// Draws a state: 3% pending, 1.5% crash-looping, 0.5% not ready, the rest running.
  static func draw(_ random: inout SeededGenerator) -> ScalePodState {
    switch random.below(1000) {
    case 0..<30: return .pending
    case 30..<45: return .crashLoop
    case 45..<50: return .notReady
    default: return .running
    }
  }
}
