import Dispatch
import Foundation

/// Spreads large, independent pieces of work over every core: a table of tens of thousands of rows spent most of
/// its time making cells and lines one row after another.
public enum ParallelBuild {
  /// Below this many items per worker the work stays on the calling thread.
  static let minimumChunk = 4096

  /// `0..<count` cut into one chunk per worker, each turned into a value by `make` (concurrently when `count` is
  /// large), in order. `make` must only read shared state.
  public static func chunks<Value>(count: Int, _ make: @Sendable (Range<Int>) -> Value) -> [Value] {
    let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, count / minimumChunk))
    let ranges = (0..<workers).map { (count * $0 / workers)..<(count * ($0 + 1) / workers) }
    return each(ranges, make)
  }

  /// `0..<count` in batches of one chunk per worker: each batch's chunks are made concurrently by `make`, then handed
  /// to `consume` in order, so output too large to hold at once (a report of tens of megabytes) is built on every
  /// core while only one batch is held.
  public static func inBatches<Value>(
    count: Int, _ make: @Sendable (Range<Int>) -> Value, consume: (Value) throws -> Void
  ) rethrows {
    let batch = minimumChunk * max(1, ProcessInfo.processInfo.activeProcessorCount)
    var start = 0
    while start < count {
      let end = min(count, start + batch)
      let offset = start
      for value in chunks(count: end - start, { make(($0.lowerBound + offset)..<($0.upperBound + offset)) }) {
        try consume(value)
      }
      start = end
    }
  }

  /// `make` applied to each input, all at once (one worker per input), in order.
  public static func each<Input: Sendable, Value>(_ inputs: [Input], _ make: @Sendable (Input) -> Value) -> [Value] {
    guard inputs.count > 1 else { return inputs.map(make) }
    return [Value](unsafeUninitializedCapacity: inputs.count) { buffer, initialized in
      // Each worker writes only its own slot.
      nonisolated(unsafe) let base = buffer.baseAddress!
      DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
        (base + index).initialize(to: make(inputs[index]))
      }
      initialized = inputs.count
    }
  }
}
