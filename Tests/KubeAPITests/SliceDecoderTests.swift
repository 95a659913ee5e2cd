import Foundation
import Testing

@testable import KubeAPI

@Suite("JSONSlice.decode: models read from scanned bytes exactly as JSONDecoder reads them")
struct SliceDecoderTests {
  static func both<T: Decodable & Equatable>(_ type: T.Type, _ json: String) throws -> (scanned: T, decoded: T) {
    let data = Data(json.utf8)
    return (try JSONSlice.decode(type, from: data), try KubeJSON.decoder().decode(type, from: data))
  }

  @Test("a pod: optional members, nested objects and arrays, times, quantities and maps")
  func pod() throws {
    let json = """
      {"apiVersion":"v1","kind":"Pod","metadata":{"name":"web-1","namespace":"shop","uid":"u-1",
      "creationTimestamp":"2026-11-20T10:00:00Z","labels":{"app":"web","tier":"front"},
      "ownerReferences":[{"apiVersion":"apps/v1","kind":"ReplicaSet","name":"web","uid":"rs-1","controller":true}]},
      "spec":{"nodeName":null,"nodeSelector":{"kubernetes.io/arch":"arm64"},
      "tolerations":[{"key":"CriticalAddonsOnly","operator":"Exists","tolerationSeconds":300}],
      "containers":[{"name":"web","image":"nginx","resources":{"requests":{"cpu":"250m","memory":"64Mi"},
      "limits":{"cpu":2}},"env":[{"name":"A","valueFrom":{"secretKeyRef":{"name":"s","key":"k"}}}]}],
      "affinity":{"podAntiAffinity":{"requiredDuringSchedulingIgnoredDuringExecution":[{"topologyKey":"zone"}]}},
      "volumes":[{"name":"data","persistentVolumeClaim":{"claimName":"data-web-1"}}]},
      "status":{"phase":"Pending","conditions":[{"type":"PodScheduled","status":"False","reason":"Unschedulable",
      "message":"0/3 nodes are available","lastTransitionTime":"2026-11-20T10:00:01Z"}],
      "containerStatuses":[{"name":"web","ready":false,"restartCount":4,"state":{"waiting":{"reason":"CrashLoopBackOff"}},
      "lastState":{"terminated":{"exitCode":137,"reason":"OOMKilled","finishedAt":"2026-11-20T09:59:00.5Z"}}}]}}
      """
    let (scanned, decoded) = try Self.both(Pod.self, json)
    #expect(scanned == decoded)
    #expect(
      scanned.spec?.containers?.first?.resources?.requests?["cpu"]
        == decoded.spec?.containers?.first?.resources?.requests?["cpu"])
    #expect(scanned.status?.containerStatuses?.first?.lastState?.terminated?.exitCode == 137)
  }

  @Test("any JSON as JSONValue: numbers, booleans, null, nesting, escapes")
  func jsonValue() throws {
    let json = #"{"a":1,"b":-2.5,"c":true,"d":false,"e":null,"f":[1,"two",{"g":[]}],"h":"say \"hi\"\n","i":{},"j":1e3}"#
    let (scanned, decoded) = try Self.both(JSONValue.self, json)
    #expect(scanned == decoded)
  }

  @Test("a secret's data is base64, as JSONDecoder reads Data")
  func secretData() throws {
    let json = #"{"metadata":{"name":"s"},"type":"Opaque","data":{"k":"aGVsbG8=","empty":""}}"#
    let (scanned, decoded) = try Self.both(Secret.self, json)
    #expect(scanned == decoded)
    #expect(scanned.data?["k"] == Data("hello".utf8))
  }

  @Test("a repeated member: the first one counts, as in JSONDecoder")
  func repeatedMember() throws {
    let (scanned, decoded) = try Self.both(ObjectMeta.self, #"{"name":"first","name":"second"}"#)
    #expect(scanned == decoded)
    #expect(scanned.name == "first")
  }

  @Test("what JSONDecoder rejects, scanning rejects too: wrong types, bad literals, bad times, bad base64")
  func rejects() throws {
    let bad = [
      #"{"metadata":{"name":5}}"#,
      #"{"metadata":{"name":"x","generation":"7"}}"#,
      #"{"metadata":{"name":"x","generation":1.5}}"#,
      #"{"metadata":{"name":"x","creationTimestamp":"yesterday"}}"#,
      #"{"metadata":{"name":"x"},"status":{"containerStatuses":[{"name":"c","ready":tru}]}}"#,
      #"{"metadata":{"name":"x"},"status":{"containerStatuses":[{"name":"c","ready":nul}]}}"#,
      #"{"metadata":{"name":"x"},"spec":{"containers":[{"name":"c","resources":{"requests":{"cpu":"lots"}}}]}}"#,
      #"{"metadata":{"name":"x"},"spec":{"containers":{"name":"c"}}}"#,
    ]
    for json in bad {
      #expect(throws: (any Error).self, "\(json)") { try JSONSlice.decode(Pod.self, from: Data(json.utf8)) }
      #expect(throws: (any Error).self, "\(json)") { try KubeJSON.decoder().decode(Pod.self, from: Data(json.utf8)) }
    }
    #expect(throws: (any Error).self) {
      try JSONSlice.decode(Secret.self, from: Data(#"{"metadata":{"name":"s"},"data":{"k":"%%%"}}"#.utf8))
    }
    #expect(throws: (any Error).self) { try JSONSlice.decode(Int.self, from: Data("nan".utf8)) }
    #expect(throws: (any Error).self) { try JSONSlice.decode(Double.self, from: Data("nan".utf8)) }
  }

  @Test("numbers of every width, checked for range")
  func numbers() throws {
    #expect(try JSONSlice.decode([Int8].self, from: Data("[-128,127]".utf8)) == [-128, 127])
    #expect(throws: (any Error).self) { try JSONSlice.decode([Int8].self, from: Data("[128]".utf8)) }
    #expect(throws: (any Error).self) { try JSONSlice.decode([UInt].self, from: Data("[-1]".utf8)) }
    #expect(try JSONSlice.decode([Double].self, from: Data("[0.5,-2,1e-3,4E2]".utf8)) == [0.5, -2, 0.001, 400])
    #expect(try JSONSlice.decode([Float].self, from: Data("[0.25]".utf8)) == [0.25])
    #expect(try JSONSlice.decode([Int?].self, from: Data("[1,null,3]".utf8)) == [1, nil, 3])
    #expect(try JSONSlice.decode([Int].self, from: Data("[1e3,2.0]".utf8)) == [1000, 2])
    #expect(throws: (any Error).self) { try JSONSlice.decode([Int].self, from: Data("[2.5]".utf8)) }
    #expect(throws: (any Error).self) { try JSONSlice.decode([Int].self, from: Data("[+2]".utf8)) }
  }
}
