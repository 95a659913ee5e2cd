import Foundation
import Testing

/// Golden files: compares text with `Tests/<Target>/Golden/<name>`; `LAMP_RECORD=1` rewrites the file instead.
public enum Golden {
  public static func assert(
    _ actual: String, named name: String, sourceFile: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let url = goldenURL(named: name, sourceFile: sourceFile)
    if ProcessInfo.processInfo.environment["LAMP_RECORD"] == "1" {
      do {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(actual.utf8).write(to: url)
      } catch {
        Issue.record("cannot record golden file \(url.path): \(error)", sourceLocation: sourceLocation)
      }
      return
    }
    let expected: String
    do {
      expected = try String(contentsOf: url, encoding: .utf8)
    } catch {
      Issue.record(
        "missing golden file \(url.path) (run with LAMP_RECORD=1 to create it)", sourceLocation: sourceLocation)
      return
    }
    if expected != actual {
      let diff = "--- expected\n\(expected)\n--- actual\n\(actual)"
      Issue.record(
        "output differs from golden file \(url.path) (LAMP_RECORD=1 rewrites it)\n\(diff)",
        sourceLocation: sourceLocation)
    }
  }

  /// `Tests/<Target>/Golden/<name>` for a test source file `Tests/<Target>/.../File.swift`.
  static func goldenURL(named name: String, sourceFile: String) -> URL {
    var components = URL(fileURLWithPath: sourceFile).pathComponents
    if let testsIndex = components.lastIndex(of: "Tests"), testsIndex + 1 < components.count {
      components = Array(components[...(testsIndex + 1)])
    } else {
      components.removeLast()
    }
    return URL(fileURLWithPath: components.joined(separator: "/").replacingOccurrences(of: "//", with: "/"))
      .appendingPathComponent("Golden").appendingPathComponent(name)
  }
}
