package com.opensylo.identity;

import static com.opensylo.testsupport.Api.assertApiError;
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
 * The scope check of bearer endpoints (403 {@code insufficient_scope}) and CORS on the token,
 * revocation and discovery endpoints: exactly the calling client's allowed origins, and nothing for
 * any other origin.
 */
@ExtendWith(ArquillianExtension.class)
class ScopeAndCorsIT {

  private static final String SCOPED = "/__probe/scoped";

  /** A confidential client whose browser front end lives at {@code origin}. */
  private static OAuth.Client clientAt(String origin, List<String> scopes) {
    Response created =
        OAuth.admin()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "client_name",
                    "Web " + UUID.randomUUID(),
                    "redirect_uris",
                    List.of(origin + "/cb"),
                    "allowed_scopes",
                    scopes,
                    "allowed_origins",
                    List.of(origin)))
            .post("/v1/admin/oauth-clients");
    assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
    return new OAuth.Client(
        created.jsonPath().getString("client.client_id"),
        OAuth.remember(created.jsonPath().getString("client_secret")));
  }

  private static String uniqueOrigin() {
    return "https://shop-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
  }

  @Test
  void tokenWithTheScopeIsServed() {
    OAuth.Client client = clientAt(uniqueOrigin(), List.of("credit.score.read"));
    Response response =
        request()
            .header(
                "Authorization",
                "Bearer " + OAuth.clientCredentials(client.clientId(), client.secret(), null))
            .get(SCOPED);
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    assertThat(response.jsonPath().getString("subject")).isEqualTo(client.clientId());
  }

  @Test
  void tokenWithoutTheScopeIs403InsufficientScope() {
    OAuth.Client client = clientAt(uniqueOrigin(), List.of("data.share.sales"));
    Response response =
        request()
            .header(
                "Authorization",
                "Bearer " + OAuth.clientCredentials(client.clientId(), client.secret(), null))
            .get(SCOPED);
    assertApiError(response, 403, "INSUFFICIENT_SCOPE", SCOPED);
    assertThat(response.header("WWW-Authenticate"))
        .isEqualTo("Bearer error=\"insufficient_scope\", scope=\"credit.score.read\"");
  }

  @Test
  void noTokenIs401OnAScopedEndpoint() {
    Response response = request().get(SCOPED);
    assertApiError(response, 401, "UNAUTHORIZED", SCOPED);
    assertThat(response.header("WWW-Authenticate")).contains("invalid_token");
  }

  @Test
  void preflightIsAnsweredOnlyForARegisteredOrigin() {
    String origin = uniqueOrigin();
    clientAt(origin, List.of("credit.score.read"));
    for (String path : List.of("/oauth/token", "/oauth/revoke")) {
      Response allowed =
          request()
              .header("Origin", origin)
              .header("Access-Control-Request-Method", "POST")
              .options(path);
      assertThat(allowed.statusCode()).isEqualTo(204);
      assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo(origin);
      assertThat(allowed.header("Access-Control-Allow-Methods")).isEqualTo("POST");
      assertThat(allowed.header("Access-Control-Allow-Headers")).contains("Authorization");

      Response refused =
          request()
              .header("Origin", "https://evil.example")
              .header("Access-Control-Request-Method", "POST")
              .options(path);
      assertThat(refused.header("Access-Control-Allow-Origin")).isNull();
      assertThat(refused.header("Access-Control-Allow-Methods")).isNull();
    }
  }

  @Test
  void tokenResponseNamesOnlyTheCallingClientsOrigin() {
    String mine = uniqueOrigin();
    String theirs = uniqueOrigin();
    OAuth.Client client = clientAt(mine, List.of("credit.score.read"));
    clientAt(theirs, List.of("credit.score.read"));

    Response fromMine =
        request()
            .header("Origin", mine)
            .auth()
            .preemptive()
            .basic(client.clientId(), client.secret())
            .formParam("grant_type", "client_credentials")
            .post("/oauth/token");
    assertThat(fromMine.statusCode()).isEqualTo(200);
    assertThat(fromMine.header("Access-Control-Allow-Origin")).isEqualTo(mine);
    OAuth.remember(fromMine.jsonPath().getString("access_token"));

    Response fromTheirs =
        request()
            .header("Origin", theirs)
            .auth()
            .preemptive()
            .basic(client.clientId(), client.secret())
            .formParam("grant_type", "client_credentials")
            .post("/oauth/token");
    assertThat(fromTheirs.statusCode()).isEqualTo(200);
    assertThat(fromTheirs.header("Access-Control-Allow-Origin")).isNull();
    OAuth.remember(fromTheirs.jsonPath().getString("access_token"));
  }

  @Test
  void discoveryAnswersRegisteredOriginsOnly() {
    String origin = uniqueOrigin();
    clientAt(origin, List.of("credit.score.read"));
    assertThat(
            request()
                .header("Origin", origin)
                .get("/.well-known/oauth-authorization-server")
                .header("Access-Control-Allow-Origin"))
        .isEqualTo(origin);
    assertThat(
            request()
                .header("Origin", "https://evil.example")
                .get("/.well-known/oauth-authorization-server")
                .header("Access-Control-Allow-Origin"))
        .isNull();
    // the catch-all origin is never a wildcard match against the stored list
    assertThat(
            request()
                .header("Origin", "%")
                .get("/.well-known/oauth-authorization-server")
                .header("Access-Control-Allow-Origin"))
        .isNull();
  }
}
