package com.opensylo.identity.service;

import com.nimbusds.jwt.JWTClaimsSet;
import com.opensylo.audit.domain.AuditEvent;
import com.opensylo.audit.service.AuditService;
import com.opensylo.identity.domain.AuthorizationCode;
import com.opensylo.identity.domain.ClientEnvironment;
import com.opensylo.identity.domain.OAuthClient;
import com.opensylo.identity.domain.OAuthGrant;
import com.opensylo.identity.domain.RefreshToken;
import com.opensylo.identity.domain.RevokedAccessToken;
import com.opensylo.identity.domain.Scopes;
import com.opensylo.identity.domain.TokenRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The grants of the token endpoint, revocation (RFC 7009) and introspection (RFC 7662). Access
 * tokens are signed JWTs (RFC 9068) that name their grant ({@code gid}) when they act for a
 * merchant, so revoking the grant revokes them too; refresh tokens and codes are opaque and stored
 * only as keyed hashes.
 */
@ApplicationScoped
public class TokenService {

  /** Claim naming the grant a delegated access token was issued under. */
  public static final String GRANT_CLAIM = "gid";

  /** Claim naming the client's token generation the token was issued under. */
  public static final String GENERATION_CLAIM = "cgen";

  @Inject TokenRepository tokens;
  @Inject SigningKeyService signing;
  @Inject SecretHasher hasher;
  @Inject IdentitySettings settings;
  @Inject ClientService clients;
  @Inject AuditService audit;
  @Inject Clock clock;

  /**
   * client_credentials: marketplace-level access for the client itself; no refresh token. Touches
   * no table, so it takes no transaction (the client was authenticated, in its own, just before).
   * Only an operator client's token is an admin token (its own audience, group {@code admin}).
   */
  public IssuedTokens clientCredentials(OAuthClient client, String requestedScope) {
    if (!client.isConfidential()) {
      throw new OAuthException(
          "unauthorized_client", "A public client cannot use client_credentials.");
    }
    List<String> scope = grantedScope(client, requestedScope);
    Instant now = Instant.now(clock);
    Duration ttl = ttl(client);
    String token = accessToken(client, client.clientId(), scope, null, now, ttl);
    return new IssuedTokens(token, ttl.toSeconds(), null, Scopes.format(scope));
  }

  /**
   * authorization_code with PKCE: single use; a replay revokes what the first exchange issued (RFC
   * 9700).
   */
  @Transactional(dontRollbackOn = OAuthException.class)
  public IssuedTokens exchangeCode(
      OAuthClient client, String code, String redirectUri, String codeVerifier) {
    if (code == null || code.isBlank()) {
      throw OAuthException.invalidRequest("code is required.");
    }
    Instant now = Instant.now(clock);
    AuthorizationCode stored =
        tokens
            .findCodeForUpdate(hasher.hash(code))
            .orElseThrow(() -> OAuthException.invalidGrant("Unknown code."));
    if (!stored.clientPk().equals(client.id())) {
      // the same answer as for a code that does not exist: no oracle for other clients' codes
      throw OAuthException.invalidGrant("Unknown code.");
    }
    if (stored.isUsed()) {
      if (stored.grantId() != null) {
        tokens.revokeGrant(stored.grantId(), now);
        audit.record(
            "oauth.code_replayed",
            AuditEvent.Outcome.FAILURE,
            new AuditService.Actor("client", client.clientId()),
            "oauth_grant",
            stored.grantId().toString(),
            null,
            null);
      }
      throw OAuthException.invalidGrant(
          "The code has already been used; the tokens it issued are revoked.");
    }
    if (stored.isExpiredAt(now)) {
      throw OAuthException.invalidGrant("The code has expired.");
    }
    if (!stored.redirectUri().equals(redirectUri)) {
      throw OAuthException.invalidGrant("redirect_uri does not match the authorization request.");
    }
    verifyPkce(stored, codeVerifier);
    List<String> scope = stillAllowed(client, stored.scope());
    OAuthGrant grant = new OAuthGrant(client.id(), stored.merchantId().toString(), scope, now);
    tokens.addGrant(grant);
    stored.redeem(grant.id(), now);
    return issueForGrant(client, grant, scope, now);
  }

  /**
   * refresh_token: same or narrower scope (and never a scope the client is no longer allowed), same
   * client, live grant. The token's row is locked, so concurrent refreshes are serialised and
   * cannot fork a rotating chain. Public clients' refresh tokens always rotate with reuse detection
   * (RFC 9700 §4.14.2); confidential clients' rotate when configured. A refused request still
   * commits what reuse detection revoked (the refusal is the point of it).
   */
  @Transactional(dontRollbackOn = OAuthException.class)
  public IssuedTokens refresh(OAuthClient client, String refreshToken, String requestedScope) {
    if (refreshToken == null || refreshToken.isBlank()) {
      throw OAuthException.invalidRequest("refresh_token is required.");
    }
    Instant now = Instant.now(clock);
    RefreshToken stored =
        tokens
            .findRefreshTokenForUpdate(hasher.hash(refreshToken))
            .orElseThrow(() -> OAuthException.invalidGrant("Unknown refresh token."));
    if (!stored.clientPk().equals(client.id())) {
      // the same answer as for a token that does not exist: no oracle for other clients' tokens
      throw OAuthException.invalidGrant("Unknown refresh token.");
    }
    boolean rotate = settings.rotateRefreshTokens() || !client.isConfidential();
    OAuthGrant grant =
        tokens
            .findGrant(stored.grantId())
            .orElseThrow(() -> OAuthException.invalidGrant("Unknown grant."));
    if (stored.isRevoked() && rotate) {
      // a rotated-away token came back: someone holds a copy, so the whole grant goes (reuse
      // detection)
      tokens.revokeGrant(grant.id(), now);
      throw OAuthException.invalidGrant(
          "The refresh token was already used; the grant is revoked.");
    }
    if (!stored.isUsableAt(now) || grant.isRevoked()) {
      throw OAuthException.invalidGrant("The refresh token is expired or revoked.");
    }
    List<String> grantable = stillAllowed(client, stored.scope());
    List<String> scope = grantable;
    if (requestedScope != null && !requestedScope.isBlank()) {
      Set<String> requested = parseScope(requestedScope);
      if (!grantable.containsAll(requested)) {
        throw OAuthException.invalidScope(
            "A refresh cannot widen the scope of the original grant or regain a scope the client"
                + " is no longer allowed.");
      }
      scope = List.copyOf(requested);
    }
    Duration ttl = ttl(client);
    String access = accessToken(client, grant.subject(), scope, grant.id(), now, ttl);
    String refresh = refreshToken;
    if (rotate) {
      stored.revoke(now);
      refresh = newRefreshToken(client, grant, grantable, now);
    }
    return new IssuedTokens(access, ttl.toSeconds(), refresh, Scopes.format(scope));
  }

  /**
   * RFC 7009: revokes a refresh token (with its grant, hence its access tokens) or an access token
   * of this client. Unknown tokens and tokens of other clients are ignored, as the RFC asks.
   */
  @Transactional
  public void revoke(OAuthClient client, String token, String hint, String source) {
    if (token == null || token.isBlank()) {
      throw OAuthException.invalidRequest("token is required.");
    }
    Instant now = Instant.now(clock);
    AuditService.Actor actor = new AuditService.Actor("client", client.clientId());
    Optional<RefreshToken> refresh = tokens.findRefreshToken(hasher.hash(token));
    if (refresh.isPresent() && refresh.get().clientPk().equals(client.id())) {
      tokens.revokeGrant(refresh.get().grantId(), now);
      audit.record(
          "oauth.token_revoked",
          AuditEvent.Outcome.SUCCESS,
          actor,
          "oauth_grant",
          refresh.get().grantId().toString(),
          source,
          "refresh_token");
      return;
    }
    Optional<JWTClaimsSet> claims = signing.verifiedClaims(token);
    if (claims.isPresent() && client.clientId().equals(claims.get().getClaim("client_id"))) {
      JWTClaimsSet c = claims.get();
      tokens.addRevokedAccessToken(
          new RevokedAccessToken(c.getJWTID(), c.getExpirationTime().toInstant()));
      audit.record(
          "oauth.token_revoked",
          AuditEvent.Outcome.SUCCESS,
          actor,
          "access_token",
          c.getJWTID(),
          source,
          "access_token");
    }
  }

  /**
   * RFC 7662: whether {@code token} is active, with its claims when it is. Tenant-bound (§4): a
   * caller sees as active only its own tokens, unless it is an operator client or a designated
   * resource server ({@code opensylo.oauth.introspection-clients}).
   */
  @Transactional
  public Optional<Map<String, Object>> introspect(OAuthClient caller, String token) {
    if (token == null || token.isBlank()) {
      throw OAuthException.invalidRequest("token is required.");
    }
    Instant now = Instant.now(clock);
    boolean seesAll =
        caller.isOperator() || settings.introspectionClients().contains(caller.clientId());
    Optional<RefreshToken> refresh = tokens.findRefreshToken(hasher.hash(token));
    if (refresh.isPresent()) {
      RefreshToken r = refresh.get();
      OAuthGrant grant = tokens.findGrant(r.grantId()).orElse(null);
      Optional<OAuthClient> client = clients.findById(r.clientPk());
      if (!r.isUsableAt(now)
          || grant == null
          || grant.isRevoked()
          || client.isEmpty()
          || !client.get().isActive()
          || !(seesAll || client.get().id().equals(caller.id()))) {
        return Optional.empty();
      }
      return Optional.of(
          Map.of(
              "scope",
              Scopes.format(r.scope()),
              "client_id",
              client.get().clientId(),
              "sub",
              grant.subject(),
              "token_type",
              "refresh_token",
              "exp",
              r.expiresAt().getEpochSecond()));
    }
    Optional<JWTClaimsSet> claims = signing.verifiedClaims(token);
    if (claims.isEmpty()
        || !isActive(claims.get(), now)
        || !(seesAll || caller.clientId().equals(claims.get().getClaim("client_id")))) {
      return Optional.empty();
    }
    JWTClaimsSet c = claims.get();
    return Optional.of(
        Map.of(
            "scope",
            String.valueOf(c.getClaim("scope")),
            "client_id",
            String.valueOf(c.getClaim("client_id")),
            "sub",
            c.getSubject(),
            "iss",
            c.getIssuer(),
            "aud",
            c.getAudience().get(0),
            "jti",
            c.getJWTID(),
            "token_type",
            "Bearer",
            "exp",
            c.getExpirationTime().toInstant().getEpochSecond(),
            "iat",
            c.getIssueTime().toInstant().getEpochSecond()));
  }

  /**
   * An access token whose signature we checked: not expired, and {@link #isActive(String, String,
   * String)}.
   */
  private boolean isActive(JWTClaimsSet claims, Instant now) {
    Date exp = claims.getExpirationTime();
    Object clientId = claims.getClaim("client_id");
    Object grantId = claims.getClaim(GRANT_CLAIM);
    return exp != null
        && now.isBefore(exp.toInstant())
        && isActive(
            claims.getJWTID(),
            clientId == null ? null : clientId.toString(),
            grantId == null ? null : grantId.toString(),
            claims.getClaim(GENERATION_CLAIM));
  }

  /**
   * Whether an access token is still good beyond what its signature and expiry say: not revoked by
   * {@code jti}, its client still exists, is active and has not been inactive since the token was
   * issued ({@code generation}), and its grant (if any) is not revoked. Read on every request, on
   * every node (for tokens MicroProfile JWT already verified, and for introspection).
   */
  @Transactional
  public boolean isActive(String jti, String clientId, String grantId, Object generation) {
    if (jti == null || clientId == null || tokens.isAccessTokenRevoked(jti)) {
      return false;
    }
    int issuedUnder = generationOf(generation);
    if (clients.find(clientId).filter(c -> c.honoursTokenGeneration(issuedUnder)).isEmpty()) {
      return false;
    }
    try {
      return grantId == null
          || tokens.findGrant(UUID.fromString(grantId)).map(g -> !g.isRevoked()).orElse(false);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * The generation claim as whatever the JWT library handed over (a number, a JSON number); absent
   * on tokens issued before generations existed, which count as generation 0.
   */
  private static int generationOf(Object claim) {
    if (claim == null) {
      return 0;
    }
    try {
      return new java.math.BigDecimal(String.valueOf(claim)).intValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      return -1;
    }
  }

  private IssuedTokens issueForGrant(
      OAuthClient client, OAuthGrant grant, List<String> scope, Instant now) {
    Duration ttl = ttl(client);
    String access = accessToken(client, grant.subject(), scope, grant.id(), now, ttl);
    String refresh = newRefreshToken(client, grant, scope, now);
    return new IssuedTokens(access, ttl.toSeconds(), refresh, Scopes.format(scope));
  }

  private String newRefreshToken(
      OAuthClient client, OAuthGrant grant, List<String> scope, Instant now) {
    String value = Secrets.urlSafe(32);
    tokens.addRefreshToken(
        new RefreshToken(
            hasher.hash(value),
            grant.id(),
            client.id(),
            scope,
            now,
            now.plus(settings.refreshTokenTtl())));
    return value;
  }

  private String accessToken(
      OAuthClient client,
      String subject,
      List<String> scope,
      UUID grantId,
      Instant now,
      Duration ttl) {
    // admin authority only from the server-side operator attribute, only for the client itself
    boolean admin = client.isOperator() && grantId == null && scope.contains(Scopes.ADMIN);
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(settings.issuer())
            .subject(subject)
            .audience(admin ? settings.adminAudience() : settings.audience())
            .claim("client_id", client.clientId())
            .claim("scope", Scopes.format(scope))
            .claim(GENERATION_CLAIM, client.tokenGeneration())
            .jwtID(UUID.randomUUID().toString())
            .issueTime(Date.from(now))
            .notBeforeTime(Date.from(now))
            .expirationTime(Date.from(now.plus(ttl)));
    if (grantId != null) {
      claims.claim(GRANT_CLAIM, grantId.toString());
    }
    if (admin) {
      claims.claim("groups", List.of(Scopes.ADMIN));
    }
    return signing.sign(claims.build());
  }

  private List<String> grantedScope(OAuthClient client, String requestedScope) {
    if (requestedScope == null || requestedScope.isBlank()) {
      return client.allowedScopes();
    }
    Set<String> requested = parseScope(requestedScope);
    if (!client.allowsScopes(requested)) {
      throw OAuthException.invalidScope("The requested scope is not allowed for this client.");
    }
    return List.copyOf(requested);
  }

  /**
   * The part of {@code granted} the client is still allowed, never {@code admin} (which no grant
   * carries); {@code invalid_grant} when nothing is left.
   */
  private static List<String> stillAllowed(OAuthClient client, List<String> granted) {
    List<String> scope =
        granted.stream()
            .filter(s -> !Scopes.ADMIN.equals(s) && client.allowedScopes().contains(s))
            .toList();
    if (scope.isEmpty()) {
      throw OAuthException.invalidGrant("The client is no longer allowed any scope of this grant.");
    }
    return scope;
  }

  private static Set<String> parseScope(String scope) {
    try {
      return Scopes.parseStrict(scope);
    } catch (IllegalArgumentException e) {
      throw OAuthException.invalidScope(e.getMessage());
    }
  }

  private Duration ttl(OAuthClient client) {
    return settings.accessTokenTtl(client.environment() == ClientEnvironment.SANDBOX);
  }

  private void verifyPkce(AuthorizationCode code, String verifier) {
    if (code.codeChallenge() == null) {
      if (verifier != null) {
        throw OAuthException.invalidGrant(
            "No code_challenge was sent, so no code_verifier is expected.");
      }
      return;
    }
    if (verifier == null || !verifier.matches("[A-Za-z0-9._~-]{43,128}")) {
      throw OAuthException.invalidGrant("A valid code_verifier is required.");
    }
    String expected = "plain".equals(code.codeChallengeMethod()) ? verifier : s256(verifier);
    if (!MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII),
        code.codeChallenge().getBytes(StandardCharsets.US_ASCII))) {
      throw OAuthException.invalidGrant("code_verifier does not match code_challenge.");
    }
  }

  /** The PKCE S256 transform: base64url(SHA-256(verifier)) without padding. */
  public static String s256(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
