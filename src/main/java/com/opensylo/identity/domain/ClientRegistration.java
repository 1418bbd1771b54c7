package com.opensylo.identity.domain;

import java.util.List;
import java.util.Objects;

/**
 * What a client is registered with (SPEC §5), apart from its id and environment, which the server
 * chooses. Built with named steps, so no caller lists a dozen positional values:
 *
 * <pre>{@code
 * ClientRegistration.named("Shop app")
 *     .redirectUris(List.of("https://shop.example/cb"))
 *     .allowedScopes(List.of("credit.score.read"))
 *     .ownedBy(marketplaceId)
 *     .build();
 * }</pre>
 *
 * A registration is confidential unless {@link Builder#type} says otherwise, has no origins, URIs,
 * owner or brand unless given, and is not first-party unless {@link Builder#firstParty} says so.
 */
public record ClientRegistration(
    String clientName,
    ClientType clientType,
    List<String> redirectUris,
    List<String> allowedScopes,
    List<String> allowedOrigins,
    String clientUri,
    String logoUri,
    String ownerId,
    String brandId,
    boolean firstParty) {

  /** Starts a registration of a client shown as {@code clientName}. */
  public static Builder named(String clientName) {
    return new Builder(clientName);
  }

  /** Whether this registration asks for an operator client (the {@code admin} scope). */
  public boolean asksForOperator() {
    return allowedScopes != null && allowedScopes.contains(Scopes.ADMIN);
  }

  /** The named steps of a {@link ClientRegistration}. */
  public static final class Builder {

    private final String clientName;
    private ClientType clientType = ClientType.CONFIDENTIAL;
    private List<String> redirectUris = List.of();
    private List<String> allowedScopes = List.of();
    private List<String> allowedOrigins = List.of();
    private String clientUri;
    private String logoUri;
    private String ownerId;
    private String brandId;
    private boolean firstParty;

    private Builder(String clientName) {
      this.clientName = clientName;
    }

    public Builder type(ClientType type) {
      this.clientType = Objects.requireNonNull(type, "type");
      return this;
    }

    public Builder redirectUris(List<String> uris) {
      this.redirectUris = uris;
      return this;
    }

    public Builder allowedScopes(List<String> scopes) {
      this.allowedScopes = scopes;
      return this;
    }

    /** Browser origins allowed at the token and revocation endpoints; null means none. */
    public Builder allowedOrigins(List<String> origins) {
      this.allowedOrigins = origins == null ? List.of() : origins;
      return this;
    }

    /** The client's home page and logo, for the consent screen (either may be null). */
    public Builder describedBy(String clientUri, String logoUri) {
      this.clientUri = clientUri;
      this.logoUri = logoUri;
      return this;
    }

    /** What owns the client (a marketplace id); null for nobody. */
    public Builder ownedBy(String ownerId) {
      this.ownerId = ownerId;
      return this;
    }

    public Builder brand(String brandId) {
      this.brandId = brandId;
      return this;
    }

    /** Whether the client is OpenSylo's own (first-party clients skip the consent step). */
    public Builder firstParty(boolean firstParty) {
      this.firstParty = firstParty;
      return this;
    }

    public ClientRegistration build() {
      return new ClientRegistration(
          clientName,
          clientType,
          redirectUris,
          allowedScopes,
          allowedOrigins,
          clientUri,
          logoUri,
          ownerId,
          brandId,
          firstParty);
    }
  }
}
