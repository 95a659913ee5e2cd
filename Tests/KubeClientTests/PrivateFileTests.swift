import Foundation
import KubeClient
import Testing

@Suite("files for the user alone: 0600 in 0700 directories, replaced whole")
struct PrivateFileTests {
  @Test func writesThroughATemporaryFileAndARename() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("lamp-private-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let path = root.appendingPathComponent("cache/lamp/history.json").path
    try PrivateFile.write(Data("first".utf8), to: path)
    try PrivateFile.write(Data("second".utf8), to: path)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "second")
    let file = try FileManager.default.attributesOfItem(atPath: path)
    #expect((file[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    let directory = try FileManager.default.attributesOfItem(atPath: root.appendingPathComponent("cache/lamp").path)
    #expect((directory[.posixPermissions] as? NSNumber)?.intValue == 0o700)
    let left = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("cache/lamp").path)
    #expect(left == ["history.json"], "no temporary file is left behind")
  }

  @Test func namesTheFileItCannotWrite() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("lamp-private-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    try FileManager.default.createDirectory(at: root.appendingPathComponent("taken"), withIntermediateDirectories: true)
    #expect(throws: PrivateFileError.self) {
      try PrivateFile.write(Data(), to: root.appendingPathComponent("taken").path)
    }
  }
}
