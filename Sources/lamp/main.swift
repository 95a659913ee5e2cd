import LampCommands

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

// Only wiring here: everything else lives in LampCommands so tests can run commands in-process.

// On Linux the executable links tcmalloc (Package.swift), so every malloc goes to it, libcurl's and OpenSSL's too.
// Decoding a large list makes hundreds of thousands of small blocks on the decoding threads, and glibc grew each
// thread's arena a page at a time (12,000 mprotect calls for `lamp events -A -o json` of 50,000 events). With
// tcmalloc that run takes about 10% less CPU and `map`, `karpenter` and `keda` 11-17% less time; peak memory is
// 5 MiB higher from the start, and a third higher for `map`, whose graph holds the most blocks (bench/README.md).

let arguments = Array(CommandLine.arguments.dropFirst())
let environment = LampEnvironment.process()
let code: Int32
if Invocation.isCompletionHelper(CommandLine.arguments.first ?? "") {
  code = await KubectlCompletion.run(arguments, environment: environment)
} else {
  code = await LampCLI.run(arguments, environment: environment)
}
// `_exit`, not `exit`: exit runs the libraries' exit handlers, and OpenSSL's frees its global state while the
// transport's thread may still be closing its connections through it. That race crashed about one run in a few
// hundred of `lamp events -A` (a segfault in pthread_rwlock_unlock, or tcmalloc finding its free lists broken),
// after the output was written. Output goes straight to the descriptors; C's own streams are flushed here.
fflush(nil)
_exit(code)
