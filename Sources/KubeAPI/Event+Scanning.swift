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
  /// An event of either API read straight from its list item into the core/v1 form `init(_: Event)` normalises,
  /// skipping the `EventV1` and its copy: tens of thousands of events are read per list. The two APIs spell some
  /// fields differently but never use one name for different things, so one reader serves both.
  public init(scanning value: JSONSlice) throws {
    var event = Event(metadata: ObjectMeta(name: ""))
    try value.forEachMember { key, value in
      switch key {
      case "metadata": event.metadata = try ObjectMeta(scanning: value)
      case "regarding", "involvedObject":
        event.involvedObject = try value.isNull ? nil : ObjectReference(scanning: value)
      case "reason": event.reason = try value.string()
      case "note", "message": event.message = try value.string()
      case "type": event.type = try value.string()
      case "deprecatedCount", "count": event.count = try value.int()
      case "deprecatedFirstTimestamp", "firstTimestamp": event.firstTimestamp = try value.date()
      case "deprecatedLastTimestamp", "lastTimestamp": event.lastTimestamp = try value.date()
      case "eventTime": event.eventTime = try value.date()
      case "series": event.series = try value.isNull ? nil : EventSeries(scanning: value)
      case "deprecatedSource", "source": event.source = try value.isNull ? nil : EventSource(scanning: value)
      case "reportingController", "reportingComponent": event.reportingComponent = try value.string()
      case "reportingInstance": event.reportingInstance = try value.string()
      default: break
      }
    }
    self.init(event)
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
