import ArgumentParser

/// `lamp secrets`: what a Secret holds, and which certificates are about to expire.
struct SecretsCommand: AsyncParsableCommand {
  static var configuration: CommandConfiguration {
    let name = Invocation.current
    return CommandConfiguration(
      commandName: "secrets",
      abstract: "Decode Secrets and find expiring certificates.",
      discussion: """
        Secret values never appear in logs, errors or -v output.

        EXAMPLES:
          \(name) secrets show api-db -n shop
          \(name) secrets show shop-demo-tls -n shop --key tls.crt
          \(name) secrets show storefront-assets -n shop --key logo.png \\
            --raw > logo.png
          \(name) secrets show sh.helm.release.v1.shop-web.v3 -n shop
          \(name) secrets expiring --within 30d -A
        """,
      subcommands: [SecretsShowCommand.self, SecretsExpiringCommand.self])
  }
}
