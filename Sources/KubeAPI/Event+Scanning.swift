#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

// Events read from scanned list pages: the same fields as their `Decodable` forms.

extension EventV1: ScannableListItem {
  public init(scanning value: JSONSlice) throws {
    self.init(metadata: ObjectMeta(name: ""))
    try value.forEachMember { key, value in
      switch key {
      case "metadata": metadata = try ObjectMeta(scanning: value)
      case "regarding" where !value.isNull: regarding = try ObjectReference(scanning: value)
      case "reason": reason = try value.string()
      case "note": note = try value.string()
      case "type": type = try value.string()
      case "deprecatedCount": deprecatedCount = try value.int()
      case "deprecatedFirstTimestamp": deprecatedFirstTimestamp = try value.date()
      case "deprecatedLastTimestamp": deprecatedLastTimestamp = try value.date()
      case "eventTime": eventTime = try value.date()
      case "series" where !value.isNull: series = try EventSeries(scanning: value)
      case "deprecatedSource" where !value.isNull: deprecatedSource = try EventSource(scanning: value)
      case "reportingController": reportingController = try value.string()
      case "reportingInstance": reportingInstance = try value.string()
      case "action": action = try value.string()
      default: break
      }
    }
  }
}

extension Event: ScannableListItem {
  public init(scanning value: JSONSlice) throws {
    self.init(metadata: ObjectMeta(name: ""))
    try value.forEachMember { key, value in
      switch key {
      case "metadata": metadata = try ObjectMeta(scanning: value)
      case "involvedObject" where !value.isNull: involvedObject = try ObjectReference(scanning: value)
      case "reason": reason = try value.string()
      case "message": message = try value.string()
      case "type": type = try value.string()
      case "count": count = try value.int()
      case "firstTimestamp": firstTimestamp = try value.date()
      case "lastTimestamp": lastTimestamp = try value.date()
      case "eventTime": eventTime = try value.date()
      case "series" where !value.isNull: series = try EventSeries(scanning: value)
      case "source" where !value.isNull: source = try EventSource(scanning: value)
      case "reportingComponent": reportingComponent = try value.string()
      case "reportingInstance": reportingInstance = try value.string()
      case "action": action = try value.string()
      default: break
      }
    }
  }
}

extension ClusterEvent {
  /// An event of either API read straight from its list item into its display fields, with no `Event` or
  /// `EventV1` in between: tens of thousands of events are read per list, and building, copying and destroying
  /// the intermediate models (`ObjectMeta` included) took a quarter of the reading. The two APIs spell some
  /// fields differently but never use one name for different things, so one reader serves both.
  ///
  /// Without `identity`, the event's own name, uid and resourceVersion are left empty: no report shows or orders
  /// by them, and they were two strings to build and keep for each event (a watch needs them to tell events apart).
  public init(scanning value: JSONSlice, identity: Bool = true) throws {
    var name = ""
    var namespace: String?
    var uid: String?
    var resourceVersion: String?
    var created: Date?
    // Read once the members are walked, into a constant moved into the event: read from the closure into a
    // variable, the reference was copied out of it, a retain and a release of each of its strings.
    var regardingValue: JSONSlice?
    var reason: String?
    var message: String?
    var type: String?
    var count: Int?
    var firstTimestamp: Date?
    var lastTimestamp: Date?
    var eventTime: Date?
    var series: EventSeries?
    var sourceComponent: String?
    var sourceHost: String?
    var reportingComponent: String?
    var reportingInstance: String?
    try value.forEachMember { key, value in
      switch key {
      case "metadata":
        // The few metadata fields an event needs, not an `ObjectMeta` to copy them from.
        try value.forEachMember { key, value in
          switch key {
          case "name" where identity: name = try value.uniqueString() ?? ""
          case "namespace": namespace = try value.string()
          case "uid" where identity: uid = try value.uniqueString()
          case "resourceVersion" where identity: resourceVersion = try value.string()
          case "creationTimestamp": created = try value.date()
          default: break
          }
        }
      case "regarding", "involvedObject": regardingValue = value
      case "reason": reason = try value.string()
      case "note", "message": message = try value.string()
      case "type": type = try value.string()
      case "deprecatedCount", "count": count = try value.int()
      case "deprecatedFirstTimestamp", "firstTimestamp": firstTimestamp = try value.date()
      case "deprecatedLastTimestamp", "lastTimestamp": lastTimestamp = try value.date()
      case "eventTime": eventTime = try value.date()
      case "series": series = try value.isNull ? nil : EventSeries(scanning: value)
      case "deprecatedSource", "source":
        // Its two fields read in place, without an `EventSource` to copy them from.
        guard !value.isNull else { break }
        try value.forEachMember { key, value in
          switch key {
          case "component": sourceComponent = try value.string()
          case "host": sourceHost = try value.string()
          default: break
          }
        }
      case "reportingController", "reportingComponent": reportingComponent = try value.string()
      case "reportingInstance": reportingInstance = try value.string()
      default: break
      }
    }
    let regarding =
      try regardingValue.flatMap { $0.isNull ? nil : try ObjectReference.scanned($0) } ?? ObjectReference()
    self.init(
      name: consume name, namespace: consume namespace, uid: consume uid, resourceVersion: consume resourceVersion,
      created: created, regarding: regarding, reason: consume reason, message: consume message,
      type: consume type, count: count, firstTimestamp: firstTimestamp, lastTimestamp: lastTimestamp,
      eventTime: eventTime, series: series, sourceComponent: consume sourceComponent, sourceHost: consume sourceHost,
      reportingComponent: consume reportingComponent, reportingInstance: consume reportingInstance)
  }
}

extension EventSeries {
  init(scanning value: JSONSlice) throws {
    self.init()
    try value.forEachMember { key, value in
      switch key {
      case "count": count = try value.int()
      case "lastObservedTime": lastObservedTime = try value.date()
      default: break
      }
    }
  }
}

extension EventSource {
  init(scanning value: JSONSlice) throws {
    self.init()
    try value.forEachMember { key, value in
      switch key {
      case "component": component = try value.string()
      case "host": host = try value.string()
      default: break
      }
    }
  }
}
