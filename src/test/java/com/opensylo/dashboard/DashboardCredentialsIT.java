package com.opensylo.dashboard;

import static com.opensylo.testsupport.Marketplaces.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import com.opensylo.testsupport.Marketplaces;
import com.opensylo.testsupport.OAuth;
import com.opensylo.testsupport.Pkce;
import com.opensylo.testsupport.RestoreServerOverrides;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole credentials flow: admin onboarding → owner sign-in → masked credentials →
 * client_credentials with the secret → regenerate (seed 000) → old secret refused at once, new one
 * accepted, tokens issued before still valid. And the contrast with the admin rotate-secret, whose
 * old secret keeps a grace period.
 */
@ExtendWith({ArquillianExtension.class, RestoreServerOverrides.class})
class DashboardCredentialsIT {

  private static final String REGENERATED_MESSAGE =
      "Client secret regenerated successfully. Store it securely - it will not be shown again.";

  private static String partnerToken(Marketplaces.Onboarded m, String secret) {
    Response response = Marketplaces.clientCredentials(m.clientId(), secret);
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    return response.jsonPath().getString("access_token");
  }

  private static void assertInvalidClient(Response response) {
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(401);
    assertThat(response.jsonPath().getString("error")).isEqualTo("invalid_client");
    assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
  }

  private static int healthStatus(String partnerToken) {
    return bearer(partnerToken).get("/api/marketplace/data/health").statusCode();
  }

  /**
   * A merchant consents through the marketplace's client; returns the token response (access +
   * refresh).
   */
  private static JsonPath merchantTokens(Marketplaces.Onboarded m) {
    String email = "merchant-" + UUID.randomUUID() + "@example.com";
    String password = "Merchant-Pass-" + UUID.randomUUID();
    OAuth.createMerchant(email, password);
    Pkce pkce = Pkce.generate();
    Response page =
        OAuth.authorize(
            Map.of(
                "client_id",
                m.clientId(),
                "redirect_uri",
                Marketplaces.REDIRECT,
                "response_type",
                "code",
                "scope",
                "data.share.sales",
                "state",
                "s1",
                "code_challenge",
                pkce.challenge(),
                "code_challenge_method",
                "S256"));
    assertThat(page.statusCode()).as(page.asString()).isEqualTo(200);
    String code =
        OAuth.redirectParams(
                OAuth.decide(OAuth.hiddenFields(page.asString()), email, password, "approve"))
            .get("code");
    Response tokens =
        OAuth.token(
            new OAuth.Client(m.clientId(), m.clientSecret()),
            Map.of(
                "grant_type",
                "authorization_code",
                "code",
                code,
                "redirect_uri",
                Marketplaces.REDIRECT,
                "code_verifier",
                pkce.verifier()));
    assertThat(tokens.statusCode()).as(tokens.asString()).isEqualTo(200);
    return tokens.jsonPath();
  }

  @Test
  void onboardSignInViewCredentialsRegenerateAndKeepIssuedTokens() {
    Marketplaces.Onboarded m = Marketplaces.onboard();

    // owner signs in: SPEC §3 response, a JWT of its own kind
    Response login = Marketplaces.login(m.ownerEmail(), m.ownerPassword());
    assertThat(login.statusCode()).as(login.asString()).isEqualTo(200);
    JsonPath session = login.jsonPath();
    assertThat(session.getString("tokenType")).isEqualTo("Bearer");
    assertThat(session.getInt("expiresIn")).isEqualTo(86400);
    assertThat(session.getString("marketplace.id")).isEqualTo(m.id());
    assertThat(session.getString("marketplace.platformName")).isEqualTo(m.platformName());
    assertThat(session.getString("marketplace.displayName")).isEqualTo("Shop " + m.platformName());
    assertThat(session.getString("marketplace.status")).isEqualTo("ACTIVE");
    assertThat(session.getMap("user"))
        .containsEntry("id", m.ownerId())
        .containsEntry("email", m.ownerEmail())
        .containsEntry("firstName", "Ada")
        .containsEntry("lastName", "Okafor")
        .containsEntry("role", "OWNER");
    String dashboard = OAuth.remember(session.getString("accessToken"));
    String[] jwt = dashboard.split("\\.");
    String header = new String(Base64.getUrlDecoder().decode(jwt[0]));
    String claims = new String(Base64.getUrlDecoder().decode(jwt[1]));
    assertThat(header).contains("\"typ\":\"JWT\"").contains("\"kid\"");
    assertThat(claims)
        .contains("\"aud\":\"opensylo-dashboard\"")
        .contains("\"sub\":\"" + m.ownerId() + "\"")
        .contains("\"marketplace_id\":\"" + m.id() + "\"")
        .doesNotContain("client_id")
        .doesNotContain("scope");

    // credentials: masked secret only
    Response credentials = bearer(dashboard).get("/marketplace-dashboard/credentials");
    assertThat(credentials.statusCode()).as(credentials.asString()).isEqualTo(200);
    JsonPath c = credentials.jsonPath();
    assertThat(c.getMap(""))
        .containsOnlyKeys(
            "clientId",
            "clientSecretMasked",
            "redirectUris",
            "allowedScopes",
            "environment",
            "secretLastRotatedAt",
            "createdAt");
    assertThat(c.getString("clientId")).isEqualTo(m.clientId());
    assertThat(c.getString("clientSecretMasked"))
        .isEqualTo("cs_secret_***..." + m.clientSecret().substring(m.clientSecret().length() - 4));
    assertThat(credentials.asString()).doesNotContain(m.clientSecret());
    assertThat(c.getList("redirectUris")).containsExactly(Marketplaces.REDIRECT);
    assertThat(c.getList("allowedScopes"))
        .containsExactly("data.share.sales", "credit.score.read", "repayment.report");
    assertThat(c.getString("environment")).isEqualTo("PRODUCTION");
    assertThat(c.getString("secretLastRotatedAt")).isNull();
    assertThat(Instant.parse(c.getString("createdAt")))
        .isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(5, ChronoUnit.MINUTES));

    // the back end uses the secret; a merchant grants access (access + refresh token)
    String before = partnerToken(m, m.clientSecret());
    assertThat(healthStatus(before)).isEqualTo(200);
    JsonPath merchant = merchantTokens(m);

    // regenerate, exactly as seed 000
    Response regenerated =
        bearer(dashboard).post("/marketplace-dashboard/credentials/regenerate-secret");
    assertThat(regenerated.statusCode()).as(regenerated.asString()).isEqualTo(200);
    JsonPath r = regenerated.jsonPath();
    assertThat(r.getMap(""))
        .containsOnlyKeys("success", "message", "clientSecret", "regeneratedAt");
    assertThat(r.getBoolean("success")).isTrue();
    assertThat(r.getString("message")).isEqualTo(REGENERATED_MESSAGE);
    String newSecret = OAuth.remember(r.getString("clientSecret"));
    assertThat(newSecret).matches("cs_secret_[A-Za-z0-9_-]{43,}").isNotEqualTo(m.clientSecret());
    assertThat(r.getString("regeneratedAt"))
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");

    // the old secret fails at once; the new one works; what was issued before still works
    assertInvalidClient(Marketplaces.clientCredentials(m.clientId(), m.clientSecret()));
    assertThat(healthStatus(partnerToken(m, newSecret))).isEqualTo(200);
    assertThat(healthStatus(before)).isEqualTo(200);
    assertThat(healthStatus(merchant.getString("access_token"))).isEqualTo(200);
    Response refreshed =
        OAuth.token(
            new OAuth.Client(m.clientId(), newSecret),
            Map.of(
                "grant_type",
                "refresh_token",
                "refresh_token",
                merchant.getString("refresh_token")));
    assertThat(refreshed.statusCode()).as(refreshed.asString()).isEqualTo(200);
    Response refreshWithOldSecret =
        OAuth.token(
            new OAuth.Client(m.clientId(), m.clientSecret()),
            Map.of(
                "grant_type",
                "refresh_token",
                "refresh_token",
                merchant.getString("refresh_token")));
    assertInvalidClient(refreshWithOldSecret);

    // the dashboard now shows the new secret's last four and when it changed
    JsonPath after = bearer(dashboard).get("/marketplace-dashboard/credentials").jsonPath();
    assertThat(after.getString("clientSecretMasked"))
        .isEqualTo("cs_secret_***..." + newSecret.substring(newSecret.length() - 4));
    assertThat(after.getString("secretLastRotatedAt")).isEqualTo(r.getString("regeneratedAt"));

    // audited, without the secret
    var events = Marketplaces.auditEvents("oauth_client.secret_regenerated", m.clientId());
    assertThat(events).hasSize(1);
    assertThat(events.get(0))
        .containsEntry("actor_type", "marketplace_user")
        .containsEntry("actor_id", m.ownerId())
        .containsEntry("outcome", "SUCCESS");
    assertThat(events.toString()).doesNotContain(newSecret);
  }

  @Test
  void adminRotationKeepsAGracePeriodDashboardRegenerationDoesNot() {
    Marketplaces.Onboarded m = Marketplaces.onboard();
    String dashboard = Marketplaces.ownerToken(m);

    // admin rotate-secret (seed 003): the old secret keeps working for the grace period
    Response rotated =
        OAuth.admin().post("/v1/admin/oauth-clients/" + m.clientId() + "/rotate-secret");
    assertThat(rotated.statusCode()).as(rotated.asString()).isEqualTo(200);
    String rotatedSecret = OAuth.remember(rotated.jsonPath().getString("client_secret"));
    assertThat(Marketplaces.clientCredentials(m.clientId(), m.clientSecret()).statusCode())
        .isEqualTo(200);
    assertThat(Marketplaces.clientCredentials(m.clientId(), rotatedSecret).statusCode())
        .isEqualTo(200);
    OAuth.moveClock("PT23H");
    assertThat(Marketplaces.clientCredentials(m.clientId(), m.clientSecret()).statusCode())
        .isEqualTo(200);
    OAuth.moveClock("PT0S"); // the regeneration below happens now

    // dashboard regenerate: both earlier secrets, the one in its grace period included, stop at
    // once
    Response regenerated =
        bearer(dashboard).post("/marketplace-dashboard/credentials/regenerate-secret");
    assertThat(regenerated.statusCode()).as(regenerated.asString()).isEqualTo(200);
    String newSecret = OAuth.remember(regenerated.jsonPath().getString("clientSecret"));
    assertInvalidClient(Marketplaces.clientCredentials(m.clientId(), m.clientSecret()));
    assertInvalidClient(Marketplaces.clientCredentials(m.clientId(), rotatedSecret));
    assertThat(Marketplaces.clientCredentials(m.clientId(), newSecret).statusCode()).isEqualTo(200);
  }

  @Test
  void sandboxMarketplaceGetsAnSbClient() {
    Marketplaces.Onboarded m = Marketplaces.onboard("SANDBOX");
    assertThat(m.clientId()).matches("sb_" + m.platformName() + "_client_[0-9a-f]{8}");
    JsonPath credentials =
        bearer(Marketplaces.ownerToken(m)).get("/marketplace-dashboard/credentials").jsonPath();
    assertThat(credentials.getString("environment")).isEqualTo("SANDBOX");
    Response token = Marketplaces.clientCredentials(m.clientId(), m.clientSecret());
    assertThat(token.jsonPath().getInt("expires_in")).isEqualTo(7 * 24 * 3600);
    JsonPath health =
        bearer(token.jsonPath().getString("access_token"))
            .get("/api/marketplace/data/health")
            .jsonPath();
    assertThat(health.getString("environment")).isEqualTo("SANDBOX");
  }
}
