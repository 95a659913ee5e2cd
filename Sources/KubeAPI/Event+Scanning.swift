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
