package com.opensylo.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A merchant's authorization-code flow with PKCE, step by step, for tests that need its tokens. */
public record CodeFlow(OAuth.Client client, String redirectUri, String email, String password) {

  /** The authorize query for {@code scope} with an S256 challenge of {@code pkce}. */
  public Map<String, String> query(Pkce pkce, String scope) {
    Map<String, String> q = new HashMap<>();
    q.put("client_id", client.clientId());
    q.put("redirect_uri", redirectUri);
    q.put("response_type", "code");
    q.put("scope", scope);
    q.put("state", "st-" + UUID.randomUUID());
    q.put("code_challenge", pkce.challenge());
    q.put("code_challenge_method", "S256");
    return q;
  }

  /** Signs the merchant in, approves, and returns the redirect's parameters. */
  public Map<String, String> approve(Pkce pkce, String scope) {
    Response page = OAuth.authorize(query(pkce, scope));
    assertThat(page.statusCode()).as(page.asString()).isEqualTo(200);
    return OAuth.redirectParams(
        OAuth.decide(OAuth.hiddenFields(page.asString()), email, password, "approve"));
  }

  /** The whole flow: the token response of the code exchange, asserted 200. */
  public JsonPath tokens(String scope) {
    Pkce pkce = Pkce.generate();
    String code = approve(pkce, scope).get("code");
    Response response =
        OAuth.token(
            client,
            Map.of(
                "grant_type",
                "authorization_code",
                "code",
                code,
                "redirect_uri",
                redirectUri,
                "code_verifier",
                pkce.verifier()));
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    return response.jsonPath();
  }

  /** A refresh_token grant, optionally narrowed to {@code scope}. */
  public Response refresh(String refreshToken, String scope) {
    Map<String, String> params = new HashMap<>();
    params.put("grant_type", "refresh_token");
    params.put("refresh_token", refreshToken);
    if (scope != null) {
      params.put("scope", scope);
    }
    return OAuth.token(client, params);
  }

  /** The claims of a JWT, unverified (the server verified it; tests read what it says). */
  public static JsonPath claims(String jwt) {
    return new JsonPath(
        new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
  }
}
