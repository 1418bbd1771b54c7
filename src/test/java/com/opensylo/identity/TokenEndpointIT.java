package com.opensylo.identity;

import static com.opensylo.testsupport.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.opensylo.testsupport.OAuth;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Client authentication and the client_credentials grant, in every body and authentication style.
 */
@ExtendWith(ArquillianExtension.class)
class TokenEndpointIT {

  private static OAuth.Client client() {
    return OAuth.confidentialClient(
        "Jiji " + UUID.randomUUID(),
        List.of("credit.score.read", "repayment.report"),
        List.of("https://jiji.example/cb"));
  }

  @Test
  void clientSecretPostWithFormBody() {
    OAuth.Client c = client();
    Response response =
        request()
            .contentType(ContentType.URLENC)
            .formParam("grant_type", "client_credentials")
            .formParam("client_id", c.clientId())
            .formParam("client_secret", c.secret())
            .post("/oauth/token");
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    assertThat(response.jsonPath().getString("scope"))
        .isEqualTo("credit.score.read repayment.report");
    assertThat(response.jsonPath().getString("refresh_token")).isNull();
    assertThat(response.jsonPath().getInt("expires_in")).isEqualTo(3600);
  }

  @Test
  void jsonBodyIsAcceptedToo() {
    OAuth.Client c = client();
    Response response =
        request()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "grant_type",
                    "client_credentials",
                    "client_id",
                    c.clientId(),
                    "client_secret",
                    c.secret(),
                    "scope",
                    "credit.score.read"))
            .post("/oauth/token");
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    assertThat(response.jsonPath().getString("scope")).isEqualTo("credit.score.read");
    String[] parts = OAuth.remember(response.jsonPath().getString("access_token")).split("\\.");
    String header = new String(java.util.Base64.getUrlDecoder().decode(parts[0]));
    String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]));
    assertThat(header)
        .contains("\"typ\":\"at+jwt\"")
        .contains("\"alg\":\"ES256\"")
        .contains("\"kid\"");
    assertThat(payload)
        .contains("\"client_id\":\"" + c.clientId() + "\"")
        .contains("\"sub\":\"" + c.clientId() + "\"")
        .contains("\"aud\":\"opensylo-api\"")
        .contains("\"jti\"")
        .contains("\"iss\":\"http://localhost:9080\"");
  }

  @Test
  void wrongSecretIsInvalidClientWithAChallenge() {
    OAuth.Client c = client();
    Response response =
        request()
            .auth()
            .preemptive()
            .basic(c.clientId(), "cs_secret_wrong")
            .formParam("grant_type", "client_credentials")
            .post("/oauth/token");
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.jsonPath().getString("error")).isEqualTo("invalid_client");
    assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
    assertThat(response.asString()).doesNotContain("cs_secret_wrong");
  }

  @Test
  void unknownClientLooksLikeAWrongSecret() {
    Response response =
        request()
            .auth()
            .preemptive()
            .basic("ghost_client_00000000", "cs_secret_x")
            .formParam("grant_type", "client_credentials")
            .post("/oauth/token");
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.jsonPath().getString("error")).isEqualTo("invalid_client");
  }

  @Test
  void twoAuthenticationMethodsAreRefused() {
    OAuth.Client c = client();
    Response response =
        request()
            .auth()
            .preemptive()
            .basic(c.clientId(), c.secret())
            .formParam("grant_type", "client_credentials")
            .formParam("client_secret", c.secret())
            .post("/oauth/token");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.jsonPath().getString("error")).isEqualTo("invalid_request");
  }

  @Test
  void unsupportedAndMissingGrantTypes() {
    OAuth.Client c = client();
    assertThat(OAuth.token(c, Map.of("grant_type", "password")).jsonPath().getString("error"))
        .isEqualTo("unsupported_grant_type");
    assertThat(OAuth.token(c, Map.of()).jsonPath().getString("error")).isEqualTo("invalid_request");
  }

  @Test
  void scopeBeyondTheClientIsInvalidScope() {
    Response response =
        OAuth.token(client(), Map.of("grant_type", "client_credentials", "scope", "admin"));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.jsonPath().getString("error")).isEqualTo("invalid_scope");
  }

  @Test
  void revokedAccessTokenFailsAtOnce() {
    java.util.Properties admin = OAuth.bootstrapAdmin();
    String token =
        OAuth.clientCredentials(
            admin.getProperty("client_id"), admin.getProperty("client_secret"), null);
    assertThat(
            request()
                .header("Authorization", "Bearer " + token)
                .get("/v1/admin/whoami")
                .statusCode())
        .isEqualTo(200);
    assertThat(
            request()
                .auth()
                .preemptive()
                .basic(admin.getProperty("client_id"), admin.getProperty("client_secret"))
                .formParam("token", token)
                .post("/oauth/revoke")
                .statusCode())
        .isEqualTo(200);
    Response after = request().header("Authorization", "Bearer " + token).get("/v1/admin/whoami");
    assertThat(after.statusCode()).isEqualTo(401);
    assertThat(after.header("WWW-Authenticate")).contains("invalid_token");
  }

  @Test
  void discoveryJwksAndClientMetadata() {
    Response metadata = request().get("/.well-known/oauth-authorization-server");
    assertThat(metadata.statusCode()).isEqualTo(200);
    assertThat(metadata.jsonPath().getString("issuer")).isEqualTo("http://localhost:9080");
    assertThat(metadata.jsonPath().getString("token_endpoint"))
        .isEqualTo("http://localhost:9080/oauth/token");
    assertThat(metadata.jsonPath().getList("code_challenge_methods_supported"))
        .containsExactly("S256");
    Response jwks = request().get("/oauth/jwks");
    assertThat(jwks.statusCode()).isEqualTo(200);
    assertThat(jwks.jsonPath().getList("keys.kty")).contains("EC");
    assertThat(jwks.asString()).doesNotContain("\"d\"");
    OAuth.Client c = client();
    Response meta = request().queryParam("client_id", c.clientId()).get("/oauth/client-metadata");
    assertThat(meta.statusCode()).isEqualTo(200);
    assertThat(meta.jsonPath().getMap(""))
        .containsKeys(
            "client_id",
            "client_name",
            "client_uri",
            "logo_uri",
            "redirect_uris",
            "allowed_scopes",
            "scope_descriptions",
            "environment",
            "authorization_endpoint",
            "token_endpoint",
            "revocation_endpoint",
            "code_challenge_methods_supported",
            "grant_types_supported");
    assertThat(request().queryParam("client_id", "nope").get("/oauth/client-metadata").statusCode())
        .isEqualTo(404);
  }

  @Test
  void introspectionTrustsOnlyOurSignatureAndKnownKeys() {
    OAuth.Client c = client();
    String token = OAuth.clientCredentials(c.clientId(), c.secret(), null);
    String[] parts = token.split("\\.");
    java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
    String header = new String(java.util.Base64.getUrlDecoder().decode(parts[0]));
    String unknownKid =
        b64.encodeToString(header.replaceAll("\"kid\":\"[^\"]+\"", "\"kid\":\"nope\"").getBytes())
            + "."
            + parts[1]
            + "."
            + parts[2];
    String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]));
    String tampered =
        parts[0]
            + "."
            + b64.encodeToString(payload.replace(c.clientId(), c.clientId() + "x").getBytes())
            + "."
            + parts[2];
    assertThat(OAuth.isActive(token)).isTrue();
    assertThat(OAuth.isActive(unknownKid)).isFalse();
    assertThat(OAuth.isActive(tampered)).isFalse();
    assertThat(OAuth.isActive(token)).isTrue(); // the unknown kid did not spoil the cached keys
  }
}
