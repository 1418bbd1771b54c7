package com.opensylo.identity.api;

import com.opensylo.identity.service.SigningKeyService;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A signing key as the admin API shows it (never its private half): snake_case, every key present.
 * {@code published_until} is null while the key is active; after it, the key is out of the JWKS and
 * its tokens are refused.
 */
@SuppressWarnings("deprecation") // JsonbProperty.nillable: the per-property switch Yasson honours
@JsonbPropertyOrder({"kid", "algorithm", "status", "createdAt", "retiredAt", "publishedUntil"})
@Schema(name = "SigningKey")
public record SigningKeyResponse(
    String kid,
    @Schema(examples = "ES256") String algorithm,
    @Schema(enumeration = {"ACTIVE", "RETIRED"}) String status,
    @JsonbProperty("created_at") Instant createdAt,
    @JsonbProperty(value = "retired_at", nillable = true) @Schema(nullable = true)
        Instant retiredAt,
    @JsonbProperty(value = "published_until", nillable = true) @Schema(nullable = true)
        Instant publishedUntil) {

  static SigningKeyResponse of(SigningKeyService.KeyView key) {
    return new SigningKeyResponse(
        key.kid(),
        key.algorithm(),
        key.status().name(),
        key.createdAt(),
        key.retiredAt(),
        key.publishedUntil());
  }

  /** {@code GET /v1/admin/signing-keys}: every key, newest first. */
  @Schema(name = "SigningKeyList")
  public record Listing(List<SigningKeyResponse> keys) {}

  /**
   * {@code POST /v1/admin/signing-keys/rotate}: the key that signs from now on, the key it retired,
   * and when the retired key leaves the JWKS.
   */
  @SuppressWarnings("deprecation")
  @JsonbPropertyOrder({"kid", "retiredKid", "retiredPublishedUntil"})
  @Schema(name = "SigningKeyRotation")
  public record Rotation(
      @Schema(description = "The new active key") String kid,
      @JsonbProperty(value = "retired_kid", nillable = true) @Schema(nullable = true)
          String retiredKid,
      @JsonbProperty(value = "retired_published_until", nillable = true)
          @Schema(nullable = true, description = "When the retired key leaves the JWKS")
          Instant retiredPublishedUntil) {

    static Rotation of(SigningKeyService.Rotation rotation) {
      return new Rotation(
          rotation.active().kid(),
          rotation.retired() == null ? null : rotation.retired().kid(),
          rotation.retired() == null ? null : rotation.retired().publishedUntil());
    }
  }
}
