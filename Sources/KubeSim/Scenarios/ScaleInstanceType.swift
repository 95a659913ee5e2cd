/// An EC2 instance type with the numbers a Node and a NodeClaim report for it.
struct ScaleInstanceType {
  var name: String
  var cpu: Int
  var memoryMiB: Int
  var maxPods: Int
  var manufacturer: String

  static let all = [
    ScaleInstanceType(name: "m6i.xlarge", cpu: 4, memoryMiB: 16_384, maxPods: 58, manufacturer: "intel"),
    ScaleInstanceType(name: "m6i.2xlarge", cpu: 8, memoryMiB: 32_768, maxPods: 58, manufacturer: "intel"),
    ScaleInstanceType(name: "c6i.2xlarge", cpu: 8, memoryMiB: 16_384, maxPods: 58, manufacturer: "intel"),
    ScaleInstanceType(name: "r6i.xlarge", cpu: 4, memoryMiB: 32_768, maxPods: 58, manufacturer: "intel"),
    ScaleInstanceType(name: "m5a.2xlarge", cpu: 8, memoryMiB: 32_768, maxPods: 58, manufacturer: "amd"),
    ScaleInstanceType(name: "c6a.4xlarge", cpu: 16, memoryMiB: 32_768, maxPods: 234, manufacturer: "amd"),
  ]

  var family: String { String(name.prefix { $0 != "." }) }
  var size: String { String(name.drop { $0 != "." }.dropFirst()) }
  var category: String { String(name.prefix(1)) }
  var generation: String { String(name.dropFirst().prefix(1)) }

  /// Memory the kubelet reports as capacity (a little under the nominal size), in KiB.
  var capacityKiB: Int { memoryMiB * 970 }

  /// The EKS AMI's allocatable memory: capacity minus kube-reserved (11 MiB per pod + 255 MiB) and eviction (100 MiB).
  var allocatableKiB: Int { capacityKiB - (255 + 11 * maxPods + 100) * 1024 }

  /// The EKS AMI's allocatable CPU: 6% of the first core, 1% of the second, 0.5% of the next two, 0.25% beyond.
  var allocatableMilliCPU: Int {
    let reserved = 60 + (cpu > 1 ? 10 : 0) + min(max(cpu - 2, 0), 2) * 5 + max(cpu - 4, 0) * 5 / 2
    return cpu * 1000 - reserved
  }
}
