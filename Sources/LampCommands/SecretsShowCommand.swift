import ArgumentParser
import KubeAPI
import KubeClient
import SecretsFeature
import YAMLCoding

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `lamp secrets show NAME`: every key of a Secret decoded, with certificates, tokens and registries explained.
struct SecretsShowCommand: AsyncParsableCommand {
  static var configuration: CommandConfiguration {
    let name = Invocation.current
    return CommandConfiguration(
      commandName: "show",
      abstract: "Show what a Secret holds, decoded.",
      discussion: """
        Text values print as text; line breaks that end a one-line value (echo adds one) or start any value show \
        escaped, as in secret\\n, since they are part of it; -o json|yaml and --raw keep the exact text. Binary \
        values print as size, detected type and a 16-byte hex preview; -o json|yaml adds the exact bytes in base64, \
        and --key K --raw writes them as they are (no added newline). PEM certificates show subject, SANs, issuer, \
        serial, validity, days left, key algorithm and the whole chain; for kubernetes.io/tls lamp checks that \
        tls.key belongs to tls.crt. Docker configs list registries and usernames (the user in auth, which the \
        kubelet sends, over a username that differs, with a warning), with passwords, auth strings, identity tokens \
        and registry tokens masked unless --reveal. JWTs (service-account tokens) show header and claims; the \
        signature is not verified, and an exp or iat claim that is not a number of seconds in years 1–9999 reads \
        invalid (a token without exp never expires). Helm release Secrets (helm.sh/release.v1) are unwrapped \
        (base64, gzip, JSON) into release, namespace, chart, app version, status, revision and deploy times; values \
        and manifest are never shown. kubernetes.io/basic-auth shows the username and masks the password unless \
        --reveal. SSH keys (kubernetes.io/ssh-auth, any OpenSSH private key or public key line) show type, size, the \
        SHA256 fingerprint ssh-keygen -l prints and whether the key is encrypted. Private keys (TLS or SSH, PEM or \
        DER, alone or in one value with certificates) are masked unless --reveal or --raw. --mask hides every value. \
        -o wide shows each one-line value whole instead of cutting it at 60 columns. -f FILE reads a manifest (with \
        stringData) and needs no cluster; -f - reads it from standard input, as kubectl does.

        JSON and YAML output: apiVersion lamp/v1, kind SecretView, name, namespace, type, masked (true when any \
        value in the output is masked: --mask, or a credential without --reveal), keyMatchesCertificate (every \
        NAME.key belongs to its NAME.crt, true or false; absent when it cannot be told, and keyMatchProblem says \
        why), keyPairs [{certificate, key, matchesCertificate, problem}], entries [{key, source, size, encoding \
        (text|binary), detectedType, value, hexPreview, base64 (binary values), masked (this value, its hex preview \
        and base64, or its registry credentials), certificates [{subject, issuer, dnsNames, ipAddresses, uris, \
        emailAddresses, serialNumber, notBefore, notAfter, daysLeft, notYetValid, keyAlgorithm, isCA}], \
        certificateErrors, jwt {algorithm, keyID, issuer, subject, audience, issuedAt, expiresAt, invalidClaims, \
        signatureVerified}, registries [{registry, username, password, auth, identityToken, registryToken, \
        problem}], helmRelease {name, namespace, revision, status, chart, chartVersion, appVersion, description, \
        firstDeployed, lastDeployed}, sshKey {kind, keyType, bits, fingerprint, comment, encryption}, problem}].

        EXAMPLES:
          \(name) secrets show api-db -n shop
          \(name) secrets show registry-example-com -n shop --reveal -o yaml
          \(name) secrets show -f secret.yaml --mask
          \(name) secrets show storefront-assets -n shop --key logo.png \\
            --raw > logo.png
        """)
  }

  @OptionGroup var global: GlobalOptions
  @OptionGroup var outputOptions: OutputOptions

  @Argument(help: "The Secret's name (omit with -f).")
  var name: String?

  @Option(
    name: [.customShort("f"), .customLong("filename")], help: "Read the Secret from this manifest instead.",
    completion: .file())
  var file: String?

  @Option(name: .customLong("key"), help: "Show only this key.")
  var key: String?

  @Flag(name: .customLong("raw"), help: "With --key: write the value's exact bytes.")
  var raw = false

  @Flag(name: .customLong("mask"), help: "Hide every value.")
  var mask = false

  @Flag(
    name: .customLong("reveal"), help: "Show credentials masked by default (docker, basic-auth, private keys, Helm).")
  var reveal = false

  func validate() throws {
    if raw && key == nil { throw ValidationError("--raw needs --key") }
    if raw && mask { throw ValidationError("--raw and --mask cannot be combined") }
    // --raw writes the value's bytes alone: a format asked for beside it would be silently ignored.
    if raw && outputOptions.output != "table" { throw ValidationError("--raw and -o cannot be combined") }
    if reveal && mask { throw ValidationError("--reveal and --mask cannot be combined") }
    if (name == nil) == (file == nil) { throw ValidationError("give either a Secret name or -f FILE") }
    // A name no request path can hold is a bad value, as a bad -n is.
    if let name {
      do {
        _ = try PathEscaping.segment(name, role: .name)
      } catch {
        throw ValidationError(error.description)
      }
    }
  }

  func run() async throws {
    let environment = LampEnvironment.current
    let format = try outputOptions.format()
    var secret = try await load()
    if let key {
      let values = SecretDecoder.values(of: secret)
      guard let bytes = values[key] else {
        throw CommandError(SecretsError.noSuchKey(key, available: values.keys.sorted()).description)
      }
      if raw {
        environment.stdout.write(bytes)
        return
      }
      secret.data = secret.data?.filter { $0.key == key }
      secret.stringData = secret.stringData?.filter { $0.key == key }
    }
    let view = SecretDecoder(now: environment.now(), mask: mask, reveal: reveal).view(of: secret)
    if format == .json || format == .yaml {
      try Printer(environment).document(view, format: format)
      return
    }
    let text = SecretViewText(
      view: view, now: environment.now(), style: Printer(environment).style, wholeValues: key != nil,
      showHeaders: !outputOptions.noHeaders, wide: format == .wide)
    environment.stdout.write(text.render())
  }

  private func load() async throws -> Secret {
    if let file {
      let text: String
      do {
        // `-f -`: standard input, kubectl's convention (`kubectl get secret x -o yaml | lamp secrets show -f -`).
        let bytes = file == "-" ? try FileReader.standardInput() : try FileReader.contents(of: file)
        text = String(decoding: bytes, as: UTF8.self)
      } catch {
        throw CommandError("cannot read \(file == "-" ? "standard input" : file): \(error.reason)")
      }
      // Another kind (a ConfigMap, say) would otherwise fail on its first value that is not base64.
      struct Kind: Decodable { var kind: String? }
      if let kind = try? YAMLDecoder().decode(Kind.self, from: text, file: file).kind, kind != "Secret" {
        throw CommandError("\(file) holds a \(kind), not a Secret")
      }
      do {
        return try YAMLDecoder().decode(Secret.self, from: text, file: file)
      } catch {
        // Decoding errors name positions and types, never values.
        throw CommandError("\(file) is not a Secret manifest: \(error)")
      }
    }
    let session = try await ClusterSession.connect(global)
    do {
      return try await session.client.resource(.secrets, as: Secret.self, namespace: session.namespace).get(name ?? "")
    } catch let error as KubeError where error.isForbidden {
      throw CommandError(
        "\(error.description); the fix is \"get secrets\" in namespace \(session.namespace) "
          + "(see: \(Invocation.current) rbac check get secrets -n \(session.namespace)\(global.identityArguments) "
          + "--suggest)")
    }
  }
}
