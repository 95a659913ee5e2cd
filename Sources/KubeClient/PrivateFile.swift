#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Files lamp writes for the user alone (caches, history): 0600 files in 0700 directories, replaced atomically.
public enum PrivateFile {
  /// Writes `data` to `path` through a temporary file and a rename, so readers never see half a file.
  public static func write(_ data: Data, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent().path
    try createDirectory(directory)
    let temporary = directory + "/.\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw PrivateFileError(path: temporary, errno: errno) }
    var ok = true
    data.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = pwrite(fd, buffer.baseAddress! + offset, buffer.count - offset, off_t(offset))
        if written <= 0 {
          ok = false
          return
        }
        offset += written
      }
    }
    let saved = errno
    if ok { ok = fsync(fd) == 0 }
    close(fd)
    guard ok else {
      unlink(temporary)
      throw PrivateFileError(path: path, errno: saved)
    }
    guard rename(temporary, path) == 0 else {
      let error = PrivateFileError(path: path, errno: errno)
      unlink(temporary)
      throw error
    }
  }

  /// Creates a directory (and parents) with mode 0700.
  public static func createDirectory(_ path: String) throws {
    var status = stat()
    if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR { return }
    do {
      try FileManager.default.createDirectory(
        atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    } catch {
      throw PrivateFileError(path: path, errno: EACCES)
    }
  }
}

/// A file lamp could not write; names the file.
public struct PrivateFileError: Error, CustomStringConvertible, Sendable {
  public var path: String
  public var errno: Int32
  public var description: String { "cannot write \(path): \(String(cString: strerror(errno)))" }
}
