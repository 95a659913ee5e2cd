import Foundation
import KubeAPI

/// The built-in demo cluster: a small EKS-like cluster with Karpenter and KEDA in which every problem lamp is meant
/// to reveal is present (see Resources/demo for the data and its comments).
public enum DemoScenario {
  /// The instant the demo data was written for (2026-11-20T12:00:00Z); ages are kept relative to it.
  public static let referenceNow = Date(timeIntervalSince1970: 1_795_176_000)

  /// Every object of the demo, with all timestamps moved so that `now` plays the part of `referenceNow`.
  public static func objects(now: Date) throws(ScenarioError) -> [JSONValue] {
    let offset = now.timeIntervalSince(referenceNow)
    let shift = ScenarioTimeShift(offsetNanoseconds: Int64((offset * 1_000_000).rounded()) * 1000)
    let data = try DemoData.objects(in: DemoData.directory()).map { shift.shiftedHelmLabels(shift.shifted($0)) }
    return data + (try DemoCredentials(now: now).objects(alongside: data))
  }
}
