import Crypto
import Foundation
import KubeAPI

/// A well-formed ES256 JWT shaped like a Kubernetes service account token (signed by a key nobody keeps).
enum DemoServiceAccountToken {
  /// The compact JWT for `namespace/name` (service account `uid`), issued at `issuedAt`, valid for a year.
  static func token(namespace: String, name: String, uid: String, secretName: String, issuedAt: Date)
    throws(ScenarioError) -> String
  {
    let issued = Int64(issuedAt.timeIntervalSince1970.rounded(.down))
    let header: JSONValue = .object([
      "alg": .string("ES256"), "kid": .string("Xq3vR8mK2pWn5tYb7cLd9fHj4sGa6eUo1iZwNy0QxBk"),
    ])
    let claims: JSONValue = .object([
      "aud": .array([.string("https://kubernetes.default.svc")]),
      "exp": .int(issued + 365 * 86_400),
      "iat": .int(issued),
      "iss": .string("https://oidc.eks.us-west-2.amazonaws.com/id/4F1C2A7B9D3E5F60718293A4B5C6D7E8"),
      "jti": .string(ScenarioIdentifiers.uid(kind: "jti", namespace: namespace, name: secretName)),
      "kubernetes.io": .object([
        "namespace": .string(namespace),
        "secret": .object(["name": .string(secretName)]),
        "serviceaccount": .object(["name": .string(name), "uid": .string(uid)]),
      ]),
      "nbf": .int(issued),
      "sub": .string("system:serviceaccount:\(namespace):\(name)"),
    ])
    do {
      let signingInput = base64URL(try header.encoded()) + "." + base64URL(try claims.encoded())
      let signature = try P256.Signing.PrivateKey().signature(for: Data(signingInput.utf8))
      return signingInput + "." + base64URL(signature.rawRepresentation)
    } catch {
      throw .credentialGeneration("service account token: \(error)")
    }
  }

  static func base64URL(_ data: Data) -> String {
    data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
      .replacingOccurrences(of: "=", with: "")
  }
}
