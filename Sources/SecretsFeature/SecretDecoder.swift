import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Turns a Secret into a `SecretView`: text vs binary, certificates, JWTs, docker configs, Helm releases, SSH keys.
public struct SecretDecoder: Sendable {
  public var now: Date
  /// Replace every text value (and credential) with the mask.
  public var mask: Bool
  /// Show the credentials masked by default: docker passwords and auth strings, basic-auth passwords, private
  /// keys (TLS and SSH, PEM or DER, alone or bundled with certificates) and packed Helm releases.
  public var reveal: Bool

  public init(now: Date, mask: Bool = false, reveal: Bool = false) {
    self.now = now
    self.mask = mask
    self.reveal = reveal
  }

  public func view(of secret: Secret) -> SecretView {
    let type = secret.type.flatMap { $0.isEmpty ? nil : $0 } ?? "Opaque"
    var entries: [SecretEntry] = []
    // A key in both is the stringData one, as the API server stores it: one row, not two.
    let overridden = Set((secret.stringData ?? [:]).keys)
    for (key, bytes) in (secret.data ?? [:]).sorted(by: { $0.key < $1.key }) where !overridden.contains(key) {
      entries.append(entry(key: key, bytes: bytes, source: "data", type: type))
    }
    for (key, text) in (secret.stringData ?? [:]).sorted(by: { $0.key < $1.key }) {
      entries.append(entry(key: key, bytes: Data(text.utf8), source: "stringData", type: type))
    }
    var view = SecretView(
      name: secret.metadata.name, namespace: secret.metadata.namespace, type: type, entries: entries)
    let values = Self.values(of: secret)
    view.record(
      KeyPairCheck.pairs(in: values.keys).map { pair in
        KeyPairCheck(
          certificate: pair.certificate, key: pair.key,
          match: CertificateReader.keyMatches(
            certificatePEM: String(decoding: values[pair.certificate] ?? Data(), as: UTF8.self),
            key: values[pair.key] ?? Data()))
      })
    return view
  }

  /// `data` and `stringData` merged as the API server does (`stringData` wins).
  public static func values(of secret: Secret) -> [String: Data] {
    var values = secret.data ?? [:]
    for (key, text) in secret.stringData ?? [:] { values[key] = Data(text.utf8) }
    return values
  }

  func entry(key: String, bytes: Data, source: String, type: String) -> SecretEntry {
    let isText = ValueSniffer.isText(bytes)
    var entry = SecretEntry(
      key: key, source: source, size: bytes.count, encoding: isText ? "text" : "binary",
      detectedType: ValueSniffer.detectedType(bytes))
    guard isText else {
      entry.masked = mask || entry.detectedType == "DER private key" && !reveal
      entry.hexPreview = entry.masked ? Mask.text : ValueSniffer.hexPreview(bytes)
      entry.base64 = entry.masked ? Mask.text : bytes.base64EncodedString()
      return entry
    }
    let text = String(decoding: bytes, as: UTF8.self)
    let isDockerConfig = key == ".dockerconfigjson" || key == ".dockercfg"
    let isHelmRelease = type == HelmRelease.secretType && key == "release"
    let isSSHKey =
      (type == "kubernetes.io/ssh-auth" && key == "ssh-privatekey") || entry.detectedType == "OpenSSH private key"
      || entry.detectedType == "SSH public key"
    let isCredential =
      isDockerConfig || isHelmRelease || (type == "kubernetes.io/basic-auth" && key == "password")
      || (isSSHKey && entry.detectedType != "SSH public key") || ValueSniffer.containsPEMPrivateKey(text)
    // A docker config's registry credentials are masked exactly when the value is (`reveal && !mask` below).
    entry.masked = mask || isCredential && !reveal
    entry.value = entry.masked ? Mask.text : text
    if isHelmRelease {
      do {
        entry.helmRelease = try HelmRelease(releaseValue: bytes)
        entry.detectedType = "Helm release"
      } catch {
        entry.problem = error.description
      }
    }
    if isSSHKey {
      do {
        entry.sshKey = try SSHKeySummary(text: text)
      } catch {
        entry.problem = error.description
      }
    }
    if entry.detectedType == "PEM certificate" {
      let chain = CertificateReader.chain(pem: text, now: now)
      entry.certificates = chain.certificates
      entry.certificateErrors = chain.errors.isEmpty ? nil : chain.errors
    }
    if entry.detectedType == "JWT" { entry.jwt = JWTSummary(token: text) }
    if isDockerConfig {
      do {
        entry.registries = try RegistryCredential.parse(bytes, legacy: key == ".dockercfg", reveal: reveal && !mask)
      } catch {
        entry.detectedType = "text (\(error))"
      }
    }
    return entry
  }
}
