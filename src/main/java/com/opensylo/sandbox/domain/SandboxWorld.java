package com.opensylo.sandbox.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The published sandbox world (SPEC §10): one SANDBOX marketplace with public credentials and five
 * test merchants, one per tier. Everything here is public by design (shown by {@code GET
 * /sandbox/test-credentials} and {@code /sandbox/test-merchants} and written in the README), so it
 * lives in code, not configuration: the walkthrough and every developer's integration depend on
 * these exact values. None of it grants anything outside the sandbox: the client is SANDBOX, the
 * merchant accounts may consent only to SANDBOX clients.
 */
public final class SandboxWorld {

  private SandboxWorld() {}

  public static final UUID MARKETPLACE_ID = UUID.fromString("5a4db0c5-0000-4000-8000-000000000001");
  public static final String PLATFORM_NAME = "opensylo-sandbox";
  public static final String MARKETPLACE_NAME = "OpenSylo Sandbox Marketplace";
  public static final String CURRENCY = "NGN";
  public static final String CLIENT_ID = "sb_opensylo-sandbox_client_5a4db0c5";
  public static final String CLIENT_SECRET =
      "cs_secret_sandbox-public-test-secret-0000000000000000";
  public static final String WEBHOOK_SECRET = "whsec_sandbox-public-webhook-secret-0000000000000";
  public static final List<String> REDIRECT_URIS =
      List.of("http://localhost:3000/callback", "http://127.0.0.1:3000/callback");
  public static final List<String> SCOPES =
      List.of(
          "data.share.sales",
          "data.share.fulfillment",
          "data.share.payouts",
          "data.share.risk",
          "data.share.profile",
          "credit.score.read",
          "repayment.report");

  /**
   * The published dashboard user: a DEVELOPER, so the public password reads the dashboard (the
   * delivery log, the credentials) but cannot change the marketplace's secrets, webhook URL or
   * users, nor its own password.
   */
  public static final String DASHBOARD_EMAIL = "developer@sandbox.opensylo.com";

  public static final String DASHBOARD_PASSWORD = "SandboxDeveloper123!";
  public static final String DASHBOARD_FIRST_NAME = "Sandbox";
  public static final String DASHBOARD_LAST_NAME = "Developer";

  public static final List<TestMerchant> MERCHANTS =
      List.of(
          merchant(
              "A",
              85,
              "VERY_LOW",
              "Established electronics seller: strong, steady sales, clean credit history.",
              "Tier A Electronics",
              new TestMerchant.SeedLoan(
                  new BigDecimal("300000.00"),
                  new BigDecimal("30000.00"),
                  new BigDecimal("10.00"))),
          merchant(
              "B",
              72,
              "LOW",
              "Growing fashion store: good sales, a short time on the platform.",
              "Tier B Fashion House",
              new TestMerchant.SeedLoan(
                  new BigDecimal("200000.00"), new BigDecimal("24000.00"), new BigDecimal("8.00"))),
          merchant(
              "C",
              55,
              "MEDIUM",
              "Home goods seller with uneven sales and linked-account and GMV-spike flags.",
              "Tier C Home Goods",
              null),
          merchant(
              "D",
              40,
              "HIGH",
              "Gadget reseller with weak fulfilment and risk flags: a small cap only.",
              "Tier D Gadgets",
              null),
          merchant(
              "E",
              20,
              "VERY_HIGH",
              "Flash-deal seller with a fraud flag: not eligible for credit.",
              "Tier E Flash Deals",
              null));

  private static TestMerchant merchant(
      String tier,
      int score,
      String riskLevel,
      String description,
      String businessName,
      TestMerchant.SeedLoan loan) {
    String t = tier.toLowerCase(java.util.Locale.ROOT);
    return new TestMerchant(
        tier,
        "tier-" + t + "@sandbox.opensylo.com",
        "SandboxTier" + tier + "123!",
        "sandbox-tier-" + t,
        businessName,
        score,
        riskLevel,
        description,
        "sandbox/tier-" + t + ".json",
        loan);
  }

  /** The test merchant with this account email, if it is one. */
  public static Optional<TestMerchant> byEmail(String normalizedEmail) {
    return MERCHANTS.stream().filter(m -> m.email().equals(normalizedEmail)).findFirst();
  }
}
