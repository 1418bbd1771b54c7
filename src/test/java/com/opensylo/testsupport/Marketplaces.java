package com.opensylo.testsupport;

import static com.opensylo.testsupport.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Marketplace moves tests make over HTTP: onboarding through the admin API, dashboard sign-in,
 * adding users. Every secret, password and token is remembered for the log check.
 */
public final class Marketplaces {

  /** Where onboarded marketplaces send merchants back after consent. */
  public static final String REDIRECT = "https://shop.example/oauth/callback";

  private Marketplaces() {}

  /** An onboarded marketplace with its one-time secrets and its owner's credentials. */
  public record Onboarded(
      String id,
      String platformName,
      String clientId,
      String clientSecret,
      String webhookSecret,
      String ownerId,
      String ownerEmail,
      String ownerPassword) {}

  /** A dashboard user and their password. */
  public record User(String id, String email, String password, String role) {}

  /** A unique platform name. */
  public static String platformName() {
    return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  /** The SPEC §5 onboarding body for {@code platformName}. */
  public static Map<String, Object> onboardingBody(
      String platformName, String environment, String ownerEmail) {
    Map<String, Object> owner = new HashMap<>();
    owner.put("email", ownerEmail);
    owner.put("firstName", "Ada");
    owner.put("lastName", "Okafor");
    owner.put("password", OAuth.remember("Owner-Pass-" + UUID.randomUUID()));
    Map<String, Object> body = new HashMap<>();
    body.put("platformName", platformName);
    body.put("displayName", "Shop " + platformName);
    body.put("defaultCurrency", "NGN");
    body.put("environment", environment);
    body.put("owner", owner);
    body.put("redirectUris", List.of(REDIRECT));
    body.put("allowedScopes", List.of("data.share.sales", "credit.score.read", "repayment.report"));
    return body;
  }

  /** Onboards a PRODUCTION marketplace and asserts it worked. */
  public static Onboarded onboard() {
    return onboard("PRODUCTION");
  }

  /** Onboards a marketplace in {@code environment} and asserts it worked. */
  @SuppressWarnings("unchecked")
  public static Onboarded onboard(String environment) {
    String email = "owner-" + UUID.randomUUID() + "@shop.example";
    Map<String, Object> body = onboardingBody(platformName(), environment, email);
    Response response =
        OAuth.admin().contentType(ContentType.JSON).body(body).post("/v1/admin/marketplaces");
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
    var json = response.jsonPath();
    return new Onboarded(
        json.getString("marketplace.id"),
        json.getString("marketplace.platformName"),
        json.getString("credentials.clientId"),
        OAuth.remember(json.getString("credentials.clientSecret")),
        OAuth.remember(json.getString("credentials.webhookSecret")),
        json.getString("owner.id"),
        email,
        (String) ((Map<String, Object>) body.get("owner")).get("password"));
  }

  /** POST /marketplace-dashboard/login. */
  public static Response login(String email, String password) {
    return request()
        .contentType(ContentType.JSON)
        .body(Map.of("email", email, "password", password))
        .post("/marketplace-dashboard/login");
  }

  /** Signs in and returns the dashboard JWT. */
  public static String token(String email, String password) {
    Response response = login(email, password);
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    return OAuth.remember(response.jsonPath().getString("accessToken"));
  }

  /** The owner's dashboard JWT. */
  public static String ownerToken(Onboarded m) {
    return token(m.ownerEmail(), m.ownerPassword());
  }

  /** The owner adds a user with {@code role}. */
  public static User addUser(String ownerToken, String role) {
    String email = role.toLowerCase() + "-" + UUID.randomUUID() + "@shop.example";
    String password = OAuth.remember("User-Pass-" + UUID.randomUUID());
    Response response =
        bearer(ownerToken)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "email",
                    email,
                    "firstName",
                    "Bola",
                    "lastName",
                    "Ade",
                    "password",
                    password,
                    "role",
                    role))
            .post("/marketplace-dashboard/users");
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
    return new User(response.jsonPath().getString("user.id"), email, password, role);
  }

  /** A request carrying {@code token} as a bearer token. */
  public static RequestSpecification bearer(String token) {
    return request().header("Authorization", "Bearer " + token);
  }

  /** client_credentials status for the pair (200 or the refusal's status). */
  public static Response clientCredentials(String clientId, String secret) {
    Response response =
        request()
            .auth()
            .preemptive()
            .basic(clientId, secret)
            .formParam("grant_type", "client_credentials")
            .post("/oauth/token");
    if (response.statusCode() == 200) {
      OAuth.remember(response.jsonPath().getString("access_token"));
    }
    return response;
  }

  /** The newest audit events of {@code type} about {@code targetId}, through the admin API. */
  public static List<Map<String, Object>> auditEvents(String type, String targetId) {
    Response response =
        OAuth.admin()
            .queryParam("type", type)
            .queryParam("target_id", targetId)
            .get("/v1/admin/audit-events");
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    return response.jsonPath().getList("events");
  }
}
