package com.opensylo.identity.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The grant types this server supports: the token endpoint's dispatch and the discovery list. */
@ApplicationScoped
public class TokenGrants {

  @Inject Instance<TokenGrant> grants;

  private Map<String, TokenGrant> byType;

  @PostConstruct
  void index() {
    byType =
        grants.stream()
            .collect(Collectors.toUnmodifiableMap(TokenGrant::type, Function.identity()));
  }

  /** The grant for {@code grantType}, if supported. */
  public Optional<TokenGrant> find(String grantType) {
    return Optional.ofNullable(grantType == null ? null : byType.get(grantType));
  }

  /** The supported {@code grant_type} values, sorted. */
  public List<String> types() {
    return byType.keySet().stream().sorted().toList();
  }
}
