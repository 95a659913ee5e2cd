#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Words of a question that look like object names, so that a name lamp does not find is told apart from
/// ordinary words. Conservative, because each such word not found costs a look across all namespaces and a
/// "nothing named" line: an ASCII token (a run of letters, digits, `-`, `_`, `.`) counts when it has a `-`,
/// `_`, a digit or an inner `.` (`web-6d4cf`, `ip-10-0-1-2`); in a question written in another script any
/// ASCII token does (`checkoutが落ちる`); and so does the token right after a kind word (`pod checkout`) or right
/// before one (`the checkout pod`).
/// Never names: tokens under three characters, kind words, namespace names, quantities, versions, label keys
/// and values (`app=web`, `kubernetes.io/arch`), image tags, and a short list of common words.
enum NameWords {
  struct Word: Hashable {
    var text: String
    var range: Range<String.Index>
  }

  /// The name-like words of `text` (lower-cased by the caller), in order, each once.
  static func words(in text: String, namespaces: [String]) -> [Word] {
    let otherScript = text.contains { !$0.isASCII && $0.isLetter }
    let kindWords = Set(KindWords.table.flatMap(\.1).filter { $0.first?.isASCII == true })
    let excluded = kindWords.union(namespaces.map { $0.lowercased() }).union(stopWords)
    var result: [Word] = []
    var afterKindWord = false
    var previous: Token?
    func isCandidate(_ token: Token) -> Bool {
      token.text.count >= QuestionSubjects.minimumNameLength && !excluded.contains(token.text) && !token.partOfLabel
        && !isQuantity(token.text) && !isVersion(token.text) && !result.contains(where: { $0.text == token.text })
    }
    for token in tokens(in: text) {
      let word = token.text
      let afterKind = afterKindWord && token.followsSpace
      // `why is pod web`, `the deployment named web`: a kind word after a plain word (`the web service
      // returns`) is that word's kind: that word is the name, and what follows the kind word is not.
      let plainBefore = previous.map {
        $0.text.count >= QuestionSubjects.minimumNameLength && !stopWords.contains($0.text)
      }
      let isKindWord = kindWords.contains(word)
      if isKindWord, plainBefore == true, token.followsSpace, let previous, isCandidate(previous) {
        result.append(Word(text: previous.text, range: previous.range))
      }
      afterKindWord = (isKindWord && plainBefore != true) || (afterKind && (word == "named" || word == "called"))
      previous = token
      guard isCandidate(token) else { continue }
      let shaped = word.contains { "-_.".contains($0) || $0.isNumber }
      if shaped || otherScript || afterKind { result.append(Word(text: word, range: token.range)) }
    }
    return result
  }

  struct Token {
    var text: String
    var range: Range<String.Index>
    /// Separated from the token before by spaces or `/` only (`pod web`, `deploy/web`, not `pod. Web`).
    var followsSpace: Bool
    /// Next to `=`, or before `/` or `:`: a label key or value, an API group, an image (`nginx:1.25`).
    var partOfLabel: Bool
  }

  /// Runs of name characters with their `-`, `_`, `.` ends trimmed (`web-1.` at the end of a sentence).
  static func tokens(in text: String) -> [Token] {
    var result: [Token] = []
    var index = text.startIndex
    var gapIsSpaces = false
    while index < text.endIndex {
      guard Match.isNameCharacter(text[index]) else {
        gapIsSpaces = gapIsSpaces && (text[index] == " " || text[index] == "/")
        index = text.index(after: index)
        continue
      }
      var end = index
      while end < text.endIndex, Match.isNameCharacter(text[end]) { end = text.index(after: end) }
      var start = index
      var stop = end
      while start < stop, "-_.".contains(text[start]) { start = text.index(after: start) }
      while stop > start, "-_.".contains(text[text.index(before: stop)]) { stop = text.index(before: stop) }
      let before = index > text.startIndex ? text[text.index(before: index)] : " "
      let after = end < text.endIndex ? text[end] : " "
      if start < stop {
        result.append(
          Token(
            text: String(text[start..<stop]), range: start..<stop, followsSpace: gapIsSpaces && !result.isEmpty,
            partOfLabel: before == "=" || "=/:".contains(after)))
      }
      gapIsSpaces = stop == end
      index = end
    }
    return result
  }

  /// `512mi`, `100m`, `8080`, `10.0.1.2`, `5xx`: digits and dots with a unit of at most three letters.
  static func isQuantity(_ word: String) -> Bool {
    let number = word.reversed().drop { $0.isLetter }
    return word.count - number.count <= 3 && number.last?.isNumber == true
      && number.allSatisfy { $0.isNumber || $0 == "." }
  }

  /// `v1`, `v1.28.3`, `v2beta1`.
  static func isVersion(_ word: String) -> Bool {
    guard word.hasPrefix("v"), word.dropFirst().first?.isNumber == true else { return false }
    let rest = word.dropFirst().replacing("alpha", with: "").replacing("beta", with: "")
    return rest.allSatisfy { $0.isNumber || $0 == "." }
  }

  /// Common hyphenated English, technical words and states people write in questions (also in Japanese ones),
  /// and words that follow a kind word without naming an object (`pod is`, `service account`).
  static let stopWords: Set<String> = [
    // Hyphenated English and technical words.
    "crash-looping", "crash-loop", "crash-loops", "out-of-memory", "read-only", "non-root", "up-to-date",
    "built-in", "self-signed", "long-running", "multi-container", "cross-namespace", "in-cluster", "on-prem",
    "re-deploy", "re-create", "re-run", "follow-up", "pre-stop", "post-start", "zero-downtime", "health-check",
    "time-out", "back-off", "e.g", "i.e", "x86_64", "arm64", "amd64", "k8s", "utf-8", "base64", "sha256", "ipv4",
    "ipv6", "http2", "x509", "oom-killed", "sign-in", "log-in",
    // Acronyms and states (`metrics-serverがPendingのまま`).
    "cpu", "gpu", "oom", "oomkilled", "crashloopbackoff", "imagepullbackoff", "errimagepull", "pending", "running",
    "failed", "error", "evicted", "completed", "terminating", "containercreating", "notready", "ready", "unknown",
    "succeeded", "backoff", "unschedulable", "yaml", "json", "dns", "tls", "ssl", "tcp", "udp", "http", "https",
    "url", "crd", "rbac", "kubectl", "lamp", "ram", "memory", "log", "logs", "events", "status", "restart",
    // Around a kind word.
    "are", "was", "were", "not", "and", "the", "that", "this", "which", "who", "for", "from", "with", "without",
    "keeps", "keep", "has", "have", "had", "does", "did", "doesn", "didn", "isn", "won", "can", "cannot", "will",
    "would", "should", "could", "stuck", "failing", "fails", "crashing", "crashes", "restarting", "restarts",
    "starting", "start", "still", "always", "never", "named", "called", "account", "accounts", "pool", "pools",
    "security", "disruption", "template", "spec", "name", "names", "its", "there", "then", "here", "any", "all",
    "seems", "get", "gets", "got", "been", "being", "using", "uses", "stays", "stay", "shows", "show", "why", "how",
    "what", "when", "where", "our", "your", "their", "about", "returns", "return", "answers", "responds", "respond",
    "dies", "died", "hangs", "hang", "stops", "stop", "stopped", "crashed", "restarted", "times", "throws", "reports",
    "became", "becomes", "went", "goes", "aren", "wasn", "says", "said", "gives", "gave", "needs", "need",
    // Before a kind word without naming an object (`the new pod`, `every node`).
    "new", "old", "first", "last", "some", "every", "each", "other", "same", "one", "two", "three", "many", "few",
    "more", "most", "only", "single", "broken", "main", "these", "those", "both", "another", "several",
  ]
}
