import CPrefetch

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One event, whichever API it came from, with the display fields worked out once:
/// last seen = `series.lastObservedTime` ?? `lastTimestamp` ?? `eventTime` ?? creation; count = `series.count` ??
/// `count` ?? 1; first seen = `firstTimestamp` ?? `eventTime` ?? creation.
///
/// The fields live in one shared, immutable box: lists of tens of thousands of events are sorted, grouped and
/// indexed, and copying an event is then one retain instead of one per string. A write makes a new box; reads
/// lend the field (`_read`), so `event.regarding.kind` copies no other field of `regarding`, and are inlinable, so
/// other modules read a field without retaining the box.
public struct ClusterEvent: Sendable, Hashable {
  /// The event object's own name, namespace and uid.
  @inlinable public var name: String {
    _read { yield storage.fields.name }
    set { update { $0.name = newValue } }
  }
  @inlinable public var namespace: String {
    _read { yield storage.fields.namespace }
    set { update { $0.namespace = newValue } }
  }
  @inlinable public var uid: String? {
    _read { yield storage.fields.uid }
    set { update { $0.uid = newValue } }
  }
  @inlinable public var resourceVersion: String? {
    _read { yield storage.fields.resourceVersion }
    set { update { $0.resourceVersion = newValue } }
  }
  @inlinable public var regarding: ObjectReference {
    _read { yield storage.fields.regarding }
    set { update { $0.regarding = newValue } }
  }
  @inlinable public var reason: String {
    _read { yield storage.fields.reason }
    set { update { $0.reason = newValue } }
  }
  @inlinable public var message: String {
    _read { yield storage.fields.message }
    set { update { $0.message = newValue } }
  }
  /// `Normal` or `Warning` (anything else is kept as sent).
  @inlinable public var type: String {
    _read { yield storage.fields.type }
    set { update { $0.type = newValue } }
  }
  @inlinable public var count: Int {
    _read { yield storage.fields.count }
    set { update { $0.count = newValue } }
  }
  @inlinable public var firstSeen: Date? {
    _read { yield storage.fields.firstSeen }
    set { update { $0.firstSeen = newValue } }
  }
  @inlinable public var lastSeen: Date? {
    _read { yield storage.fields.lastSeen }
    set { update { $0.lastSeen = newValue } }
  }
  /// The reporting component (`kubelet`, `default-scheduler`, `karpenter`).
  @inlinable public var source: String {
    _read { yield storage.fields.source }
    set { update { $0.source = newValue } }
  }
  /// The node that reported (kubelet events), from `source.host` or `reportingInstance`.
  @inlinable public var host: String? {
    _read { yield storage.fields.host }
    set { update { $0.host = newValue } }
  }

  @usableFromInline var storage: Storage

  public init(
    name: String, namespace: String, uid: String? = nil, resourceVersion: String? = nil, regarding: ObjectReference,
    reason: String, message: String, type: String, count: Int = 1, firstSeen: Date?, lastSeen: Date?,
    source: String = "", host: String? = nil
  ) {
    storage = Storage(
      Fields(
        name: name, namespace: namespace, uid: uid, resourceVersion: resourceVersion, regarding: regarding,
        reason: reason,
        message: message, type: type, count: count, firstSeen: firstSeen, lastSeen: lastSeen, source: source,
        host: host))
  }

  @usableFromInline mutating func update(_ change: (inout Fields) -> Void) {
    var fields = storage.fields
    change(&fields)
    storage = Storage(fields)
  }

  public static func == (a: ClusterEvent, b: ClusterEvent) -> Bool {
    a.storage === b.storage || a.storage.fields == b.storage.fields
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(storage.fields)
  }

  @usableFromInline final class Storage: Sendable {
    @usableFromInline let fields: Fields
    /// Where the bytes of the message and of the object's name and uid lie, for `prefetchText`, which must not
    /// touch the strings themselves: copying one to reach its bytes retains it, an atomic write that waits for the
    /// very cache line the prefetch was to start loading. Only ever prefetched, never read through.
    let textAddresses: (message: UInt, name: UInt, uid: UInt)
    /// The bytes of one box: the object header, then the stored properties.
    static let size = 16 + MemoryLayout<Fields>.stride + MemoryLayout<(UInt, UInt, UInt)>.size

    @usableFromInline init(_ fields: Fields) {
      self.fields = fields
      textAddresses = (
        Self.address(of: fields.message), Self.address(of: fields.regarding.name),
        Self.address(of: fields.regarding.uid)
      )
    }

    /// The address of a string's bytes as it is stored now (0 for none, or for a small string kept inline).
    private static func address(of text: String?) -> UInt {
      guard let text, text.utf8.count > 15 else { return 0 }
      return text.utf8.withContiguousStorageIfAvailable { UInt(bitPattern: $0.baseAddress) } ?? 0
    }
  }

  @usableFromInline struct Fields: Hashable, Sendable {
    @usableFromInline var name: String
    @usableFromInline var namespace: String
    @usableFromInline var uid: String?
    @usableFromInline var resourceVersion: String?
    @usableFromInline var regarding: ObjectReference
    @usableFromInline var reason: String
    @usableFromInline var message: String
    @usableFromInline var type: String
    @usableFromInline var count: Int
    @usableFromInline var firstSeen: Date?
    @usableFromInline var lastSeen: Date?
    @usableFromInline var source: String
    @usableFromInline var host: String?
  }

  /// Normalises a core/v1 event.
  public init(_ event: Event) {
    self.init(
      name: event.metadata.name, namespace: event.metadata.namespace, uid: event.metadata.uid,
      resourceVersion: event.metadata.resourceVersion, created: event.metadata.creationTimestamp,
      regarding: event.involvedObject ?? ObjectReference(), reason: event.reason, message: event.message,
      type: event.type, count: event.count, firstTimestamp: event.firstTimestamp,
      lastTimestamp: event.lastTimestamp, eventTime: event.eventTime, series: event.series,
      sourceComponent: event.source?.component, sourceHost: event.source?.host,
      reportingComponent: event.reportingComponent, reportingInstance: event.reportingInstance)
  }

  /// The one place where an event's stored fields, as either API sends them, become the display fields. The strings
  /// are consumed, moved into the event rather than copied (a retain here and a release at the caller, per string
  /// and event of a list); the object reference (empty when absent) and the source's two fields come as they are
  /// stored, since unwrapping an optional struct copied each of its strings.
  init(
    name: consuming String, namespace: consuming String?, uid: consuming String?,
    resourceVersion: consuming String?, created: Date?, regarding: consuming ObjectReference,
    reason: consuming String?, message: consuming String?, type: consuming String?, count: Int?,
    firstTimestamp: Date?, lastTimestamp: Date?, eventTime: Date?, series: EventSeries?,
    sourceComponent: consuming String?, sourceHost: consuming String?, reportingComponent: consuming String?,
    reportingInstance: consuming String?
  ) {
    let namespace = namespace ?? regarding.namespace ?? ""
    let host = Self.nonEmpty(sourceHost) ?? Self.kubeletHost(reportingComponent, reportingInstance)
    let source: String
    if let component = Self.nonEmpty(sourceComponent) {
      source = component
    } else {
      source = reportingComponent ?? ""
    }
    let lastSeen = series?.lastObservedTime ?? lastTimestamp ?? eventTime ?? created
    var firstSeen = firstTimestamp ?? eventTime ?? created
    // What stands in for a missing firstTimestamp (the object's creation) may be later than the last time seen.
    if firstTimestamp == nil, let first = firstSeen, let lastSeen, first > lastSeen { firstSeen = lastSeen }
    storage = Storage(
      Fields(
        name: name, namespace: namespace, uid: uid, resourceVersion: resourceVersion, regarding: regarding,
        reason: reason ?? "", message: message ?? "", type: type ?? "Normal",
        count: max(1, series?.count ?? count ?? 1), firstSeen: firstSeen, lastSeen: lastSeen, source: source,
        host: host))
  }

  /// Normalises an events.k8s.io/v1 event: the same stored object as core/v1's, its fields renamed.
  public init(_ event: EventV1) {
    var core = Event(
      metadata: event.metadata, involvedObject: event.regarding, reason: event.reason, message: event.note,
      type: event.type, count: event.deprecatedCount, firstTimestamp: event.deprecatedFirstTimestamp,
      lastTimestamp: event.deprecatedLastTimestamp, eventTime: event.eventTime, series: event.series,
      source: event.deprecatedSource, reportingComponent: event.reportingController)
    core.reportingInstance = event.reportingInstance
    self.init(core)
  }

  /// Starts loading the fields of the event stored at `event` into the cache, for a reader that will get to it a
  /// few steps later. It takes where the event lies, not the event: a method called on the event retained its box
  /// first, an atomic write that waited for the very cache line the prefetch was to start loading.
  public static func prefetchFields(at event: UnsafePointer<ClusterEvent>) {
    let box = UInt(bitPattern: boxAddress(at: event))
    // The object (a header, the fields, then the text addresses that `prefetchText` reads) spans a few cache lines,
    // and need not start on one: every line it touches, from the first. The strings' bytes are elsewhere.
    for line in stride(from: box & ~63, to: box + UInt(Storage.size), by: 64) {
      lamp_prefetch(UnsafeRawPointer(bitPattern: line))
    }
  }

  /// Starts loading the bytes of the message and of the object's name and uid, the strings that a written event
  /// reads from memory of its own (others, such as reasons, kinds and node names, are shared). Reads the fields:
  /// call it a few steps after `prefetchFields`.
  public static func prefetchText(at event: UnsafePointer<ClusterEvent>) {
    let storage = Unmanaged<Storage>.fromOpaque(boxAddress(at: event))
    let (message, name, uid) = storage._withUnsafeGuaranteedRef { $0.textAddresses }
    if message != 0 { lamp_prefetch(UnsafeRawPointer(bitPattern: message)) }
    if name != 0 { lamp_prefetch(UnsafeRawPointer(bitPattern: name)) }
    if uid != 0 { lamp_prefetch(UnsafeRawPointer(bitPattern: uid)) }
  }

  /// The address of the box of the event stored at `event`, read without retaining the box: an event is nothing
  /// but the reference to its box (`ClusterEventPrefetchTests` checks the layout).
  static func boxAddress(at event: UnsafePointer<ClusterEvent>) -> UnsafeRawPointer {
    UnsafeRawPointer(event).load(as: UnsafeRawPointer.self)
  }

  /// Whether the event is a `Warning`.
  @inlinable public var isWarning: Bool { type == "Warning" }

  private static func nonEmpty(_ text: String?) -> String? {
    guard let text, !text.isEmpty else { return nil }
    return text
  }

  /// Only the kubelet's reporting instance is a node name; other controllers put a pod or host id there.
  private static func kubeletHost(_ component: String?, _ instance: String?) -> String? {
    component == "kubelet" ? nonEmpty(instance) : nil
  }
}
