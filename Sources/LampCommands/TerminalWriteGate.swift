import AskFeature
import ByteScanning

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

#if canImport(Glibc)
  import Glibc
#endif

/// `lamp ask`'s write policy: `--read-only` refuses every write; `--yes` sends them after printing them;
/// otherwise each write is shown on the terminal (`/dev/tty`, or `LAMP_TTY`) and sent only after `y`. Without a
/// terminal, writes are refused.
struct TerminalWriteGate: WriteGate {
  var readOnly: Bool
  var yes: Bool
  var ttyPath: String
  var stderr: OutputSink

  func refusal(for request: PlannedRequest) async -> String? {
    if readOnly { return "lamp ask runs with --read-only" }
    if yes {
      stderr.write("lamp: sending (--yes):\n\(request.display)\n")
      return nil
    }
    let descriptor = open(ttyPath, O_RDWR | O_NOCTTY)
    guard descriptor >= 0 else {
      return "there is no terminal to confirm on (give --yes to allow writes without asking)"
    }
    defer { close(descriptor) }
    let prompt = "lamp wants to send this request:\n\(request.display)\nSend it? [y/N] "
    let bytes = Array(prompt.utf8)
    guard bytes.withUnsafeBytes({ write(descriptor, $0.baseAddress, $0.count) }) == bytes.count else {
      return "the terminal could not be written to"
    }
    let answer = Self.readLine(descriptor).trimmingSpaces().lowercased()
    return answer == "y" || answer == "yes" ? nil : "the user declined"
  }

  /// One line from the terminal (up to 256 bytes), without its newline.
  static func readLine(_ descriptor: Int32) -> String {
    var line: [UInt8] = []
    var byte: UInt8 = 0
    while line.count < 256, read(descriptor, &byte, 1) == 1, byte != 0x0A { line.append(byte) }
    return String(decoding: line, as: UTF8.self).trimming { $0 == "\r" }
  }
}
