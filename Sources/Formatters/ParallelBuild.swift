import Dispatch

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Spreads large, independent pieces of work over every core: a table of tens of thousands of rows spent most of
/// its time making cells and lines one row after another.
public enum ParallelBuild {
  /// Below this many items per worker the work stays on the calling thread.
  public static let minimumChunk = 4096

  /// How many cores the work is spread over. Read once: each reading opens and parses the cgroup's CPU files.
  public static let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)

  /// `0..<count` cut into chunks, each turned into a value by `make` (concurrently when `count` is large), in
  /// order. A few chunks per core rather than one: a core that is busy with something else then takes fewer, instead
  /// of holding up the whole table with its half. `make` must only read shared state. `minimumChunk`: the fewest
  /// items worth a worker (fewer for items that take long each).
  public static func chunks<Value>(
    count: Int, minimumChunk: Int = minimumChunk, _ make: @Sendable (Range<Int>) -> Value
  ) -> [Value] {
    let pieces = max(1, min(cores * 4, count / max(1, minimumChunk)))
    let ranges = (0..<pieces).map { (count * $0 / pieces)..<(count * ($0 + 1) / pieces) }
    return each(ranges, make)
  }

  /// `0..<count` in chunks of `chunkSize`, made by `make` a few chunks per core at a time and handed to `consume`
  /// in order: output too large to hold at once (a report of tens of megabytes) is built on every core while only
  /// a few chunks are held. Four per core rather than one: each round ends when its slowest chunk does, and a core
  /// that finishes early then takes another chunk instead of waiting (at 50,000 events, 12-19 ms sooner).
  /// `perRound`: how many chunks are made before they are handed over (by default four per core).
  public static func inBatches<Value>(
    count: Int, chunkSize: Int, perRound: Int = 4 * cores,
    _ make: @Sendable (Range<Int>) -> Value, consume: (Value) throws -> Void
  ) rethrows {
    let perRound = max(1, perRound)
    var start = 0
    while start < count {
      var ranges: [Range<Int>] = []
      while ranges.count < perRound && start < count {
        ranges.append(start..<min(count, start + chunkSize))
        start = ranges[ranges.count - 1].upperBound
      }
      for value in each(ranges, make) { try consume(value) }
    }
  }

  /// `make` applied to each input, concurrently (each core takes the next input when it is free), in order.
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
