package com.opensylo.identity;

import static com.opensylo.testsupport.Api.assertApiError;
import static com.opensylo.testsupport.Api.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.nimbusds.jwt.SignedJWT;
import com.opensylo.testsupport.Marketplaces;
import com.opensylo.testsupport.OAuth;
import com.opensylo.testsupport.RestoreServerOverrides;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signing-key rotation (SPEC §5): the new key signs at once, the retired key stays in the JWKS and
 * keeps verifying until the last token it can have signed has expired (7 days of sandbox tokens
 * plus MicroProfile JWT's 5 minutes of clock skew, by default), then leaves the JWKS and its tokens
 * are refused. Time is moved, not waited for.
 */
@ExtendWith({ArquillianExtension.class, RestoreServerOverrides.class})
class SigningKeyRotationIT {

  private static final String ROTATE = "/v1/admin/signing-keys/rotate";
  private static final String LIST = "/v1/admin/signing-keys";
  private static final Duration WINDOW = Duration.ofDays(7).plusMinutes(5);

  private static String freshAdminToken() {
    Properties admin = OAuth.bootstrapAdmin();
    return OAuth.clientCredentials(
        admin.getProperty("client_id"), admin.getProperty("client_secret"), null);
  }

  private static String kid(String token) {
    try {
      return SignedJWT.parse(token).getHeader().getKeyID();
    } catch (ParseException e) {
      throw new AssertionError("not a JWT: " + token, e);
    }
  }

  private static List<String> jwksKids() {
    Response jwks = request().get("/oauth/jwks");
    assertThat(jwks.statusCode()).isEqualTo(200);
    return jwks.jsonPath().getList("keys.kid");
  }

  private static Response bearer(String token, String method, String path) {
    return request().header("Authorization", "Bearer " + token).request(method, path);
  }

  private static void moveClockTo(Instant target) {
    OAuth.moveClock(Duration.between(Instant.now(), target).toString());
  }

  @Test
  void aRetiredKeyVerifiesUntilItsLastTokenExpiresThenLeavesTheJwks() {
    String before = freshAdminToken();
    String oldKid = kid(before);
    assertThat(jwksKids()).contains(oldKid);

    Response rotated = bearer(before, "POST", ROTATE);
    assertThat(rotated.statusCode()).as(rotated.asString()).isEqualTo(200);
    assertThat(rotated.header("Content-Type")).startsWith("application/json");
    JsonPath rotation = rotated.jsonPath();
    String newKid = rotation.getString("kid");
    // 96 random bits, base64url
    assertThat(newKid).matches("[A-Za-z0-9_-]{16}").isNotEqualTo(oldKid);
    assertThat(rotation.getString("retired_kid")).isEqualTo(oldKid);
    Instant until = Instant.parse(rotation.getString("retired_published_until"));
    assertThat(until).isCloseTo(Instant.now().plus(WINDOW), within(30, ChronoUnit.SECONDS));

    // both keys are published; the old token still works and introspects active
    assertThat(jwksKids()).contains(oldKid, newKid);
    assertThat(bearer(before, "GET", "/v1/admin/whoami").statusCode()).isEqualTo(200);
    assertThat(OAuth.isActive(before)).isTrue();

    // new tokens carry the new kid, and MicroProfile JWT accepts them at once
    String after = freshAdminToken();
    assertThat(kid(after)).isEqualTo(newKid);
    assertThat(bearer(after, "GET", "/v1/admin/whoami").statusCode()).isEqualTo(200);
    assertThat(OAuth.isActive(after)).isTrue();

    // the listing shows both, with the retired key's window
    Response listed = bearer(after, "GET", LIST);
    assertThat(listed.statusCode()).as(listed.asString()).isEqualTo(200);
    List<Map<String, Object>> keys = listed.jsonPath().getList("keys");
    assertThat(keys.get(0))
        .containsEntry("kid", newKid)
        .containsEntry("algorithm", "ES256")
        .containsEntry("status", "ACTIVE")
        .containsEntry("retired_at", null)
        .containsEntry("published_until", null)
        .containsKey("created_at");
    Map<String, Object> old =
        keys.stream().filter(k -> oldKid.equals(k.get("kid"))).findFirst().orElseThrow();
    assertThat(old).containsEntry("status", "RETIRED");
    assertThat(Instant.parse((String) old.get("published_until"))).isEqualTo(until);
    assertThat(Instant.parse((String) old.get("retired_at"))).isEqualTo(until.minus(WINDOW));
    assertThat(listed.asString()).doesNotContain("\"d\"").doesNotContain("private");

    // audited, with the admin as actor
    var events = Marketplaces.auditEvents("signing_key.rotated", newKid);
    assertThat(events).hasSize(1);
    assertThat(events.get(0)).containsEntry("outcome", "SUCCESS");
    assertThat(events.get(0).toString()).contains(OAuth.bootstrapAdmin().getProperty("client_id"));

    // a minute before the window ends, the old key still verifies
    moveClockTo(until.minus(Duration.ofMinutes(1)));
    assertThat(jwksKids()).contains(oldKid, newKid);
    assertThat(bearer(before, "GET", "/v1/admin/whoami").statusCode()).isEqualTo(200);

    // after it, the old key is gone from the JWKS and its tokens are refused
    moveClockTo(until.plus(Duration.ofMinutes(1)));
    assertThat(jwksKids()).contains(newKid).doesNotContain(oldKid);
    Response refused = bearer(before, "GET", "/v1/admin/whoami");
    // the ApiError shape, but its timestamp is the server's moved clock, so not assertApiError
    assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(401);
    assertThat(refused.jsonPath().getString("code")).isEqualTo("UNAUTHORIZED");
    assertThat(refused.jsonPath().getString("path")).isEqualTo("/v1/admin/whoami");
    assertThat(refused.header("WWW-Authenticate")).contains("invalid_token");
    assertThat(OAuth.isActive(before)).isFalse();
    assertThat(bearer(after, "GET", "/v1/admin/whoami").statusCode()).isEqualTo(200);
  }

  @Test
  void signingKeysNeedAnAdminToken() {
    for (String[] call : List.of(new String[] {"GET", LIST}, new String[] {"POST", ROTATE})) {
      assertApiError(request().request(call[0], call[1]), 401, "UNAUTHORIZED", call[1]);
    }
    OAuth.Client partner =
        OAuth.confidentialClient(
            "Not an admin", List.of("credit.score.read"), List.of("https://p.example/cb"));
    String partnerToken =
        OAuth.clientCredentials(partner.clientId(), partner.secret(), "credit.score.read");
    String kidBefore = kid(freshAdminToken());
    for (String[] call : List.of(new String[] {"GET", LIST}, new String[] {"POST", ROTATE})) {
      assertApiError(bearer(partnerToken, call[0], call[1]), 403, "FORBIDDEN", call[1]);
    }
    // the refused rotation changed nothing
    assertThat(kid(freshAdminToken())).isEqualTo(kidBefore);
  }

  @Test
  void bothOperationsAreInTheOpenApiDocument() {
    Response doc = request().accept("application/json").get("/openapi");
    assertThat(doc.statusCode()).isEqualTo(200);
    JsonPath openapi = doc.jsonPath();
    assertThat(
            openapi.getString(
                "paths.'/v1/admin/signing-keys/rotate'.post.responses.'200'.content.'application/json'.schema.'$ref'"))
        .endsWith("/SigningKeyRotation");
    assertThat(
            openapi.getString(
                "paths.'/v1/admin/signing-keys'.get.responses.'200'.content.'application/json'.schema.'$ref'"))
        .endsWith("/SigningKeyList");
    assertThat(openapi.getMap("paths.'/v1/admin/signing-keys'.get.responses"))
        .containsKeys("200", "401", "403");
    assertThat(openapi.getMap("components.schemas.SigningKey.properties"))
        .containsKeys("kid", "algorithm", "status", "created_at", "retired_at", "published_until");
  }
}
