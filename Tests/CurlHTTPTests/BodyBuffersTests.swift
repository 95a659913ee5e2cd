import Foundation
import Testing

@testable import CurlHTTP

@Suite("BodyBuffers: large bodies reuse the memory earlier ones gave back")
struct BodyBuffersTests {
  @Test("the buffer kept is reused when it is large enough; a new one has room for a somewhat larger body")
  func reusesTheSpare() {
    let memory = BodyBuffers()
    let small = memory.take(atLeast: 300_000)
    #expect(small.count >= 300_000 + 300_000 / 8 && small.count % 0x10000 == 0)
    memory.give(small)
    #expect(memory.spareSize == small.count)
    let larger = memory.take(atLeast: small.count + 1)
    #expect(larger.baseAddress != small.baseAddress)
    #expect(memory.spareSize == small.count, "a buffer too small stays kept")
    #expect(memory.take(atLeast: 310_000).baseAddress == small.baseAddress)
    #expect(memory.spareSize == 0)
    memory.give(small)
    memory.give(larger)
    #expect(memory.spareSize == larger.count, "of two given back, the larger is kept")
    memory.give(memory.take(atLeast: 1))
  }

  @Test("a body grows across buffers with its bytes intact, and its Data gives the memory back when freed")
  func growsAndGivesBack() {
    let memory = BodyBuffers()
    let bytes = (0..<3_000_000).map { UInt8($0 % 251) }
    var address: UnsafeRawPointer?
    do {
      let body = PooledBody(memory, expected: BodyBuffers.minimumSize)
      bytes.withUnsafeBytes { all in
        var start = 0
        while start < all.count {
          let end = min(all.count, start + 16_411)
          body.append(UnsafeRawBufferPointer(rebasing: all[start..<end]))
          start = end
        }
      }
      let data = body.finish()
      #expect(data == Data(bytes))
      address = data.withUnsafeBytes { $0.baseAddress }
      #expect(memory.spareSize < bytes.count, "only the buffers it outgrew were given back")
    }
    #expect(memory.spareSize >= bytes.count)
    #expect(UnsafeRawPointer(memory.take(atLeast: bytes.count).baseAddress) == address)
  }

  @Test("a body that is never finished gives its buffer back")
  func unfinishedGivesBack() {
    let memory = BodyBuffers()
    do {
      let body = PooledBody(memory, expected: 500_000)
      body.append(UnsafeRawBufferPointer(start: nil, count: 0))
    }
    #expect(memory.spareSize >= 500_000)
  }
}
