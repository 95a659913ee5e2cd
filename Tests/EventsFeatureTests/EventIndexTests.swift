import Foundation
import KubeAPI
import Testing

@testable import EventsFeature

@Suite("EventIndex: events by object, only the pods asked for")
struct EventIndexTests {
  static func event(_ message: String, kind: String = "Pod", namespace: String = "shop", object: String, last: Double)
    -> ClusterEvent
  {
    ClusterEvent(
      name: "\(object).\(message)", namespace: namespace,
      regarding: ObjectReference(apiVersion: "v1", kind: kind, namespace: namespace, name: object, uid: "u-\(object)"),
      reason: "BackOff", message: message, type: "Warning", firstSeen: Date(timeIntervalSince1970: last - 60),
      lastSeen: Date(timeIntervalSince1970: last))
  }

  static let events = [
    event("late", object: "stuck", last: 300),
    event("fine", object: "healthy", last: 200),
    event("early", object: "stuck", last: 100),
    event("other namespace", namespace: "api", object: "stuck", last: 150),
    event("node", kind: "Node", namespace: "", object: "node-1", last: 250),
    event("deploy", kind: "Deployment", object: "web", last: 50),
  ]
  static let stuck: Set<EventIndex.Key> = [EventIndex.Key(kind: "Pod", namespace: "shop", name: "stuck")]

  func messages(_ index: EventIndex, _ kind: String, _ namespace: String, _ name: String) -> [String] {
    index.events(kind: kind, namespace: namespace, name: name, uid: nil).map(\.message)
  }

  @Test("With the events' keys, the index holds what it holds without them: the pods asked for and every other kind")
  func keyedIndexMatchesUnkeyed() {
    let keys = EventCollapser.keys(Self.events)
    for index in [EventIndex(Self.events, pods: Self.stuck), EventIndex(Self.events, pods: Self.stuck, keys: keys)] {
      #expect(messages(index, "Pod", "shop", "stuck") == ["early", "late"])
      #expect(messages(index, "Pod", "shop", "healthy").isEmpty)
      #expect(messages(index, "Pod", "api", "stuck").isEmpty)
      #expect(messages(index, "Node", "", "node-1") == ["node"])
      #expect(messages(index, "Deployment", "shop", "web") == ["deploy"])
    }
  }

  @Test("Keys that are not the events' own (a list read twice) are ignored, not trusted")
  func mismatchedKeysAreIgnored() {
    let keys = EventCollapser.keys(Array(Self.events.prefix(2)))
    let index = EventIndex(Self.events, pods: Self.stuck, keys: keys)
    #expect(messages(index, "Pod", "shop", "stuck") == ["early", "late"])
    #expect(messages(index, "Node", "", "node-1") == ["node"])
  }

  @Test("An event's object hash is the one the index looks its pod up by")
  func objectHashMatchesKeys() {
    let keys = EventCollapser.keys(Self.events)
    #expect(keys[0].objectHash == EventCollapser.objectHash(namespace: "shop", kind: "Pod", name: "stuck"))
    #expect(keys[0].objectHash == keys[2].objectHash)
    #expect(keys[0].objectHash != keys[3].objectHash)
    #expect(keys.map(\.isAboutPod) == [true, true, true, true, false, false])
  }
}
