import Foundation
import Testing

@testable import KubeAPI

@Suite("ClusterEvent prefetches its own strings' bytes without touching the strings")
struct ClusterEventPrefetchTests {
  static func event(message: String, name: String?, uid: String? = nil) -> ClusterEvent {
    ClusterEvent(
      name: "e", namespace: "shop",
      regarding: ObjectReference(apiVersion: "v1", kind: "Pod", namespace: "shop", name: name, uid: uid),
      reason: "BackOff", message: message, type: "Warning", firstSeen: nil, lastSeen: nil)
  }

  static func bytesAddress(_ text: String) -> UInt {
    var copy = text
    return copy.withUTF8 { UInt(bitPattern: $0.baseAddress) }
  }

  @Test func addressesAreWhereTheStringsBytesLie() {
    let message = "Back-off restarting failed container app in pod web-7d9f8b6c5-x2x4q_shop"
    let name = "web-7d9f8b6c5-x2x4q-a-long-pod-name"
    let event = Self.event(message: message, name: name, uid: "05aeba8f-3c83-479b-b119-922c2ed87f0d")
    let (messageAddress, nameAddress, uidAddress) = event.storage.textAddresses
    #expect(messageAddress == Self.bytesAddress(event.message))
    #expect(nameAddress == Self.bytesAddress(event.regarding.name ?? ""))
    #expect(uidAddress == Self.bytesAddress(event.regarding.uid ?? ""))
    #expect(messageAddress != 0 && nameAddress != 0 && uidAddress != 0)
    withUnsafePointer(to: event) { ClusterEvent.prefetchText(at: $0) }
  }

  @Test func shortAndAbsentStringsHaveNoAddress() {
    // Fifteen bytes or fewer are kept inside the string itself: there is nothing elsewhere to load.
    let event = Self.event(message: "short message", name: nil)
    let (message, name, uid) = event.storage.textAddresses
    #expect(message == 0 && name == 0 && uid == 0)
    withUnsafePointer(to: event) { ClusterEvent.prefetchText(at: $0) }
    #expect(Self.event(message: "", name: "web-0").storage.textAddresses.name == 0)
  }

  @Test("the box is found where an event lies, without retaining it: an event is only its box's reference")
  func boxAddressIsTheStoredReference() {
    #expect(MemoryLayout<ClusterEvent>.size == MemoryLayout<UnsafeRawPointer>.size)
    let events = [Self.event(message: "one", name: "a"), Self.event(message: "two", name: "b")]
    events.withUnsafeBufferPointer { stored in
      for (index, event) in events.enumerated() {
        let box = ClusterEvent.boxAddress(at: stored.baseAddress! + index)
        #expect(box == UnsafeRawPointer(Unmanaged.passUnretained(event.storage).toOpaque()))
        ClusterEvent.prefetchFields(at: stored.baseAddress! + index)
      }
    }
  }

  @Test("the box's size covers the text addresses that prefetchText reads, so prefetchFields loads them too")
  func boxSizeEndsWithTheTextAddresses() {
    let event = Self.event(
      message: "a message long enough to live elsewhere", name: "web-7d9f8b6c5-x2x4q-a-long-pod-name",
      uid: "05aeba8f-3c83-479b-b119-922c2ed87f0d")
    withUnsafePointer(to: event) { stored in
      let box = ClusterEvent.boxAddress(at: stored)
      let last = MemoryLayout<(UInt, UInt, UInt)>.size
      let noted = (box + ClusterEvent.Storage.size - last).load(as: (UInt, UInt, UInt).self)
      #expect(noted == event.storage.textAddresses)
    }
  }

  @Test func aChangedEventPointsAtItsNewStrings() {
    var event = Self.event(message: "the first message, long enough to live elsewhere", name: nil)
    event.message = "a second message, also long enough to live elsewhere"
    #expect(event.storage.textAddresses.message == Self.bytesAddress(event.message))
  }
}
