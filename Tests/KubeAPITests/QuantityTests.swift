import Foundation
import Testing

@testable import KubeAPI

@Suite struct QuantityTests {
  /// Input and the text kube-apiserver writes back for it.
  @Test(arguments: [
    ("100m", "100m"), ("1", "1"), ("1.5", "1500m"), ("2e3", "2e3"), ("1E-3", "1E-3"), ("5Ki", "5Ki"),
    ("1.5Gi", "1536Mi"), ("2M", "2M"), ("128974848", "128974848"), ("129e6", "129e6"), ("123Mi", "123Mi"),
    ("0.5", "500m"), ("+1", "+1"), ("-1", "-1"), ("1n", "1n"), ("1u", "1u"), ("1k", "1k"), ("1Pi", "1Pi"),
    ("1Ei", "1Ei"), ("1.5n", "2n"), ("0.1m", "100u"), ("1000m", "1"), ("1024Ki", "1Mi"), ("1536Mi", "1536Mi"),
    ("0.5Ki", "512"), ("8Ei", "9223372036854775807"), ("1.5e3", "1500"), ("1e-10", "1e-9"), ("0.001", "1m"),
    ("0", "0"), ("0m", "0"), ("-0", "0"), ("-1.5", "-1500m"), ("1.500", "1.500"), ("14883224Ki", "14883224Ki"),
    ("7910m", "7910m"), ("18181869978", "18181869978"), ("1T", "1T"), ("3P", "3P"), ("2E", "2E"),
  ])
  func writesLikeKubernetes(input: String, expected: String) throws {
    #expect(try Quantity(parsing: input).description == expected)
  }

  @Test(arguments: [
    ("+1", "1"), ("1E-3", "1e-3"), ("1.500", "1500m"), ("0100m", "100m"), ("2e3", "2e3"), ("1000k", "1M"),
  ])
  func canonicalFormIgnoresHowItWasWritten(input: String, expected: String) throws {
    #expect(try Quantity(parsing: input).canonical == expected)
  }

  @Test(arguments: [
    ("", QuantityError.formatWrong), ("abc", .formatWrong), ("1.2.3", .formatWrong), ("1 ", .formatWrong),
    ("1K", .suffix), ("1e", .suffix), ("1Mi2", .suffix), ("--1", .suffix), ("1e1000000", .outOfRange),
  ])
  func refusesInvalidText(input: String, error: QuantityError) {
    #expect(throws: error) { try Quantity(parsing: input) }
  }

  @Test("the byte reader of plain quantities agrees with the general scan, and leaves everything else to it")
  func plainForms() throws {
    let suffixes = [
      "", "n", "u", "m", "k", "M", "G", "T", "P", "E", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei",
      "i", "K", "KI", "mi", "e3", "E-3", "Ki2", "Mi ", "µ", "kk",
    ]
    var numbers = ["1", "7", "8", "10", "100", "1000", "1024", "7910", "999999999999999999", "9223372036854775807"]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for length in 1...19 {
      for _ in 0..<6 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        var digits = String(state % 9 + 1)
        for position in 1..<length { digits += String((state >> UInt64(position * 3 % 60)) % 10) }
        numbers.append(digits)
        numbers.append(String(digits.prefix(max(1, length - 3))) + "000")
      }
    }
    var plainCount = 0
    for number in numbers {
      for suffix in suffixes {
        let text = number + suffix
        guard let plain = QuantityParser.plain(text) else { continue }
        plainCount += 1
        let scanned = try QuantityParser.scanned(text)
        #expect(plain.nanos == scanned.nanos, "\(text)")
        #expect(plain.format == scanned.format, "\(text)")
        #expect(plain.text == scanned.text, "\(text)")
      }
    }
    #expect(plainCount > 1_500)
    for text in ["7910m", "14875648Ki", "58", "18181869978", "100Mi", "2Gi", "500m"] {
      #expect(QuantityParser.plain(text) != nil, "\(text)")
    }
    for text in ["0", "0m", "0100m", "+1", "-1", ".5", "1.5", "2e3", "1e-3", "", "1Ki ", "1K", "5\0", "5\0m", "5m\0"] {
      #expect(QuantityParser.plain(text) == nil, "\(text)")
    }
  }

  @Test func errorMessageIsKubernetes() {
    #expect(
      QuantityError.formatWrong.description
        == "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'")
  }

  @Test func arithmeticIsExact() throws {
    let sum = try Quantity(parsing: "1500m") + Quantity(parsing: "500m")
    #expect(sum.description == "2")
    #expect(sum == (try Quantity(parsing: "2")))
    #expect(try Quantity(parsing: "1.5Gi") == Quantity(parsing: "1536Mi"))
    #expect(try Quantity(parsing: "2e3") == Quantity(parsing: "2k"))
    #expect(try Quantity(parsing: "0.1") + Quantity(parsing: "0.2") == Quantity(parsing: "300m"))
    #expect(try (Quantity(parsing: "1") - Quantity(parsing: "1500m")).description == "-500m")
    #expect(try (Quantity(parsing: "1Gi") * 3).description == "3Gi")
    #expect(
      try [Quantity(parsing: "100m"), Quantity(parsing: "200m"), Quantity(parsing: "0.7")].sum().description == "1")
    #expect(try (Quantity.zero + Quantity(parsing: "1Gi")).description == "1Gi")
    #expect(try -Quantity(parsing: "2Ki") == Quantity(parsing: "-2048"))
    #expect(try Quantity(parsing: "999m") < Quantity(parsing: "1"))
    #expect(try Quantity(parsing: "1Ki") > Quantity(parsing: "1k"))
  }

  @Test func conversions() throws {
    let cpu = try Quantity(parsing: "1.5")
    #expect(cpu.milliValue == 1500)
    #expect(cpu.value == 2)
    #expect(try Quantity(parsing: "-1.5").value == -2)
    #expect(try Quantity(parsing: "1n").milliValue == 1)
    #expect(try Quantity(parsing: "1.5Gi").value == 1_610_612_736)
    #expect(try Quantity(parsing: "500m").ratio(of: Quantity(parsing: "2")) == 0.25)
    #expect(try Quantity(parsing: "1Gi").ratio(of: .zero) == 0)
    #expect(Quantity(integer: 3).description == "3")
    #expect(Quantity(milli: 250).description == "250m")
    #expect(Quantity(integer: 2048, format: .binarySI).description == "2Ki")
    #expect(try Quantity(parsing: "1Ki").format == .binarySI)
    #expect(try Quantity(parsing: "2e3").format == .decimalExponent)
  }

  @Test(arguments: [
    ("1536Mi", "1.5Gi"), ("14883224Ki", "14.2Gi"), ("512", "512"), ("2Gi", "2Gi"), ("1048575Ki", "1Gi"),
    ("1k", "1000"), ("100Ti", "100Ti"), ("1.5", "2"),
  ])
  func formatsBytes(input: String, expected: String) throws {
    #expect(try Quantity(parsing: input).formattedBytes == expected)
  }

  @Test(arguments: [("1500m", "1500m"), ("2", "2"), ("0.1", "100m"), ("1n", "1m"), ("7910m", "7910m")])
  func formatsCPU(input: String, expected: String) throws {
    #expect(try Quantity(parsing: input).formattedCPU == expected)
  }

  @Test func codableFromStringsAndNumbers() throws {
    struct Resources: Codable { var cpu: Quantity; var memory: Quantity; var pods: Quantity; var ratio: Quantity }
    let json = #"{"cpu":"1.5","memory":" 1Gi ","pods":110,"ratio":0.25}"#
    let decoded = try JSONDecoder().decode(Resources.self, from: Data(json.utf8))
    #expect(decoded.cpu.description == "1500m")
    #expect(decoded.memory.description == "1Gi")
    #expect(decoded.pods.description == "110")
    #expect(decoded.ratio.description == "250m")
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let encoded = String(decoding: try encoder.encode(decoded), as: UTF8.self)
    #expect(encoded == #"{"cpu":"1500m","memory":"1Gi","pods":"110","ratio":"250m"}"#)
    let numbers = try JSONDecoder().decode([Quantity].self, from: Data("[9223372036854775807, 1e-05, 0.1]".utf8))
    #expect(numbers.map(\.description) == ["9223372036854775807", "10u", "100m"])
    // Scanned the same way, numbers and surrounding whitespace included.
    let scanned = try JSONSlice.decode(
      [Quantity].self, from: Data(#"[9223372036854775807, 1e-05, 0.1, " 1Gi\n", "\t2"]"#.utf8))
    #expect(scanned.map(\.description) == ["9223372036854775807", "10u", "100m", "1Gi", "2"])
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(Resources.self, from: Data(#"{"cpu":"x","memory":"1","pods":1,"ratio":1}"#.utf8))
    }
  }
}
