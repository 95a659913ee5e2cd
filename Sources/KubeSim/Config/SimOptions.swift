import Foundation

/// How to start a `KubeSim`.
public struct SimOptions: Sendable {
  public var scenario: SimScenario
  /// Manifest files or directories loaded after the scenario.
  public var statePaths: [String]
  /// 0 picks an ephemeral port.
  public var port: Int
  public var host: String
  /// Where to write the kubeconfig at start, if anywhere.
  public var kubeconfigOut: String?
  /// The simulated clock at start: ages and the demo's timestamps are relative to it.
  public var now: Date
  public var faults: SimFaults
  /// API groups not to serve (e.g. `events.k8s.io`, `karpenter.sh`), to test clients' fallbacks.
  public var hiddenGroups: Set<String>
  /// Called with one line per request when set (`lamp-sim --log`).
  public var requestLog: (@Sendable (String) -> Void)?
  /// Called, when set, with the permission each resource request is authorized against, written as `lamp rbac
  /// check` writes it (`list events.events.k8s.io`, `get pods/log`): what a client needs to make its requests.
  public var permissionLog: (@Sendable (String) -> Void)? = nil

  public init(
    scenario: SimScenario = .demo, statePaths: [String] = [], port: Int = 0, host: String = "127.0.0.1",
    kubeconfigOut: String? = nil, now: Date = Date(), faults: SimFaults = .none, hiddenGroups: Set<String> = [],
    requestLog: (@Sendable (String) -> Void)? = nil
  ) {
    self.scenario = scenario
    self.statePaths = statePaths
    self.port = port
    self.host = host
    self.kubeconfigOut = kubeconfigOut
    self.now = now
    self.faults = faults
    self.hiddenGroups = hiddenGroups
    self.requestLog = requestLog
  }
}
