#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

// Nodes read from scanned list pages: the same fields as their `Decodable` forms. A node the scanner does not
// expect (a quantity written as a JSON number, a missing required field) throws, and the page is decoded with
// `JSONDecoder`, which then reports what is wrong.

extension Node: ScannableListItem {
  public init(scanning value: JSONSlice) throws {
    let parts = try value.objectParts(spec: Spec.init(scanning:), status: Status.init(scanning:))
    self.init(metadata: parts.metadata, spec: parts.spec, status: parts.status)
  }
}

extension Node.Spec {
  init(scanning value: JSONSlice) throws {
    self.init()
    try value.forEachMember { key, value in
      switch key {
      case "taints": taints = try value.array(Taint.init(scanning:))
      case "unschedulable": unschedulable = try value.bool()
      case "providerID": providerID = try value.string()
      default: break
      }
    }
  }
}

extension Node.Status {
  init(scanning value: JSONSlice) throws {
    self.init()
    try value.forEachMember { key, value in
      switch key {
      case "capacity": capacity = try value.quantityMap()
      case "allocatable": allocatable = try value.quantityMap()
      case "conditions": conditions = try value.array(StatusCondition.init(scanning:))
      default: break
      }
    }
  }
}

extension Taint {
  init(scanning value: JSONSlice) throws {
    var key: String?
    var taintValue: String?
    var effect: String?
    try value.forEachMember { name, value in
      switch name {
      case "key": key = try value.string()
      case "value": taintValue = try value.string()
      case "effect": effect = try value.string()
      default: break
      }
    }
    guard let key, let effect else { throw JSONSlice.Malformed() }
    self.init(key: key, value: taintValue, effect: effect)
  }
}

extension StatusCondition {
  init(scanning value: JSONSlice) throws {
    var type: String?
    var status: String?
    var reason: String?
    var message: String?
    var lastTransitionTime: Date?
    try value.forEachMember { key, value in
      switch key {
      case "type": type = try value.string()
      case "status": status = try value.string()
      case "reason": reason = try value.string()
      case "message": message = try value.string()
      case "lastTransitionTime": lastTransitionTime = try value.date()
      default: break
      }
    }
    guard let type, let status else { throw JSONSlice.Malformed() }
    self.init(type: type, status: status, reason: reason, message: message, lastTransitionTime: lastTransitionTime)
  }
}
