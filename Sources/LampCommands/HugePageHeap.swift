#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Backs the first part of the heap with transparent huge pages where the system gives them on request
/// (`madvise`, Debian's and Ubuntu's default; `always` needs nothing, `never` ignores the advice).
///
/// Decoding a large list builds a heap of tens of megabytes, and writing each 4 KiB page of it for the first time
/// costs a page fault: 15,400 of them for `lamp events -A -o json` at 50,000 events. At start-up a block of address
/// space is taken from the allocator, marked for huge pages and given back; tcmalloc carves what comes next from
/// it, so that memory arrives 2 MiB at a time (2,700 faults). Nothing is written here and pages never touched cost
/// nothing, but what is touched comes in whole huge pages: a small command holds about 6 MB more (README,
/// Benchmarks).
public enum HugePageHeap {
  /// Address space advised at start-up; the heap grows past it in ordinary pages.
  static let reservation = 128 << 20
  /// A huge page on x86-64, and on arm64 with 4 KiB pages (with larger base pages a region may not be backed).
  static let hugePageSize = 2 << 20

  /// Takes `reservation` bytes from the allocator, advises them and frees them.
  public static func advise() {
    #if os(Linux)
      guard let block = malloc(reservation) else { return }
      _ = advise(block, size: reservation)
      free(block)
    #endif
  }

  /// Marks the whole huge pages inside `size` bytes at `block` for huge pages; the range marked, nil when none fits
  /// or the system refused (no transparent huge pages in this kernel).
  static func advise(_ block: UnsafeMutableRawPointer, size: Int) -> Range<UInt>? {
    #if os(Linux)
      let huge = UInt(hugePageSize)
      let start = (UInt(bitPattern: block) + huge - 1) & ~(huge - 1)
      let end = (UInt(bitPattern: block) + UInt(size)) & ~(huge - 1)
      guard end > start, let first = UnsafeMutableRawPointer(bitPattern: start),
        madvise(first, Int(end - start), MADV_HUGEPAGE) == 0
      else { return nil }
      return start..<end
    #else
      return nil
    #endif
  }
}
