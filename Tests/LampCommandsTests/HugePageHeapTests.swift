import Foundation
import Testing

@testable import LampCommands

#if os(Linux)
  import Glibc

  @Suite("HugePageHeap")
  struct HugePageHeapTests {
    /// The `VmFlags` of the mapping that holds `address`, from `/proc/self/smaps`.
    static func flags(of address: UInt) throws -> [Substring] {
      // Read to the end: a /proc file reports a size of zero.
      let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: "/proc/self/smaps"))
      defer { try? handle.close() }
      let smaps = String(decoding: try handle.readToEnd() ?? Data(), as: UTF8.self)
      var inside = false
      for line in smaps.split(separator: "\n") {
        let fields = line.split(separator: " ", omittingEmptySubsequences: true)
        if let range = fields.first, range.contains("-"), fields.count >= 5, !range.hasSuffix(":") {
          let bounds = range.split(separator: "-").compactMap { UInt($0, radix: 16) }
          inside = bounds.count == 2 && bounds[0] <= address && address < bounds[1]
        } else if inside, fields.first == "VmFlags:" {
          return Array(fields.dropFirst())
        }
      }
      return []
    }

    @Test("marks the whole huge pages inside a block, and only those")
    func marksTheAlignedInterior() throws {
      let size = 11 << 20
      let raw = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
      let block = try #require(raw == MAP_FAILED ? nil : raw)
      defer { munmap(block, size) }
      // Start a page past a huge-page boundary, as an allocator's block may.
      let huge = UInt(HugePageHeap.hugePageSize)
      let aligned = (UInt(bitPattern: block) + huge - 1) & ~(huge - 1)
      let offset = aligned + 4096
      let start = try #require(UnsafeMutableRawPointer(bitPattern: offset))
      let length = 8 << 20
      let supported = FileManager.default.fileExists(atPath: "/sys/kernel/mm/transparent_hugepage/enabled")
      let advised = HugePageHeap.advise(start, size: length)
      guard supported else {
        #expect(advised == nil)
        return
      }
      let range = try #require(advised)
      // 8 MiB from one page past a boundary hold the three huge pages after it.
      #expect(range == (aligned + huge)..<(aligned + 4 * huge))
      #expect(try Self.flags(of: range.lowerBound).contains("hg"))
      #expect(try Self.flags(of: range.upperBound - 1).contains("hg"))
      #expect(try !Self.flags(of: offset).contains("hg"))
    }

    @Test("leaves a block smaller than a huge page alone")
    func leavesSmallBlocksAlone() throws {
      let block = try #require(malloc(1 << 20))
      defer { free(block) }
      #expect(HugePageHeap.advise(block, size: 1 << 20) == nil)
    }
  }
#endif
