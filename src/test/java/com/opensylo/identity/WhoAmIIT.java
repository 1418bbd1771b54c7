package com.opensylo.identity;

import static com.opensylo.testsupport.Api.assertApiError;
import static com.opensylo.testsupport.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.opensylo.testsupport.OAuth;
import com.opensylo.testsupport.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * MicroProfile JWT guards the admin API with the server's own access tokens: only a valid,
 * unrevoked token of group {@code admin} gets through; expired, forged, unsigned and foreign-issuer
 * tokens get 401.
 */
@ExtendWith(ArquillianExtension.class)
class WhoAmIIT {

  private static final String PATH = "/v1/admin/whoami";

  private static Response whoAmI(String bearer) {
    return request().header("Authorization", "Bearer " + bearer).get(PATH);
  }

  private static void assertUnauthorized(Response response) {
    assertApiError(response, 401, "UNAUTHORIZED", PATH);
    assertThat(response.header("WWW-Authenticate")).startsWith("Bearer").contains("invalid_token");
  }

  /**
   * Claims like the server's own admin token, signed by the server's key, with one thing changed.
   */
  private static String mint(String issuer, long issuedAtEpoch, long expiresAtEpoch) {
    String admin = OAuth.bootstrapAdmin().getProperty("client_id");
    String claims =
        "{\"iss\":\""
            + issuer
            + "\",\"sub\":\""
            + admin
            + "\",\"aud\":\"opensylo-admin\",\"client_id\":\""
            + admin
            + "\",\"scope\":\"admin\",\"groups\":[\"admin\"],\"jti\":\""
            + UUID.randomUUID()
            + "\",\"iat\":"
            + issuedAtEpoch
            + ",\"exp\":"
            + expiresAtEpoch
            + "}";
    return request().contentType(ContentType.JSON).body(claims).post("/__probe/mint").asString();
  }

  @Test
  void adminTokenShowsSubjectAndGroups() {
    Response response = whoAmI(OAuth.adminToken());
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    assertThat(response.jsonPath().getString("subject"))
        .isEqualTo(OAuth.bootstrapAdmin().getProperty("client_id"));
    assertThat(response.jsonPath().getList("groups")).containsExactly("admin");
  }

  @Test
  void mintedTokenWithTheRightIssuerIsAccepted() {
    // proves the minting probe makes tokens the server accepts, so the negative cases below fail
    // for their reason
    long now = Instant.now().getEpochSecond();
    assertThat(whoAmI(mint("http://localhost:9080", now, now + 300)).statusCode()).isEqualTo(200);
  }

  @Test
  void noTokenIs401() {
    assertUnauthorized(request().get(PATH));
  }

  @Test
  void garbageTokenIs401() {
    assertUnauthorized(whoAmI("not-a-jwt"));
  }

  @Test
  void expiredTokenIs401() {
    long now = Instant.now().getEpochSecond();
    assertUnauthorized(whoAmI(mint("http://localhost:9080", now - 7200, now - 3600)));
  }

  @Test
  void foreignIssuerIs401() {
    long now = Instant.now().getEpochSecond();
    assertUnauthorized(whoAmI(mint("https://evil.example", now, now + 300)));
  }

  @Test
  void badSignatureIs401() {
    assertUnauthorized(whoAmI(TestTokens.resignedWithForeignKey(OAuth.adminToken())));
  }

  @Test
  void tamperedPayloadIs401() {
    String limited =
        OAuth.clientCredentials(
            OAuth.bootstrapAdmin().getProperty("client_id"),
            OAuth.bootstrapAdmin().getProperty("client_secret"),
            "admin");
    assertUnauthorized(whoAmI(TestTokens.tampered(limited, "opensylo_admin", "opensylo_admim")));
  }

  @Test
  void unsignedAlgNoneTokenIs401() {
    assertUnauthorized(whoAmI(TestTokens.unsigned(OAuth.adminToken())));
  }

  @Test
  void tokenWithoutAdminGroupIs403() {
    OAuth.Client partner =
        OAuth.confidentialClient(
            "Partner " + UUID.randomUUID(),
            List.of("credit.score.read"),
            List.of("https://partner.example/cb"));
    Response response = whoAmI(OAuth.clientCredentials(partner.clientId(), partner.secret(), null));
    assertApiError(response, 403, "FORBIDDEN", PATH);
  }
}
