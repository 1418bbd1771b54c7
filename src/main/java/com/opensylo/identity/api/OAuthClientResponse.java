package com.opensylo.identity.api;

import com.opensylo.identity.domain.OAuthClient;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;

/**
 * The client object of seed 003 / SPEC §5: snake_case, every key always present (null where unset).
 */
@SuppressWarnings(
    "deprecation") // JsonbProperty.nillable: the per-property switch Yasson honours on records
@JsonbPropertyOrder({
  "id",
  "clientId",
  "clientName",
  "clientUri",
  "logoUri",
  "clientType",
  "redirectUris",
  "allowedScopes",
  "allowedOrigins",
  "ownerId",
  "brandId",
  "firstParty",
  "enabled",
  "createdAt",
  "updatedAt"
})
public record OAuthClientResponse(
    String id,
    @JsonbProperty("client_id") String clientId,
    @JsonbProperty("client_name") String clientName,
    @JsonbProperty(value = "client_uri", nillable = true) String clientUri,
    @JsonbProperty(value = "logo_uri", nillable = true) String logoUri,
    @JsonbProperty("client_type") String clientType,
    @JsonbProperty("redirect_uris") List<String> redirectUris,
    @JsonbProperty("allowed_scopes") List<String> allowedScopes,
    @JsonbProperty("allowed_origins") List<String> allowedOrigins,
    @JsonbProperty(value = "owner_id", nillable = true) String ownerId,
    @JsonbProperty(value = "brand_id", nillable = true) String brandId,
    @JsonbProperty("is_first_party") boolean firstParty,
    boolean enabled,
    @JsonbProperty("created_at") Instant createdAt,
    @JsonbProperty("updated_at") Instant updatedAt) {

  static OAuthClientResponse of(OAuthClient c) {
    return new OAuthClientResponse(
        c.id().toString(),
        c.clientId(),
        c.clientName(),
        c.clientUri(),
        c.logoUri(),
        c.clientType().wireName(),
        c.redirectUris(),
        c.allowedScopes(),
        c.allowedOrigins(),
        c.ownerId(),
        c.brandId(),
        c.firstParty(),
        c.enabled(),
        c.createdAt(),
        c.updatedAt());
  }

  /** {@code {client}} */
  public record Single(OAuthClientResponse client) {}

  /** {@code {client, client_secret}}: the secret is shown here once. */
  public record WithSecret(
      OAuthClientResponse client,
      @JsonbProperty(value = "client_secret", nillable = true) String clientSecret) {}

  /** {@code {clients, page, page_size, total}} */
  public record Page(
      List<OAuthClientResponse> clients,
      int page,
      @JsonbProperty("page_size") int pageSize,
      long total) {}
}
