package com.opensylo.identity;

import static com.opensylo.testsupport.Api.assertApiError;
import static com.opensylo.testsupport.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.opensylo.testsupport.CodeFlow;
import com.opensylo.testsupport.Marketplaces;
import com.opensylo.testsupport.OAuth;
import com.opensylo.testsupport.Pkce;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Security review H1: admin rights come only from an operator client's own client_credentials. Each
 * of the review's three privilege-escalation chains is walked and must stop at its first step.
 */
@ExtendWith(ArquillianExtension.class)
class AdminAuthorityIT {

  private static final String CLIENTS = "/v1/admin/oauth-clients";
  private static final String REDIRECT = "https://operator.example/cb";

  private static Response createClient(Map<String, Object> body) {
    return OAuth.admin().contentType(ContentType.JSON).body(body).post(CLIENTS);
  }

  private static Map<String, Object> clientBody(
      String ownerId, List<String> scopes, String type, boolean firstParty) {
    Map<String, Object> body = new HashMap<>();
    body.put("client_name", "Escalation " + UUID.randomUUID());
    body.put("redirect_uris", List.of(REDIRECT));
    body.put("allowed_scopes", scopes);
    body.put("client_type", type);
    body.put("is_first_party", firstParty);
    body.put("owner_id", ownerId);
    return body;
  }

  private static long clientsOwnedBy(String ownerId) {
    Response list = OAuth.admin().queryParam("owner_id", ownerId).get(CLIENTS);
    assertThat(list.statusCode()).isEqualTo(200);
    return list.jsonPath().getLong("total");
  }

  private static Response whoAmI(String token) {
    return request().header("Authorization", "Bearer " + token).get("/v1/admin/whoami");
  }

  private static void assertAdminScopeRefused(Response response, String path) {
    JsonPath body = assertApiError(response, 400, "VALIDATION_FAILED", path);
    assertThat(body.getString("details[0].field")).isEqualTo("allowed_scopes");
    assertThat(body.getString("details[0].message")).contains("operator");
  }

  @Test
  void chainOneStopsAtThePatchThatWouldAllowAdminOnAMarketplaceClient() {
    Marketplaces.Onboarded m = Marketplaces.onboard();
    Response patch =
        OAuth.admin()
            .contentType(ContentType.JSON)
            .body(Map.of("allowed_scopes", List.of("credit.score.read", "admin")))
            .patch(CLIENTS + "/" + m.clientId());
    assertAdminScopeRefused(patch, CLIENTS + "/" + m.clientId());
    assertThat(
            OAuth.admin()
                .get(CLIENTS + "/" + m.clientId())
                .jsonPath()
                .getList("client.allowed_scopes"))
        .doesNotContain("admin");

    // and even asked for, the marketplace's own credentials never yield an admin token
    Response asked =
        request()
            .auth()
            .preemptive()
            .basic(m.clientId(), m.clientSecret())
            .formParam("grant_type", "client_credentials")
            .formParam("scope", "admin")
            .post("/oauth/token");
    assertThat(asked.statusCode()).isEqualTo(400);
    assertThat(asked.jsonPath().getString("error")).isEqualTo("invalid_scope");
    String partner =
        Marketplaces.clientCredentials(m.clientId(), m.clientSecret())
            .jsonPath()
            .getString("access_token");
    assertThat(whoAmI(partner).statusCode()).isEqualTo(403);
    assertThat(CodeFlow.claims(partner).getList("groups")).isNull();
    assertThat(CodeFlow.claims(partner).getString("aud")).isEqualTo("opensylo-api");
  }

  @Test
  void chainTwoStopsAtTheConsentThatWouldGrantAdmin() {
    String owner = "owner-" + UUID.randomUUID();
    // a third-party confidential client cannot be allowed admin in the first place
    assertAdminScopeRefused(
        createClient(
            clientBody(owner, List.of("credit.score.read", "admin"), "confidential", false)),
        CLIENTS);
    assertThat(clientsOwnedBy(owner)).isZero();

    // and a merchant is never asked to consent to it, whatever the client asks
    OAuth.Client client =
        OAuth.confidentialClient(
            "Consent " + UUID.randomUUID(), List.of("credit.score.read"), List.of(REDIRECT));
    Map<String, String> query =
        new CodeFlow(client, REDIRECT, null, null)
            .query(Pkce.generate(), "credit.score.read admin");
    Map<String, String> error = OAuth.redirectParams(OAuth.authorize(query));
    assertThat(error.get("error")).isEqualTo("invalid_scope");
    assertThat(error).doesNotContainKey("code");
  }

  @Test
  void chainThreeStopsAtCreatingAPublicClientAllowedAdmin() {
    String owner = "owner-" + UUID.randomUUID();
    assertAdminScopeRefused(
        createClient(clientBody(null, List.of("admin"), "public", true)), CLIENTS);
    Map<String, Object> owned = clientBody(owner, List.of("admin"), "public", false);
    assertAdminScopeRefused(createClient(owned), CLIENTS);
    assertThat(clientsOwnedBy(owner)).isZero();
  }

  @Test
  void adminMixedWithOtherScopesOrOnAnOwnedClientIsRefused() {
    assertAdminScopeRefused(
        createClient(clientBody(null, List.of("admin", "credit.score.read"), "confidential", true)),
        CLIENTS);
    String owner = "owner-" + UUID.randomUUID();
    assertAdminScopeRefused(
        createClient(clientBody(owner, List.of("admin"), "confidential", true)), CLIENTS);
    assertThat(clientsOwnedBy(owner)).isZero();
  }

  @Test
  void anOperatorClientGetsAdminTokensOfTheirOwnAudienceAndNothingElse() {
    Response created = createClient(clientBody(null, List.of("admin"), "confidential", true));
    assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
    String clientId = created.jsonPath().getString("client.client_id");
    String secret = OAuth.remember(created.jsonPath().getString("client_secret"));

    String admin = OAuth.clientCredentials(clientId, secret, null);
    JsonPath claims = CodeFlow.claims(admin);
    assertThat(claims.getString("aud")).isEqualTo("opensylo-admin");
    assertThat(claims.getList("groups")).containsExactly("admin");
    assertThat(whoAmI(admin).statusCode()).isEqualTo(200);

    // an admin-only token belongs to no marketplace: the partner API refuses it
    Response partner =
        request().header("Authorization", "Bearer " + admin).get("/api/marketplace/data/health");
    assertApiError(partner, 401, "UNAUTHORIZED", "/api/marketplace/data/health");

    // an operator client has no public face and cannot start a merchant authorization
    assertThat(
            request().queryParam("client_id", clientId).get("/oauth/client-metadata").statusCode())
        .isEqualTo(404);
    Map<String, String> query =
        new CodeFlow(new OAuth.Client(clientId, secret), REDIRECT, null, null)
            .query(Pkce.generate(), "admin");
    Response page = OAuth.authorize(query);
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.header("Location")).isNull();

    // it cannot be given other scopes later
    assertAdminScopeRefused(
        OAuth.admin()
            .contentType(ContentType.JSON)
            .body(Map.of("allowed_scopes", List.of("admin", "credit.score.read")))
            .patch(CLIENTS + "/" + clientId),
        CLIENTS + "/" + clientId);
  }

  @Test
  void aTokenWithTheAdminGroupForThePartnerAudienceIsNoAdminToken() {
    // what the landed code issued to a client allowed admin: partner audience, groups copied from
    // scope
    long now = java.time.Instant.now().getEpochSecond();
    String admin = OAuth.bootstrapAdmin().getProperty("client_id");
    String claims =
        "{\"iss\":\"http://localhost:9080\",\"sub\":\""
            + admin
            + "\",\"aud\":\"opensylo-api\",\"client_id\":\""
            + admin
            + "\",\"scope\":\"admin\",\"groups\":[\"admin\"],\"jti\":\""
            + UUID.randomUUID()
            + "\",\"iat\":"
            + now
            + ",\"exp\":"
            + (now + 300)
            + "}";
    String minted =
        request().contentType(ContentType.JSON).body(claims).post("/__probe/mint").asString();
    assertApiError(whoAmI(minted), 403, "FORBIDDEN", "/v1/admin/whoami");
  }

  @Test
  void aPartnerTokenThatIsNotAnAccessTokenIsRefused() {
    // RFC 9068 §4: the resource checks typ at+jwt, so a JWT of another kind with the right
    // audience and claims is not an access token
    Marketplaces.Onboarded m = Marketplaces.onboard();
    long now = java.time.Instant.now().getEpochSecond();
    String claims =
        "{\"iss\":\"http://localhost:9080\",\"sub\":\""
            + m.clientId()
            + "\",\"aud\":\"opensylo-api\",\"client_id\":\""
            + m.clientId()
            + "\",\"scope\":\"credit.score.read\",\"jti\":\""
            + UUID.randomUUID()
            + "\",\"iat\":"
            + now
            + ",\"exp\":"
            + (now + 300)
            + "}";
    for (String typ : List.of("JWT", "at+jwt")) {
      String minted =
          request()
              .contentType(ContentType.JSON)
              .queryParam("typ", typ)
              .body(claims)
              .post("/__probe/mint")
              .asString();
      Response scoped =
          request().header("Authorization", "Bearer " + minted).get("/__probe/scoped");
      assertThat(scoped.statusCode()).as(typ).isEqualTo(typ.equals("JWT") ? 401 : 200);
    }
  }
}
