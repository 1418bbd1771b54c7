package com.opensylo.sandbox.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of {@code GET /sandbox/test-credentials} and {@code /sandbox/test-merchants}. */
public final class SandboxResponses {

  private SandboxResponses() {}

  /** SPEC §10 SandboxCredentialsResponse. */
  @Schema(name = "SandboxCredentialsResponse")
  public record Credentials(List<Credential> credentials) {}

  /**
   * The sandbox marketplace's public credentials: SPEC §10's fields, plus what the walkthrough
   * needs to sign inbound webhooks (the marketplace id and webhook secret) and to read the delivery
   * log (the dashboard OWNER). All public by design: they reach only sandbox data.
   */
  @Schema(name = "SandboxCredential")
  @JsonbPropertyOrder({
    "clientId",
    "clientSecret",
    "redirectUris",
    "allowedScopes",
    "marketplaceName",
    "marketplaceId",
    "platformName",
    "webhookSecret",
    "dashboardEmail",
    "dashboardPassword"
  })
  public record Credential(
      String clientId,
      @Schema(description = "Public by design: sandbox data only") String clientSecret,
      List<String> redirectUris,
      List<String> allowedScopes,
      String marketplaceName,
      @Schema(description = "X-Marketplace-Id of signed inbound webhooks") UUID marketplaceId,
      String platformName,
      @Schema(description = "HMAC key of inbound and outbound webhooks") String webhookSecret,
      @Schema(description = "Marketplace Dashboard user (DEVELOPER: reads, changes nothing)")
          String dashboardEmail,
      String dashboardPassword) {}

  /** SPEC §10 SandboxMerchantsResponse. */
  @Schema(name = "SandboxMerchantsResponse")
  public record Merchants(List<Merchant> merchants) {}

  /** One test merchant, one per tier. */
  @Schema(name = "SandboxMerchant")
  @JsonbPropertyOrder({
    "tier",
    "email",
    "password",
    "creditScore",
    "riskLevel",
    "lendingCap",
    "currency",
    "description",
    "merchantId"
  })
  public record Merchant(
      @Schema(enumeration = {"A", "B", "C", "D", "E"}) String tier,
      String email,
      @Schema(description = "Public by design: the account consents only to sandbox clients")
          String password,
      @Schema(minimum = "0", maximum = "100") int creditScore,
      @Schema(enumeration = {"VERY_LOW", "LOW", "MEDIUM", "HIGH", "VERY_HIGH"}) String riskLevel,
      @Schema(description = "The most the merchant may borrow (two decimals)")
          BigDecimal lendingCap,
      String currency,
      String description,
      @Schema(description = "The sandbox marketplace's id of the merchant") String merchantId) {}
}
