/// Text written as bytes into one raw buffer that grows by doubling, for output made in bulk (a JSON report, a
/// table's lines): each append to an array checked that the array was uniquely referenced and had room, about a
/// hundred times an event.
struct ByteText: ~Copyable {
  /// The text so far is `storage[0..<count]`. A writer that has reserved room writes at `storage + count` and
  /// advances `count`.
  private(set) var storage: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  var count = 0

  /// Room for `capacity` bytes, so that a large piece is not copied as it grows.
  init(capacity: Int) {
    self.capacity = max(capacity, 16)
    storage = .allocate(capacity: self.capacity)
  }

  deinit {
    storage.deallocate()
  }

  /// The text so far, valid until the next change.
  var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: storage, count: count) }

  /// Makes room for `extra` more bytes.
  @inline(__always) mutating func reserve(_ extra: Int) {
    if count + extra > capacity { grow(to: count + extra) }
  }

  private mutating func grow(to needed: Int) {
    let grown = max(needed, capacity * 2)
    let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
    moved.initialize(from: storage, count: count)
    storage.deallocate()
    storage = moved
    capacity = grown
  }

  @inline(__always) mutating func append(_ byte: UInt8) {
    reserve(1)
    storage[count] = byte
    count += 1
  }

  @inline(__always) mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
    guard let start = text.baseAddress else { return }
    reserve(text.count)
    (storage + count).initialize(from: start, count: text.count)
    count += text.count
  }

  /// Appends `width` spaces (padding).
  @inline(__always) mutating func appendSpaces(_ width: Int) {
    guard width > 0 else { return }
    reserve(width)
    writeSpaces(width)
  }

  /// Writes `width` spaces where room was already reserved (indents), cut from a constant run of them when it is
  /// long enough.
  @inline(__always) mutating func writeSpaces(_ width: Int) {
    if width <= Self.spaces.utf8CodeUnitCount {
      (storage + count).initialize(from: Self.spaces.utf8Start, count: width)
    } else {
      (storage + count).initialize(repeating: UInt8(ascii: " "), count: width)
    }
    count += width
  }

  /// A static string costs no reference counting, unlike an array.
  private static let spaces: StaticString = "                                                                "

  /// Hands the text over without copying it: a piece of a large output made on one thread and written out on
  /// another (copying 50,000 events' pieces into arrays moved 35 MB for nothing).
  consuming func finished() -> FinishedText {
    let text = FinishedText(storage, count: count)
    discard self
    return text
  }
}

/// The text of a finished `JSONText` or table chunk, freed with the last reference to it.
public final class FinishedText: @unchecked Sendable {
  // Never written after `init`: safe to read from any thread.
  private let storage: UnsafeMutablePointer<UInt8>
  private let count: Int

  fileprivate init(_ storage: UnsafeMutablePointer<UInt8>, count: Int) {
    self.storage = storage
    self.count = count
  }

  deinit {
    storage.deallocate()
  }

  /// Lends the text.
  public func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
    try body(UnsafeRawBufferPointer(start: storage, count: count))
  }
}
