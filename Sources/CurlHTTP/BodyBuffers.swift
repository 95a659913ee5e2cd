import Foundation

/// Memory for the bodies of a run of large responses, such as the pages of one list: each body is written into
/// memory that an earlier one, already decoded, gave back, so a page of megabytes is not faulted in afresh 4 KiB at a
/// time. Written for glibc, which mapped every large block anew; with tcmalloc, which `lamp` now links and which
/// reuses freed spans itself, it made no measurable difference (README, Benchmarks). Freed when the last body made
/// from it is gone.
public final class BodyBuffers: @unchecked Sendable {
  /// Bodies smaller than this are left to malloc, which reuses small blocks by itself.
  static let minimumSize = 256 << 10
  /// Larger announced bodies get memory of their own.
  static let maximumSize = 1 << 28

  private let lock = NSLock()
  /// The one buffer kept for the next body: keeping more held more memory than it saved in page faults, since a
  /// list's pages are decoded about as fast as they arrive.
  private var spare: UnsafeMutableRawBufferPointer?  // guarded by lock

  public init() {}

  deinit {
    spare?.deallocate()
  }

  /// The size of the buffer kept, or 0: the likely size of the next body when it is sent without a length.
  var spareSize: Int {
    lock.withLock { spare?.count ?? 0 }
  }

  /// A buffer of at least `size` bytes: the one kept if it is large enough, else a new one with room for a later
  /// body a little larger than this one.
  func take(atLeast size: Int) -> UnsafeMutableRawBufferPointer {
    let reused = lock.withLock { () -> UnsafeMutableRawBufferPointer? in
      guard let spare, spare.count >= size else { return nil }
      self.spare = nil
      return spare
    }
    if let reused { return reused }
    let rounded = (size + size / 8 + 0xFFFF) & ~0xFFFF
    return .allocate(byteCount: rounded, alignment: 16)
  }

  /// Takes `buffer` back for a later body, keeping the larger of it and the one kept.
  func give(_ buffer: UnsafeMutableRawBufferPointer) {
    let freed = lock.withLock { () -> UnsafeMutableRawBufferPointer? in
      guard let spare else {
        self.spare = buffer
        return nil
      }
      guard buffer.count > spare.count else { return buffer }
      self.spare = buffer
      return spare
    }
    freed?.deallocate()
  }

  /// `count` bytes of `buffer` as `Data` that gives the buffer back when it is freed.
  func data(_ buffer: UnsafeMutableRawBufferPointer, count: Int) -> Data {
    guard let base = buffer.baseAddress, count > 0 else {
      give(buffer)
      return Data()
    }
    return Data(bytesNoCopy: base, count: count, deallocator: .custom { _, _ in self.give(buffer) })
  }
}

/// A body being received into `BodyBuffers`' memory, moved to a larger buffer when it outgrows the one it has.
/// A body that is never finished (the transfer failed) gives its buffer back.
final class PooledBody {
  private let buffers: BodyBuffers
  private var buffer: UnsafeMutableRawBufferPointer?
  private var count = 0

  init(_ buffers: BodyBuffers, expected size: Int) {
    self.buffers = buffers
    buffer = buffers.take(atLeast: size)
  }

  deinit {
    if let buffer { buffers.give(buffer) }
  }

  /// The size to start from, or nil for a body too small to be worth it: the length the server announced, else
  /// the size of the buffer kept (a list's next page is about as large as the last).
  static func expectedSize(contentLength: Int?, memory: BodyBuffers) -> Int? {
    if let contentLength {
      return (BodyBuffers.minimumSize...BodyBuffers.maximumSize).contains(contentLength) ? contentLength : nil
    }
    return max(BodyBuffers.minimumSize, memory.spareSize)
  }

  func append(_ bytes: UnsafeRawBufferPointer) {
    guard var current = buffer else { return }
    if count + bytes.count > current.count {
      let larger = buffers.take(atLeast: max(count + bytes.count, current.count * 2))
      larger.copyMemory(from: UnsafeRawBufferPointer(rebasing: current[..<count]))
      buffers.give(current)
      current = larger
      buffer = larger
    }
    UnsafeMutableRawBufferPointer(rebasing: current[count...]).copyMemory(from: bytes)
    count += bytes.count
  }

  /// The body received, as `Data` that gives the memory back when it is freed; called once.
  func finish() -> Data {
    guard let current = buffer else { return Data() }
    buffer = nil
    return buffers.data(current, count: count)
  }
}
