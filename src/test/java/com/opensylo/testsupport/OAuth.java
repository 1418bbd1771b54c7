package com.opensylo.testsupport;

import static com.opensylo.testsupport.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OAuth moves tests make over HTTP, like a client would: an admin token from the bootstrap
 * admin client, new clients and merchants through the admin API, the consent form posted like a
 * browser, token requests. Every secret and token it sees is remembered so the log check can prove
 * none was written to the server log.
 */
public final class OAuth {

  /** Every secret, password, code and token the suite has handled. */
  public static final Set<String> SEEN_SECRETS = Collections.synchronizedSet(new LinkedHashSet<>());

  /**
   * An opaque value the server generates from 256 random bits (authorization codes, refresh
   * tokens): 43 base64url characters.
   */
  public static final String OPAQUE_256_BITS = "[A-Za-z0-9_-]{43}";

  private static String adminToken;

  private OAuth() {}

  /** A registered client: its id and (for confidential clients) its secret. */
  public record Client(String clientId, String secret) {}

  /** The bootstrap admin credentials the development server wrote for its operator. */
  public static Properties bootstrapAdmin() {
    Path file =
        Path.of(
            System.getProperty("opensylo.it.wlpHome", "target/liberty/wlp"),
            "usr/servers/opensylo/bootstrap-admin.properties");
    try (var in = Files.newInputStream(file)) {
      Properties p = new Properties();
      p.load(in);
      SEEN_SECRETS.add(p.getProperty("client_secret"));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException("The server did not write " + file, e);
    }
  }

  /**
   * An admin access token (client_credentials of the bootstrap admin client), cached for the run.
   */
  public static synchronized String adminToken() {
    if (adminToken == null) {
      Properties admin = bootstrapAdmin();
      adminToken =
          clientCredentials(
              admin.getProperty("client_id"), admin.getProperty("client_secret"), null);
    }
    return adminToken;
  }

  /** client_credentials with client_secret_basic; asserts success and returns the access token. */
  public static String clientCredentials(String clientId, String secret, String scope) {
    var spec =
        request()
            .auth()
            .preemptive()
            .basic(clientId, secret)
            .formParam("grant_type", "client_credentials");
    if (scope != null) {
      spec.formParam("scope", scope);
    }
    Response response = spec.post("/oauth/token");
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    return remember(response.jsonPath().getString("access_token"));
  }

  /** A token request with form parameters and client_secret_basic. */
  public static Response token(Client client, Map<String, String> params) {
    var spec = request().contentType(ContentType.URLENC);
    if (client.secret() != null) {
      spec.auth().preemptive().basic(client.clientId(), client.secret());
    } else {
      spec.formParam("client_id", client.clientId());
    }
    params.forEach(spec::formParam);
    Response response = spec.post("/oauth/token");
    if (response.statusCode() == 200) {
      remember(response.jsonPath().getString("access_token"));
      remember(response.jsonPath().getString("refresh_token"));
    }
    return response;
  }

  /** A confidential third-party client (the usual partner), registered through the admin API. */
  public static Client confidentialClient(
      String name, List<String> scopes, List<String> redirectUris) {
    return register(name, scopes, redirectUris, "confidential", false);
  }

  /** A public client (an SPA or app: no secret), registered through the admin API. */
  public static Client publicClient(String name, List<String> scopes, List<String> redirectUris) {
    return register(name, scopes, redirectUris, "public", false);
  }

  /**
   * A confidential first-party client (skips the consent step), registered through the admin API.
   */
  public static Client firstPartyClient(
      String name, List<String> scopes, List<String> redirectUris) {
    return register(name, scopes, redirectUris, "confidential", true);
  }

  private static Client register(
      String name,
      List<String> scopes,
      List<String> redirectUris,
      String clientType,
      boolean firstParty) {
    Map<String, Object> body = new HashMap<>();
    body.put("client_name", name);
    body.put("allowed_scopes", scopes);
    body.put("redirect_uris", redirectUris);
    body.put("client_type", clientType);
    body.put("is_first_party", firstParty);
    Response response =
        admin().contentType(ContentType.JSON).body(body).post("/v1/admin/oauth-clients");
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
    return new Client(
        response.jsonPath().getString("client.client_id"),
        remember(response.jsonPath().getString("client_secret")));
  }

  /** A merchant account that can sign in on the consent page. */
  public static String createMerchant(String email, String password) {
    remember(password);
    Response response =
        admin()
            .contentType(ContentType.JSON)
            .body(Map.of("email", email, "password", password, "businessName", "Shop of " + email))
            .post("/v1/admin/merchants");
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(201);
    return response.jsonPath().getString("merchant.id");
  }

  /** Whether {@code token} is active, as the bootstrap admin client introspects it (RFC 7662). */
  public static boolean isActive(String token) {
    Properties admin = bootstrapAdmin();
    Response response =
        request()
            .auth()
            .preemptive()
            .basic(admin.getProperty("client_id"), admin.getProperty("client_secret"))
            .formParam("token", token)
            .post("/oauth/introspect");
    assertThat(response.statusCode()).isEqualTo(200);
    return response.jsonPath().getBoolean("active");
  }

  /** A request with the admin token. */
  public static io.restassured.specification.RequestSpecification admin() {
    return request().header("Authorization", "Bearer " + adminToken());
  }

  /**
   * GET /oauth/authorize; returns the response (the sign-in page, a redirect, or an error page).
   */
  public static Response authorize(Map<String, String> query) {
    return request().queryParams(query).get("/oauth/authorize");
  }

  /** The hidden fields of the sign-in form in {@code html}. */
  public static Map<String, String> hiddenFields(String html) {
    Map<String, String> fields = new HashMap<>();
    Matcher m =
        Pattern.compile("<input type=\"hidden\" name=\"([a-z_]+)\" value=\"([^\"]*)\">")
            .matcher(html);
    while (m.find()) {
      fields.put(m.group(1), m.group(2));
    }
    return fields;
  }

  /**
   * Posts the sign-in form as a browser would; returns the answer (302 to the client, or the form
   * again).
   */
  public static Response decide(
      Map<String, String> hidden, String email, String password, String decision) {
    return request()
        .contentType(ContentType.URLENC)
        .formParams(hidden)
        .formParam("email", email)
        .formParam("password", password)
        .formParam("decision", decision)
        .post("/oauth/authorize");
  }

  /** The query parameters of a redirect's Location. */
  public static Map<String, String> redirectParams(Response response) {
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(302);
    String location = response.header("Location");
    Map<String, String> params = new HashMap<>();
    String query = java.net.URI.create(location).getRawQuery();
    for (String pair : query.split("&")) {
      String[] kv = pair.split("=", 2);
      params.put(
          java.net.URLDecoder.decode(kv[0], java.nio.charset.StandardCharsets.UTF_8),
          java.net.URLDecoder.decode(
              kv.length > 1 ? kv[1] : "", java.nio.charset.StandardCharsets.UTF_8));
    }
    remember(params.get("code"));
    return params;
  }

  /**
   * Moves the server's clock ({@code PT0S} puts it back); a class that calls it registers {@link
   * RestoreServerOverrides}.
   */
  public static void moveClock(String offset) {
    assertThat(request().queryParam("offset", offset).post("/__probe/clock").statusCode())
        .isEqualTo(204);
  }

  /**
   * Overrides a configuration value on the running server ({@code ""} removes the override); a
   * class that calls it registers {@link RestoreServerOverrides}.
   */
  public static void setConfig(String key, String value) {
    assertThat(
            request()
                .queryParam("key", key)
                .queryParam("value", value)
                .post("/__probe/config")
                .statusCode())
        .isEqualTo(204);
  }

  /**
   * Puts the server's clock back to real time and removes every configuration override (see {@link
   * RestoreServerOverrides}).
   */
  public static void restoreServer() {
    assertThat(request().post("/__probe/restore").statusCode()).isEqualTo(204);
  }

  public static String remember(String secret) {
    if (secret != null && !secret.isBlank()) {
      SEEN_SECRETS.add(secret);
    }
    return secret;
  }

  /** A copy of the remembered secrets. */
  public static List<String> seenSecrets() {
    synchronized (SEEN_SECRETS) {
      return new ArrayList<>(SEEN_SECRETS);
    }
  }
}
