extension PolicyRule {
  /// Whether this rule allows the resource request, by the matching rules of Kubernetes' RBAC
  /// authorizer: `*` verbs, groups and resources; `resource/subresource`; `*/subresource`;
  /// resource names (a rule with names never matches a request without a name).
  public func allows(_ attributes: ResourceAttributes) -> Bool {
    let combined =
      attributes.subresource.isEmpty ? attributes.resource : attributes.resource + "/" + attributes.subresource
    return matchesVerb(attributes.verb) && matchesGroup(attributes.group)
      && matchesResource(combined, subresource: attributes.subresource) && matchesResourceName(attributes.name)
  }

  /// Whether this rule allows the non-resource request; a trailing `*` in a URL matches any suffix.
  public func allows(_ attributes: NonResourceAttributes) -> Bool {
    matchesVerb(attributes.verb) && matchesNonResourceURL(attributes.path)
  }

  func matchesVerb(_ verb: String) -> Bool {
    verbs.contains { $0 == "*" || $0 == verb }
  }

  func matchesGroup(_ group: String) -> Bool {
    apiGroups.contains { $0 == "*" || $0 == group }
  }

  func matchesResource(_ combined: String, subresource: String) -> Bool {
    resources.contains { resource in
      if resource == "*" || resource == combined { return true }
      // "*/scale" matches the scale subresource of any resource.
      return !subresource.isEmpty && resource.utf8.count == subresource.utf8.count + 2
        && resource.hasPrefix("*/") && resource.hasSuffix(subresource)
    }
  }

  func matchesResourceName(_ name: String) -> Bool {
    resourceNames.isEmpty || resourceNames.contains(name)
  }

  func matchesNonResourceURL(_ path: String) -> Bool {
    nonResourceURLs.contains { url in
      if url == "*" || url == path { return true }
      guard url.hasSuffix("*") else { return false }
      var prefix = Substring(url)
      while prefix.hasSuffix("*") { prefix = prefix.dropLast() }
      return path.hasPrefix(prefix)
    }
  }
}
