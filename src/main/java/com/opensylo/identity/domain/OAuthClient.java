package com.opensylo.identity.domain;

import com.opensylo.shared.persistence.StringListConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A registered OAuth 2.0 client (SPEC §5 client object). Its secrets live in {@link ClientSecret}.
 */
@Entity
@Table(name = "oauth_client")
public class OAuthClient {

  @Id
  @JdbcTypeCode(SqlTypes.CHAR)
  @Column(length = 36)
  private UUID id;

  @Column(name = "client_id", nullable = false, length = 128)
  private String clientId;

  @Column(name = "client_name", nullable = false)
  private String clientName;

  @Column(name = "client_uri", length = 2048)
  private String clientUri;

  @Column(name = "logo_uri", length = 2048)
  private String logoUri;

  @Enumerated(EnumType.STRING)
  @Column(name = "client_type", nullable = false, length = 16)
  private ClientType clientType;

  @Convert(converter = StringListConverter.class)
  @Column(name = "redirect_uris", nullable = false, columnDefinition = "TEXT")
  private List<String> redirectUris;

  @Convert(converter = StringListConverter.class)
  @Column(name = "allowed_scopes", nullable = false, columnDefinition = "TEXT")
  private List<String> allowedScopes;

  @Convert(converter = StringListConverter.class)
  @Column(name = "allowed_origins", nullable = false, columnDefinition = "TEXT")
  private List<String> allowedOrigins;

  @Column(name = "owner_id")
  private String ownerId;

  @Column(name = "brand_id")
  private String brandId;

  @Column(name = "is_first_party", nullable = false)
  private boolean firstParty;

  @Column(nullable = false)
  private boolean enabled;

  /**
   * Whether this is an operator client: the only kind whose client_credentials tokens carry admin
   * authority. Set by the server at registration (never by a grant or a scope list), immutable.
   */
  @Column(name = "is_operator", nullable = false)
  private boolean operator;

  /** Set while the client's owner (a marketplace) is suspended: the owner's switch, not ours. */
  @Column(name = "owner_suspended", nullable = false)
  private boolean ownerSuspended;

  /**
   * Raised each time the client stops being active; access tokens carry the generation they were
   * issued under, so tokens issued before a disable never come back with a re-enable.
   */
  @Column(name = "token_generation", nullable = false)
  private int tokenGeneration;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ClientEnvironment environment;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected OAuthClient() {}

  /**
   * A new, enabled client registered under {@code clientId}; the caller has validated URIs, scopes
   * and origins. It is an operator client exactly when the registration asks for {@code admin}, and
   * then it must be confidential, first-party, owned by nobody and allowed only {@code admin}.
   */
  public static OAuthClient register(
      String clientId,
      ClientEnvironment environment,
      ClientRegistration registration,
      Instant now) {
    return new OAuthClient(clientId, environment, registration, now);
  }

  private OAuthClient(
      String clientId,
      ClientEnvironment environment,
      ClientRegistration registration,
      Instant now) {
    boolean operator = registration.asksForOperator();
    if (operator
        && (registration.clientType() != ClientType.CONFIDENTIAL
            || !registration.firstParty()
            || registration.ownerId() != null
            || !List.of(Scopes.ADMIN).equals(registration.allowedScopes()))) {
      throw new IllegalArgumentException(
          "an operator client is confidential, first-party, owned by nobody and allowed only admin");
    }
    this.id = UUID.randomUUID();
    this.operator = operator;
    this.clientId = Objects.requireNonNull(clientId);
    this.clientType = Objects.requireNonNull(registration.clientType());
    this.environment = Objects.requireNonNull(environment);
    this.ownerId = registration.ownerId();
    this.brandId = registration.brandId();
    this.firstParty = registration.firstParty();
    this.enabled = true;
    this.createdAt = now;
    rename(registration.clientName(), now);
    describe(registration.clientUri(), registration.logoUri(), now);
    changeRedirectUris(registration.redirectUris(), now);
    changeAllowedScopes(registration.allowedScopes(), now);
    changeAllowedOrigins(registration.allowedOrigins(), now);
  }

  public void rename(String name, Instant now) {
    if (name == null || name.isBlank() || name.length() > 255) {
      throw new IllegalArgumentException("client_name must have 1 to 255 characters");
    }
    this.clientName = name;
    this.updatedAt = now;
  }

  public void describe(String clientUri, String logoUri, Instant now) {
    this.clientUri = clientUri;
    this.logoUri = logoUri;
    this.updatedAt = now;
  }

  public void changeRedirectUris(List<String> uris, Instant now) {
    if (uris == null || uris.isEmpty()) {
      throw new IllegalArgumentException("redirect_uris needs at least one URI");
    }
    this.redirectUris = List.copyOf(uris);
    this.updatedAt = now;
  }

  public void changeAllowedScopes(List<String> scopes, Instant now) {
    if (scopes == null || scopes.isEmpty() || !scopes.stream().allMatch(Scopes::isKnown)) {
      throw new IllegalArgumentException("allowed_scopes needs at least one known scope");
    }
    if (scopes.contains(Scopes.ADMIN) != operator || (operator && scopes.size() != 1)) {
      throw new IllegalArgumentException(
          "admin is the one scope of operator clients, and only theirs");
    }
    this.allowedScopes = List.copyOf(scopes);
    this.updatedAt = now;
  }

  public void changeAllowedOrigins(List<String> origins, Instant now) {
    this.allowedOrigins = origins == null ? List.of() : List.copyOf(origins);
    this.updatedAt = now;
  }

  /**
   * The operator's switch. Turning it off ends every token issued so far, for good; turning it on
   * while the owner is suspended is refused by the caller (the client would stay inactive).
   */
  public void enable(boolean value, Instant now) {
    if (enabled && !value && !ownerSuspended) {
      tokenGeneration++;
    }
    this.enabled = value;
    this.updatedAt = now;
  }

  /** The owner's switch (a marketplace suspended or reactivated); the operator's is left alone. */
  public void suspendByOwner(boolean suspended, Instant now) {
    if (suspended && !ownerSuspended && enabled) {
      tokenGeneration++;
    }
    this.ownerSuspended = suspended;
    this.updatedAt = now;
  }

  /**
   * Whether the client may authenticate and its tokens work: enabled by the operator and not
   * suspended by its owner.
   */
  public boolean isActive() {
    return enabled && !ownerSuspended;
  }

  /**
   * Whether an access token issued under {@code generation} is still this client's: the client is
   * active and has not been inactive since.
   */
  public boolean honoursTokenGeneration(int generation) {
    return isActive() && generation == tokenGeneration;
  }

  /** Whether {@code uri} is registered, compared exactly (RFC 9700 §2.1). */
  public boolean hasRedirectUri(String uri) {
    return uri != null && redirectUris.contains(uri);
  }

  /** Whether every scope of {@code requested} is allowed for this client. */
  public boolean allowsScopes(Set<String> requested) {
    return allowedScopes.containsAll(requested);
  }

  /**
   * Whether browsers at {@code origin} may call the token and revocation endpoints as this client.
   */
  public boolean allowsOrigin(String origin) {
    return origin != null && allowedOrigins.contains(origin);
  }

  public boolean isConfidential() {
    return clientType == ClientType.CONFIDENTIAL;
  }

  public UUID id() {
    return id;
  }

  public String clientId() {
    return clientId;
  }

  public String clientName() {
    return clientName;
  }

  public String clientUri() {
    return clientUri;
  }

  public String logoUri() {
    return logoUri;
  }

  public ClientType clientType() {
    return clientType;
  }

  public List<String> redirectUris() {
    return redirectUris;
  }

  public List<String> allowedScopes() {
    return allowedScopes;
  }

  public List<String> allowedOrigins() {
    return allowedOrigins;
  }

  public String ownerId() {
    return ownerId;
  }

  public String brandId() {
    return brandId;
  }

  public boolean firstParty() {
    return firstParty;
  }

  public boolean enabled() {
    return enabled;
  }

  public boolean isOperator() {
    return operator;
  }

  public boolean ownerSuspended() {
    return ownerSuspended;
  }

  public int tokenGeneration() {
    return tokenGeneration;
  }

  public ClientEnvironment environment() {
    return environment;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
