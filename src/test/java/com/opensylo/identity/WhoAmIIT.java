package com.opensylo.identity;

import static com.opensylo.testsupport.Api.assertApiError;
import static com.opensylo.testsupport.Api.request;
import static com.opensylo.testsupport.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;

import com.opensylo.testsupport.Deployments;
import com.opensylo.testsupport.TestKeys;
import com.opensylo.testsupport.TestTokens;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** MicroProfile JWT guards the admin API: only a valid token of group {@code admin} gets through. */
@ExtendWith(ArquillianExtension.class)
class WhoAmIIT {

  private static final String PATH = "/v1/admin/whoami";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  private static Response whoAmI(String bearer) {
    return request().header("Authorization", "Bearer " + bearer).get(PATH);
  }

  private static void assertUnauthorized(Response response) {
    assertApiError(response, 401, "UNAUTHORIZED", PATH);
    assertThat(response.header("WWW-Authenticate")).startsWith("Bearer").contains("invalid_token");
  }

  @Test
  void adminTokenShowsSubjectAndGroups() {
    TestTokens admin = token().groups("admin", "auditor");
    Response response = whoAmI(admin.sign());
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    assertThat(response.jsonPath().getString("subject")).isEqualTo(admin.subject());
    assertThat(response.jsonPath().getList("groups")).containsExactly("admin", "auditor");
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
    String expired =
        token().issuedAt(Instant.now().minus(Duration.ofHours(2))).lifetime(Duration.ofMinutes(10)).sign();
    assertUnauthorized(whoAmI(expired));
  }

  @Test
  void wrongIssuerIs401() {
    assertUnauthorized(whoAmI(token().issuer("https://evil.example").sign()));
  }

  @Test
  void wrongAudienceIs401() {
    assertUnauthorized(whoAmI(token().audience("some-other-api").sign()));
  }

  @Test
  void badSignatureIs401() {
    assertUnauthorized(whoAmI(token().signedWith(TestKeys.foreignKey()).sign()));
  }

  @Test
  void tamperedPayloadIs401() {
    String[] parts = token().groups("auditor").sign().split("\\.");
    String elevated =
        java.util.Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[1]))
                    .replace("\"auditor\"", "\"admin\"")
                    .getBytes());
    assertUnauthorized(whoAmI(parts[0] + "." + elevated + "." + parts[2]));
  }

  @Test
  void unsignedAlgNoneTokenIs401() {
    assertUnauthorized(whoAmI(token().unsigned()));
  }

  @Test
  void tokenWithoutAdminGroupIs403() {
    Response response = whoAmI(token().groups("merchant").sign());
    assertApiError(response, 403, "FORBIDDEN", PATH);
  }
}
