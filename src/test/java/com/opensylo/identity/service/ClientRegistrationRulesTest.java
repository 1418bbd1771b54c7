package com.opensylo.identity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.opensylo.shared.error.ApiError;
import com.opensylo.shared.error.ApiException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The registration rules Bean Validation cannot state: callback URIs (https, or http on loopback,
 * no fragment), origins, optional http(s) URIs and known scopes, every violation reported at once
 * under the caller's field names.
 */
class ClientRegistrationRulesTest {

  private static ApiException violations(ClientRegistrationRules rules) {
    return catchThrowableOfType(ApiException.class, rules::check);
  }

  private static void passes(ClientRegistrationRules rules) {
    assertThatCode(rules::check).doesNotThrowAnyException();
  }

  @Test
  void httpsAndLoopbackHttpCallbacksPass() {
    passes(
        new ClientRegistrationRules()
            .redirectUris(
                List.of(
                    "https://shop.example/oauth/callback?x=1",
                    "http://127.0.0.1:3000/cb",
                    "http://localhost/cb",
                    "http://[::1]:8080/cb"),
                "redirect_uris"));
  }

  @Test
  void everyBadCallbackIsNamedByItsIndex() {
    ApiException e =
        violations(
            new ClientRegistrationRules()
                .redirectUris(
                    List.of(
                        "https://ok.example/cb",
                        "http://shop.example/cb",
                        "https://shop.example/cb#frag",
                        "/relative/cb",
                        "https://bad host/cb",
                        "ftp://shop.example/cb",
                        "http://127.0.0.2/cb"),
                    "redirectUris"));
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.code()).isEqualTo("VALIDATION_FAILED");
    assertThat(e.getMessage()).isEqualTo("6 fields are invalid; see details.");
    assertThat(e.details())
        .extracting(ApiError.FieldError::field, ApiError.FieldError::message)
        .containsExactly(
            tuple("redirectUris[1]", "must be an absolute https URI (http only on loopback)"),
            tuple("redirectUris[2]", "must not contain a fragment"),
            tuple("redirectUris[3]", "must be an absolute https URI (http only on loopback)"),
            tuple("redirectUris[4]", "must be a valid URI"),
            tuple("redirectUris[5]", "must be an absolute https URI (http only on loopback)"),
            tuple("redirectUris[6]", "must be an absolute https URI (http only on loopback)"));
  }

  @Test
  void anEmptyFragmentIsStillAFragment() {
    ApiException e =
        violations(
            new ClientRegistrationRules().redirectUris(List.of("https://a.example/cb#"), "r"));
    assertThat(e.details())
        .containsExactly(new ApiError.FieldError("r[0]", "must not contain a fragment"));
  }

  @Test
  void aNullCallbackIsInvalidNotAServerError() {
    ApiException e =
        violations(
            new ClientRegistrationRules()
                .redirectUris(Arrays.asList("https://a.example/cb", null), "redirect_uris"));
    assertThat(e.getMessage()).isEqualTo("redirect_uris[1]: must be a valid URI");
  }

  @Test
  void originsAreSchemeHostAndPortOnly() {
    passes(
        new ClientRegistrationRules()
            .origins(
                List.of("https://app.example", "http://localhost:3000", "https://a.example:8443"),
                "allowed_origins"));
    ApiException e =
        violations(
            new ClientRegistrationRules()
                .origins(
                    List.of(
                        "https://app.example/",
                        "https://app.example/path",
                        "https://app.example?q=1",
                        "ftp://app.example",
                        "app.example",
                        "https://"),
                    "allowed_origins"));
    assertThat(e.details())
        .extracting(ApiError.FieldError::field)
        .containsExactly(
            "allowed_origins[0]",
            "allowed_origins[1]",
            "allowed_origins[2]",
            "allowed_origins[3]",
            "allowed_origins[4]",
            "allowed_origins[5]");
    assertThat(e.details().get(0).message()).isEqualTo("must be an origin: scheme://host[:port]");
    assertThat(e.details().get(5).message()).isEqualTo("must be a valid URI");
  }

  @Test
  void optionalUrisMayBeAbsentButOtherwiseHttpOrHttps() {
    passes(
        new ClientRegistrationRules()
            .optionalUri(null, "client_uri")
            .optionalUri("http://shop.example", "client_uri")
            .optionalUri("https://shop.example/logo.png", "logo_uri"));
    ApiException e =
        violations(
            new ClientRegistrationRules()
                .optionalUri("javascript:alert(1)", "client_uri")
                .optionalUri("https://bad host/", "logo_uri"));
    assertThat(e.details())
        .containsExactly(
            new ApiError.FieldError("client_uri", "must be an http(s) URI"),
            new ApiError.FieldError("logo_uri", "must be a valid URI"));
  }

  @Test
  void onlyCatalogueScopesPass() {
    passes(
        new ClientRegistrationRules()
            .scopes(List.of("credit.score.read", "data.share.sales"), "allowed_scopes"));
    ApiException e =
        violations(
            new ClientRegistrationRules()
                .scopes(
                    List.of("credit.score.read", "root", "Credit.Score.Read"), "allowedScopes"));
    assertThat(e.details())
        .extracting(ApiError.FieldError::field)
        .containsExactly("allowedScopes[1]", "allowedScopes[2]");
    assertThat(e.details().get(0).message())
        .startsWith("unknown scope; one of [")
        .contains("credit.score.read");
  }

  @Test
  void refuseAddsItsMessageOnlyForAValue() {
    passes(new ClientRegistrationRules().refuse(null, "client_secret", "must not be sent"));
    ApiException e =
        violations(new ClientRegistrationRules().refuse("x", "client_secret", "must not be sent"));
    assertThat(e.getMessage()).isEqualTo("client_secret: must not be sent");
    assertThat(e.details())
        .containsExactly(new ApiError.FieldError("client_secret", "must not be sent"));
  }

  @Test
  void nullListsAreLeftToBeanValidation() {
    passes(
        new ClientRegistrationRules()
            .redirectUris(null, "redirect_uris")
            .origins(null, "allowed_origins")
            .scopes(null, "allowed_scopes"));
  }

  @Test
  void violationsOfEveryKindAreReportedTogetherInOrder() {
    ApiException e =
        violations(
            new ClientRegistrationRules()
                .redirectUris(List.of("http://evil.example/cb"), "redirect_uris")
                .scopes(List.of("root"), "allowed_scopes")
                .origins(List.of("https://a.example/x"), "allowed_origins"));
    assertThat(e.details())
        .extracting(ApiError.FieldError::field)
        .containsExactly("redirect_uris[0]", "allowed_scopes[0]", "allowed_origins[0]");
    assertThat(e.getMessage()).isEqualTo("3 fields are invalid; see details.");
  }
}
