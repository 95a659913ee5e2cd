import Foundation

/// Writes the simulator's kubeconfig (YAML) and the exec-credential plugin script next to it.
struct KubeconfigWriter: Sendable {
  static let execScriptName = "lamp-sim-exec-credential"

  var server: URL
  var caPEM: String
  var credentials: SimCredentials

  /// The kubeconfig text; contexts `admin` (current), `viewer`, `serviceaccount`, `exec`, `no-pods-proxy`.
  func yaml() -> String {
    let ca = Data(caPEM.utf8).base64EncodedString()
    let cert = Data(credentials.admin.certificatePEM.utf8).base64EncodedString()
    let key = Data(credentials.admin.privateKeyPEM.utf8).base64EncodedString()
    return """
      apiVersion: v1
      kind: Config
      preferences: {}
      current-context: admin
      clusters:
      - name: lamp-sim
        cluster:
          server: \(server.absoluteString)
          certificate-authority-data: \(ca)
      contexts:
      - name: admin
        context:
          cluster: lamp-sim
          user: admin
          namespace: default
      - name: exec
        context:
          cluster: lamp-sim
          user: exec
          namespace: default
      - name: no-pods-proxy
        context:
          cluster: lamp-sim
          user: no-pods-proxy
          namespace: default
      - name: serviceaccount
        context:
          cluster: lamp-sim
          user: serviceaccount
          namespace: default
      - name: viewer
        context:
          cluster: lamp-sim
          user: viewer
          namespace: default
      users:
      - name: admin
        user:
          client-certificate-data: \(cert)
          client-key-data: \(key)
      - name: exec
        user:
          exec:
            apiVersion: client.authentication.k8s.io/v1
            command: ./\(Self.execScriptName)
            interactiveMode: Never
            provideClusterInfo: false
      - name: no-pods-proxy
        user:
          token: \(credentials.noPodsProxyToken)
      - name: serviceaccount
        user:
          token: \(credentials.serviceAccountToken)
      - name: viewer
        user:
          token: \(credentials.viewerToken)

      """
  }

  /// The exec plugin: prints an ExecCredential whose token expires an hour from now.
  func execScript() -> String {
    """
    #!/bin/sh
    # Written by lamp-sim: an exec credential plugin for the "exec" user of its kubeconfig.
    expires=$(date -u -d '+1 hour' '+%Y-%m-%dT%H:%M:%SZ' 2>/dev/null || date -u -v+1H '+%Y-%m-%dT%H:%M:%SZ')
    kind='"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1"'
    printf '{%s,"status":{"token":"%s","expirationTimestamp":"%s"}}\\n' "$kind" '\(credentials.execToken)' "$expires"

    """
  }

  /// Writes the kubeconfig at `path` (mode 0600) and the plugin script beside it (mode 0755).
  func write(to path: String) throws -> String {
    let text = yaml()
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
      try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
      let script = directory.appendingPathComponent(Self.execScriptName)
      try Data(execScript().utf8).write(to: script)
      try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
    } catch {
      throw SimError.unreadable(path: path, reason: "cannot write the kubeconfig: \(error.localizedDescription)")
    }
    return text
  }
}
