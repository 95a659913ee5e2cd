import Foundation
import KubeAPI

/// The demo objects that hold key material and so are made at start rather than stored as data: TLS secrets with a
/// real chain (expiring soon, expired, healthy, mismatched key), KEDA's certificates, a service account token, and
/// the `kube-root-ca.crt` ConfigMap of every namespace.
struct DemoCredentials {
  /// When the objects are made; certificate validity is relative to it.
  var now: Date

  /// The generated objects; `data` supplies the namespaces and service accounts they belong to.
  func objects(alongside data: [JSONValue]) throws(ScenarioError) -> [JSONValue] {
    let day: TimeInterval = 86_400
    let namespaces = Dictionary(
      data.compactMap { object -> (String, String)? in
        guard object["kind"]?.stringValue == "Namespace", let name = object[path: ["metadata", "name"]]?.stringValue,
          let created = object[path: ["metadata", "creationTimestamp"]]?.stringValue
        else { return nil }
        return (name, created)
      }, uniquingKeysWith: { first, _ in first })
    func created(_ namespace: String, plusSeconds: Int64) throws(ScenarioError) -> String {
      guard let text = namespaces[namespace], let parsed = ScenarioTimestamp.parse(text) else {
        throw .missingDemoObject("namespace \(namespace)")
      }
      return ScenarioTimestamp.format(parsed.seconds + plusSeconds)
    }

    let clusterCA = try DemoPKI(
      commonName: "kubernetes", organization: "demo-cluster", notBefore: now - 49 * day, notAfter: now + 3601 * day)
    let shopCA = try DemoPKI(
      commonName: "Demo Example Issuing CA", organization: "Demo Example Ltd", notBefore: now - 700 * day,
      notAfter: now + 1125 * day)
    let clusterCAPEM = try clusterCA.certificatePEM()
    let shopCAPEM = try shopCA.certificatePEM()
    var objects = [JSONValue]()

    for (namespace, _) in namespaces.sorted(by: { $0.key < $1.key }) {
      objects.append(
        DemoObjects.object(
          apiVersion: "v1", kind: "ConfigMap", namespace: namespace, name: "kube-root-ca.crt",
          created: try created(namespace, plusSeconds: 1),
          annotations: [
            "kubernetes.io/description":
              "Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such "
              + "as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across "
              + "distributions of Kubernetes clusters."
          ],
          extra: ["data": .object(["ca.crt": .string(clusterCAPEM)])]))
    }

    let shopCert = try shopCA.issue(
      dnsNames: ["shop.demo.example.com", "www.shop.demo.example.com"], notBefore: now - 345 * day,
      notAfter: now + 20 * day)
    objects.append(
      tlsSecret(
        namespace: "shop", name: "shop-demo-tls", created: try created("shop", plusSeconds: 480),
        certificate: shopCert.certificatePEM + shopCAPEM, key: shopCert.keyPEM, labels: ["app": "web"]))

    let legacyCert = try shopCA.issue(
      dnsNames: ["legacy.demo.example.com"], notBefore: now - 370 * day, notAfter: now - 5 * day)
    objects.append(
      tlsSecret(
        namespace: "shop", name: "legacy-tls", created: try created("shop", plusSeconds: 1090),
        certificate: legacyCert.certificatePEM + shopCAPEM, key: legacyCert.keyPEM, labels: ["app": "legacy-api"]))

    let paymentsCert = try shopCA.issue(
      dnsNames: ["payments.shop.svc.cluster.local", "payments.shop.svc"], notBefore: now - 30 * day,
      notAfter: now + 335 * day)
    let unrelatedKey = try shopCA.issue(
      dnsNames: ["payments.shop.svc.cluster.local"], notBefore: now - 31 * day, notAfter: now + 334 * day)
    objects.append(
      tlsSecret(
        namespace: "shop", name: "payments-tls", created: try created("shop", plusSeconds: 1200),
        certificate: paymentsCert.certificatePEM, key: unrelatedKey.keyPEM, labels: ["app": "payments"]))

    let prometheusCert = try clusterCA.issue(
      dnsNames: ["prometheus.monitoring.svc", "prometheus.monitoring.svc.cluster.local"],
      notBefore: now - 5 * day, notAfter: now + 360 * day)
    objects.append(
      tlsSecret(
        namespace: "monitoring", name: "prometheus-tls", created: try created("monitoring", plusSeconds: 2),
        certificate: prometheusCert.certificatePEM, key: prometheusCert.keyPEM,
        labels: ["app.kubernetes.io/name": "prometheus"]))

    let kedaCA = try DemoPKI(
      commonName: "KEDA", organization: "KEDAORG", notBefore: now - 49 * day, notAfter: now + 3601 * day)
    let kedaCert = try kedaCA.issue(
      dnsNames: [
        "keda-operator", "keda-operator.keda", "keda-operator.keda.svc", "keda-operator.keda.svc.cluster.local",
        "keda-operator-metrics-apiserver", "keda-operator-metrics-apiserver.keda",
        "keda-operator-metrics-apiserver.keda.svc", "keda-operator-metrics-apiserver.keda.svc.cluster.local",
        "keda-admission-webhooks", "keda-admission-webhooks.keda", "keda-admission-webhooks.keda.svc",
        "keda-admission-webhooks.keda.svc.cluster.local",
      ], notBefore: now - 18 * day, notAfter: now + 347 * day)
    objects.append(
      DemoObjects.secret(
        namespace: "keda", name: "kedaorg-certs", created: try created("keda", plusSeconds: 9), type: "Opaque",
        data: [
          "ca.crt": Data(try kedaCA.certificatePEM().utf8), "ca.key": Data((kedaCA.key.pemRepresentation + "\n").utf8),
          "tls.crt": Data(kedaCert.certificatePEM.utf8), "tls.key": Data(kedaCert.keyPEM.utf8),
        ], labels: ["app": "keda-operator", "app.kubernetes.io/name": "keda-operator"]))

    objects.append(
      try serviceAccountToken(in: data, clusterCAPEM: clusterCAPEM, created: created("monitoring", plusSeconds: 4)))
    return objects
  }

  private func tlsSecret(
    namespace: String, name: String, created: String, certificate: String, key: String, labels: [String: String]
  ) -> JSONValue {
    DemoObjects.secret(
      namespace: namespace, name: name, created: created, type: "kubernetes.io/tls",
      data: ["tls.crt": Data(certificate.utf8), "tls.key": Data(key.utf8)], labels: labels)
  }

  private func serviceAccountToken(in data: [JSONValue], clusterCAPEM: String, created: String)
    throws(ScenarioError) -> JSONValue
  {
    let account = data.first {
      $0["kind"]?.stringValue == "ServiceAccount" && $0[path: ["metadata", "namespace"]]?.stringValue == "monitoring"
        && $0[path: ["metadata", "name"]]?.stringValue == "prometheus"
    }
    guard let uid = account?[path: ["metadata", "uid"]]?.stringValue else {
      throw .missingDemoObject("ServiceAccount monitoring/prometheus")
    }
    let token = try DemoServiceAccountToken.token(
      namespace: "monitoring", name: "prometheus", uid: uid, secretName: "prometheus-token", issuedAt: now)
    return DemoObjects.secret(
      namespace: "monitoring", name: "prometheus-token", created: created,
      type: "kubernetes.io/service-account-token",
      data: ["ca.crt": Data(clusterCAPEM.utf8), "namespace": Data("monitoring".utf8), "token": Data(token.utf8)],
      labels: [:],
      annotations: ["kubernetes.io/service-account.name": "prometheus", "kubernetes.io/service-account.uid": uid])
  }
}
