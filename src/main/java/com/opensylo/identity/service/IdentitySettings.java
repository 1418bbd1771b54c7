package com.opensylo.identity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Configuration of the authorization server ({@code opensylo.oauth.*}, {@code opensylo.issuer}).
 */
@ApplicationScoped
public class IdentitySettings {

  /**
   * MicroProfile JWT's default {@code clockSkew} (server.xml {@code mpJwt}): tokens pass until exp
   * + this.
   */
  static final Duration VERIFIER_CLOCK_SKEW = Duration.ofMinutes(5);

  @Inject
  @ConfigProperty(name = "opensylo.issuer")
  String issuer;

  @Inject
  @ConfigProperty(name = "opensylo.oauth.audience")
  String audience;

  @Inject
  @ConfigProperty(name = "opensylo.oauth.admin-audience")
  String adminAudience;

  @Inject
  @ConfigProperty(name = "opensylo.oauth.client-lockout.max-failures")
  int clientLockoutMaxFailures;

  @Inject
  @ConfigProperty(name = "opensylo.oauth.client-lockout.duration")
  Duration clientLockoutDuration;

  @Inject
  @ConfigProperty(name = "opensylo.oauth.introspection-clients")
  Optional<List<String>> introspectionClients;

  @Inject
  @ConfigProperty(name = "opensylo.oauth.access-token-ttl")
  Duration accessTokenTtl;

  @Inject
  @ConfigProperty(name = "opensylo.oauth.sandbox-access-token-ttl")
  Duration sandboxAccessTokenTtl;

  @Inject
  @ConfigProperty(name = "opensylo.oauth.refresh-token-ttl")
  Duration refreshTokenTtl;

  @Inject
  @ConfigProperty(name = "opensylo.oauth.code-ttl")
  Duration codeTtl;

  @Inject
  @ConfigProperty(name = "opensylo.oauth.authorization-request-ttl")
  Duration authorizationRequestTtl;

  @Inject
  @ConfigProperty(name = "opensylo.oauth.secret-grace-period")
  Duration secretGracePeriod;

  @Inject
  @ConfigProperty(name = "opensylo.oauth.allow-plain-pkce")
  boolean allowPlainPkce;

  /**
   * Read at each use (a Provider), so the switch can change without a restart where the config
   * source allows.
   */
  @Inject
  @ConfigProperty(name = "opensylo.oauth.rotate-refresh-tokens")
  Provider<Boolean> rotateRefreshTokens;

  @Inject
  @ConfigProperty(name = "opensylo.oauth.signing-algorithm")
  String signingAlgorithm;

  @Inject
  @ConfigProperty(name = "opensylo.oauth.signing-provider")
  String signingProvider;

  /**
   * The lifetime of dashboard tokens, which this server's keys also sign: read here only to know
   * how long a retired key must keep verifying.
   */
  @Inject
  @ConfigProperty(name = "opensylo.dashboard.token-ttl")
  Duration dashboardTokenTtl;

  @Inject
  @ConfigProperty(name = "opensylo.bootstrap.admin-client-id")
  Optional<String> bootstrapAdminClientId;

  @Inject
  @ConfigProperty(name = "opensylo.bootstrap.admin-client-secret")
  Optional<String> bootstrapAdminClientSecret;

  /** The issuer identifier ({@code iss}), also the base URL of every endpoint in the metadata. */
  public String issuer() {
    return issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
  }

  /** The {@code aud} of partner access tokens (admin and dashboard tokens have their own). */
  public String audience() {
    return audience;
  }

  /** Failed authentications of one client id from one address that lock it there. */
  public int clientLockoutMaxFailures() {
    return clientLockoutMaxFailures;
  }

  public Duration clientLockoutDuration() {
    return clientLockoutDuration;
  }

  /** The {@code aud} of admin tokens, which only operator clients get. */
  public String adminAudience() {
    return adminAudience;
  }

  /**
   * Resource-server clients that may introspect any token (RFC 7662 §4); other clients see only
   * their own tokens as active.
   */
  public List<String> introspectionClients() {
    return introspectionClients.orElse(List.of());
  }

  public Duration accessTokenTtl(boolean sandbox) {
    return sandbox ? sandboxAccessTokenTtl : accessTokenTtl;
  }

  public Duration refreshTokenTtl() {
    return refreshTokenTtl;
  }

  public Duration codeTtl() {
    return codeTtl;
  }

  public Duration authorizationRequestTtl() {
    return authorizationRequestTtl;
  }

  public Duration secretGracePeriod() {
    return secretGracePeriod;
  }

  public boolean allowPlainPkce() {
    return allowPlainPkce;
  }

  public boolean rotateRefreshTokens() {
    return rotateRefreshTokens.get();
  }

  public String signingAlgorithm() {
    return signingAlgorithm;
  }

  /**
   * Who computes ES256 signatures: {@code BC} ({@link Es256Signer}: Bouncy Castle's lightweight
   * ECDSA, the generator's precomputed table kept for the life of the key, RFC 6979 nonces) or
   * {@code JDK} (Nimbus over the JDK's SunEC).
   */
  public String signingProvider() {
    return signingProvider;
  }

  /**
   * How long a retired signing key stays in the JWKS and keeps verifying: the longest lifetime of
   * anything it can have signed (access tokens, sandbox access tokens, dashboard tokens) plus the
   * clock skew MicroProfile JWT allows past {@code exp}.
   */
  public Duration signingKeyRetirementWindow() {
    Duration longest = accessTokenTtl;
    for (Duration ttl : List.of(sandboxAccessTokenTtl, dashboardTokenTtl)) {
      if (ttl.compareTo(longest) > 0) {
        longest = ttl;
      }
    }
    return longest.plus(VERIFIER_CLOCK_SKEW);
  }

  public Optional<String> bootstrapAdminClientId() {
    return bootstrapAdminClientId.filter(s -> !s.isBlank());
  }

  public Optional<String> bootstrapAdminClientSecret() {
    return bootstrapAdminClientSecret.filter(s -> !s.isBlank());
  }
}
