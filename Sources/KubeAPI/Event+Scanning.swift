import Foundation

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
  /// An event of either API read straight from its list item, without building its `EventV1` or `Event` and their
  /// `ObjectMeta` first: tens of thousands of events are read per list, and only the fields shown are kept. The
  /// two APIs spell some fields differently but never use one name for different things, so one reader serves
  /// both.
  public init(scanning value: JSONSlice) throws {
    var wire = Wire()
    try value.forEachMember { key, value in
      switch key {
      case "metadata": try wire.readMetadata(value)
      case "regarding", "involvedObject": wire.regarding = try value.isNull ? nil : ObjectReference(scanning: value)
      case "reason": wire.reason = try value.string()
      case "note", "message": wire.message = try value.string()
      case "type": wire.type = try value.string()
      case "deprecatedCount", "count": wire.count = try value.int()
      case "deprecatedFirstTimestamp", "firstTimestamp": wire.firstTimestamp = try value.date()
      case "deprecatedLastTimestamp", "lastTimestamp": wire.lastTimestamp = try value.date()
      case "eventTime": wire.eventTime = try value.date()
      case "series": wire.series = try value.isNull ? nil : EventSeries(scanning: value)
      case "deprecatedSource", "source": wire.source = try value.isNull ? nil : EventSource(scanning: value)
      case "reportingController", "reportingComponent": wire.reportingController = try value.string()
      case "reportingInstance": wire.reportingInstance = try value.string()
      default: break
      }
    }
    self.init(wire)
  }
}

extension ClusterEvent.Wire {
  /// The metadata fields an event shows, as `ObjectMeta(scanning:)` reads them.
  mutating func readMetadata(_ value: JSONSlice) throws {
    try value.forEachMember { key, value in
      switch key {
      case "name": name = try value.uniqueString() ?? ""
      case "namespace": namespace = try value.string()
      case "uid": uid = try value.uniqueString()
      case "resourceVersion": resourceVersion = try value.string()
      case "creationTimestamp": creationTimestamp = try value.date()
      default: break
      }
    }
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
