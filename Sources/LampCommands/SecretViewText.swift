import Formatters
import KubeAPI
import SecretsFeature

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The table form of `lamp secrets show`: a key table, then what lamp understood of each value.
struct SecretViewText {
  let view: SecretView
  let now: Date
  let style: TerminalStyle
  /// `--key K`: one value asked for by name is shown whole under the table when its cell cannot hold it.
  var wholeValues = false
  /// `--no-headers`: the key table's rows alone, without its header line, the name block and the sections below.
  var showHeaders = true
  /// `-o wide`: one-line values whole, not cut at `valueWidth`.
  var wide = false

  /// The widest value the VALUE column shows before cutting it.
  static let valueWidth = 60

  func render() -> String {
    guard showHeaders else { return TableRenderer(wide: false, showHeaders: false, style: style).render(keyTable()) }
    var text = "Name:       \(esc(view.name))\n"
    if let namespace = view.namespace { text += "Namespace:  \(esc(namespace))\n" }
    text += "Type:       \(esc(view.type))\n"
    if let pairs = view.keyPairs { text += "Key match:  \(Self.keyMatchText(pairs))\n" }
    text += "\n"
    text += TableRenderer(wide: false, showHeaders: true, style: style).render(keyTable())
    for entry in view.entries { text += details(entry) + whole(entry) }
    return text
  }

  /// `yes` for the one pair of a TLS Secret; with several, each pair named: `ca.key/ca.crt NO: …; tls.key/tls.crt
  /// yes`, so that one pair's yes is not read as every key's.
  static func keyMatchText(_ pairs: [KeyPairCheck]) -> String {
    guard pairs.count > 1 else {
      return pairs.first.map { $0.match.text(key: $0.key, certificate: $0.certificate) } ?? ""
    }
    return pairs.map { pair in
      let text = pair.match.text(key: pair.key, certificate: pair.certificate)
      return pair.match == .mismatch ? text : "\(pair.key)/\(pair.certificate) \(text)"
    }.joined(separator: "; ")
  }

  /// One row per key: its encoding, what it holds, its size and its value (cut unless `wide`).
  private func keyTable() -> Table {
    var table = Table(columns: [
      TableColumn("KEY"), TableColumn("ENCODING"), TableColumn("TYPE"),
      TableColumn("SIZE", alignment: .right), TableColumn("VALUE", maxWidth: wide ? nil : Self.valueWidth),
    ])
    for entry in view.entries {
      table.append([esc(entry.key), entry.encoding, entry.detectedType, "\(entry.size)", cell(entry)])
    }
    return table
  }

  /// A text value that is multi-line or wider than its cell, in full and indented (`--key` only).
  private func whole(_ entry: SecretEntry) -> String {
    // Only a plain text cell: certificates, tokens and keys are explained below the table already.
    guard wholeValues, entry.encoding == "text", summary(entry) == nil, let value = entry.value else { return "" }
    let (body, breaks) = Self.trailingLineBreaks(value)
    guard body.contains(where: \.isNewline) || !wide && TerminalText.displayWidth(cell(entry)) > Self.valueWidth else {
      return ""
    }
    let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map { esc(String($0)) }
    // The line breaks that end the value close its last line, escaped as in the table.
    return "\nValue of \(esc(entry.key)):\n" + lines.dropLast().map { "  \($0)\n" }.joined() + "  "
      + (lines.last ?? "") + esc(breaks) + "\n"
  }

  /// The cell of a value lamp explains below the table (certificates, tokens, keys, releases) or cannot show as
  /// text; nil for a plain text value.
  private func summary(_ entry: SecretEntry) -> String? {
    if entry.encoding == "binary" { return "<binary: \(entry.hexPreview ?? "")>" }
    // Without the sections below (--no-headers), nothing is below to see.
    let below = showHeaders ? ", see below" : ""
    if let certificates = entry.certificates, !entry.masked {
      return "<\(certificates.count) certificate\(certificates.count == 1 ? "" : "s")\(below)>"
    }
    if entry.jwt != nil && !entry.masked { return "<JWT\(below)>" }
    if entry.helmRelease != nil { return "<Helm release\(below)>" }
    if entry.sshKey != nil && entry.value == Mask.text { return "<SSH key\(below)>" }
    return nil
  }

  private func cell(_ entry: SecretEntry) -> String {
    if let summary = summary(entry) { return summary }
    let (leading, rest) = Self.leadingLineBreaks(entry.value ?? "")
    let (body, breaks) = Self.trailingLineBreaks(rest)
    // firstLine marks a cut with an ellipsis itself. Line breaks that start a value or end a one-line value
    // (`echo` adds one) are part of it but invisible: they show escaped, as `\n`, the way escaping shows every
    // control character.
    let first = TerminalText.firstLine(body)
    return esc(leading) + esc(first) + (first == body ? esc(breaks) : "")
  }

  /// `text` split before the run of line feeds and carriage returns that ends it.
  static func trailingLineBreaks(_ text: String) -> (body: String, breaks: String) {
    let scalars = text.unicodeScalars
    var end = scalars.endIndex
    while end > scalars.startIndex, Self.isLineBreak(scalars[scalars.index(before: end)]) {
      end = scalars.index(before: end)
    }
    return (String(scalars[..<end]), String(scalars[end...]))
  }

  /// `text` split after the run of line feeds and carriage returns that starts it.
  static func leadingLineBreaks(_ text: String) -> (breaks: String, rest: String) {
    let scalars = text.unicodeScalars
    let start = scalars.firstIndex { !Self.isLineBreak($0) } ?? scalars.endIndex
    return (String(scalars[..<start]), String(scalars[start...]))
  }

  private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool { scalar == "\n" || scalar == "\r" }

  private func details(_ entry: SecretEntry) -> String {
    var text = ""
    if let certificates = entry.certificates, !certificates.isEmpty {
      text += "\nCertificates in \(esc(entry.key)):\n"
      for (index, certificate) in certificates.enumerated() {
        text += "  [\(index + 1)] Subject:     \(esc(certificate.subject))\n"
        text += "      Issuer:      \(esc(certificate.issuer))\n"
        let names = certificate.dnsNames + certificate.ipAddresses + certificate.uris + certificate.emailAddresses
        if !names.isEmpty { text += "      SANs:        \(esc(names.joined(separator: ", ")))\n" }
        text += "      Serial:      \(certificate.serialNumber)\n"
        text += "      Not before:  \(KubeTime.format(certificate.notBefore))\(notYet(certificate))\n"
        text += "      Not after:   \(KubeTime.format(certificate.notAfter)) (\(remaining(certificate)))\n"
        text += "      Key:         \(certificate.keyAlgorithm)\(certificate.isCA ? ", CA" : "")\n"
      }
    }
    for problem in entry.certificateErrors ?? [] { text += "  warning: \(esc(problem))\n" }
    if let jwt = entry.jwt {
      text += "\nToken in \(esc(entry.key)) (JWT; signature NOT verified):\n"
      text += "  Algorithm:  \(esc(jwt.algorithm ?? "<none>"))\n"
      if let keyID = jwt.keyID { text += "  Key ID:     \(esc(keyID))\n" }
      text += "  Issuer:     \(esc(jwt.issuer ?? "<none>"))\n"
      text += "  Subject:    \(esc(jwt.subject ?? "<none>"))\n"
      text += "  Audience:   \(esc(jwt.audience.isEmpty ? "<none>" : jwt.audience.joined(separator: ", ")))\n"
      let invalid = jwt.invalidClaims ?? []
      if let issued = jwt.issuedAt {
        text += "  Issued:     \(KubeTime.format(issued))\n"
      } else if invalid.contains("iat") {
        text += "  Issued:     invalid (the iat claim is not a time in years 1–9999)\n"
      }
      // No exp means the token never expires; an exp lamp cannot read says so rather than "never".
      let unreadable = invalid.contains("exp") ? "invalid (the exp claim is not a time in years 1–9999)" : "never"
      text += "  Expires:    \(jwt.expiresAt.map(expiry) ?? unreadable)\n"
    }
    if let release = entry.helmRelease {
      text += "\nHelm release in \(esc(entry.key)) (values and manifest not shown):\n"
      text += "  Release:        \(esc(release.name))\n"
      text += "  Namespace:      \(esc(release.namespace ?? "<none>"))\n"
      text += "  Revision:       \(release.revision.map(String.init) ?? "<none>")\n"
      text += "  Status:         \(esc(release.status ?? "<none>"))\n"
      let chart = [release.chart, release.chartVersion].compactMap { $0 }.joined(separator: "-")
      text += "  Chart:          \(esc(chart.isEmpty ? "<none>" : chart))\n"
      text += "  App version:    \(esc(release.appVersion ?? "<none>"))\n"
      text += "  First deployed: \(esc(release.firstDeployed ?? "<none>"))\n"
      text += "  Last deployed:  \(esc(release.lastDeployed ?? "<none>"))\n"
      text += "  Description:    \(esc(release.description ?? "<none>"))\n"
    }
    if let key = entry.sshKey {
      text += "\nSSH \(key.kind) key in \(esc(entry.key)):\n"
      text += "  Type:         \(esc(key.keyType))\(key.bits.map { " (\($0) bits)" } ?? "")\n"
      text += "  Fingerprint:  \(esc(key.fingerprint ?? "unknown (only OpenSSH keys and public keys are read)"))\n"
      if let comment = key.comment { text += "  Comment:      \(esc(comment))\n" }
      if key.kind == "private" { text += "  Encrypted:    \(esc(key.encryption ?? "no"))\n" }
    }
    if let problem = entry.problem { text += "  warning: \(esc(entry.key)): \(esc(problem))\n" }
    if let registries = entry.registries {
      text += "\nRegistries in \(esc(entry.key)):\n"
      var columns = [
        TableColumn("REGISTRY"), TableColumn("USERNAME"), TableColumn("PASSWORD"), TableColumn("AUTH"),
      ]
      // Only when some entry has one: most docker configs hold a password or auth string.
      let identityTokens = registries.contains { $0.identityToken != nil }
      let registryTokens = registries.contains { $0.registryToken != nil }
      if identityTokens { columns.append(TableColumn("IDENTITY TOKEN")) }
      if registryTokens { columns.append(TableColumn("REGISTRY TOKEN")) }
      var table = Table(columns: columns)
      for registry in registries {
        var cells = [registry.registry, registry.username, registry.password, registry.auth]
        if identityTokens { cells.append(registry.identityToken) }
        if registryTokens { cells.append(registry.registryToken) }
        table.append(cells.map { esc($0 ?? "") })
      }
      text += TableRenderer(wide: false, showHeaders: showHeaders, style: style).render(table)
      for registry in registries {
        if let problem = registry.problem { text += "  warning: \(esc(registry.registry)): \(esc(problem))\n" }
      }
    }
    return text
  }

  private func remaining(_ certificate: CertificateSummary) -> String {
    if certificate.notAfter <= now { return "EXPIRED \(Age.format(now.timeIntervalSince(certificate.notAfter))) ago" }
    return "\(certificate.daysLeft) days left"
  }

  /// ` (NOT YET VALID, valid in 5d)` while notBefore is still to come.
  private func notYet(_ certificate: CertificateSummary) -> String {
    guard certificate.notYetValid else { return "" }
    return " (NOT YET VALID, valid in \(Age.format(certificate.notBefore.timeIntervalSince(now))))"
  }

  private func expiry(_ date: Date) -> String {
    date <= now
      ? "\(KubeTime.format(date)) (expired)"
      : "\(KubeTime.format(date)) (in \(Age.format(date.timeIntervalSince(now))))"
  }

  private func esc(_ text: String) -> String { TerminalText.escape(text) }
}
