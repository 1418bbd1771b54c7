package com.opensylo.identity.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.opensylo.identity.service.OAuthException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * How an OAuth request's client authentication is read (RFC 6749 §2.3.1): HTTP Basic with
 * form-urlencoded halves, the form's {@code client_id} and {@code client_secret}, or a bare {@code
 * client_id}; two methods at once and anything malformed are refused.
 */
class ClientCredentialsTest {

  private static String basic(String userPass) {
    return "Basic " + Base64.getEncoder().encodeToString(userPass.getBytes(StandardCharsets.UTF_8));
  }

  private static OAuthException refused(String authorization, String clientId, String secret) {
    return catchThrowableOfType(
        OAuthException.class, () -> ClientCredentials.from(authorization, clientId, secret));
  }

  @Test
  void basicCarriesTheIdAndSecret() {
    assertThat(ClientCredentials.from(basic("shop_client_1a2b3c4d:cs_secret_abc"), null, null))
        .isEqualTo(new ClientCredentials("shop_client_1a2b3c4d", "cs_secret_abc"));
  }

  @Test
  void theSchemeNameIsCaseInsensitiveAndTheSecretMayHoldColons() {
    String encoded =
        Base64.getEncoder().encodeToString("id:a:b:c".getBytes(StandardCharsets.UTF_8));
    assertThat(ClientCredentials.from("bAsIc " + encoded, null, null))
        .isEqualTo(new ClientCredentials("id", "a:b:c"));
    // surrounding white space of the base64 part is not part of it
    assertThat(ClientCredentials.from("Basic  " + encoded + " ", null, null))
        .isEqualTo(new ClientCredentials("id", "a:b:c"));
  }

  @Test
  void bothHalvesOfBasicArePercentDecodedAsAForm() {
    // RFC 6749 §2.3.1: the client encodes id and secret with application/x-www-form-urlencoded
    // first, so a colon in the id travels as %3A and a space as +
    assertThat(ClientCredentials.from(basic("my%3Aclient:p%40ss+word%25"), null, null))
        .isEqualTo(new ClientCredentials("my:client", "p@ss word%"));
    assertThat(ClientCredentials.from(basic("caf%C3%A9:s"), null, null))
        .isEqualTo(new ClientCredentials("café", "s"));
  }

  @Test
  void aBrokenEscapeInBasicIsABadCredentialNotAServerError() {
    for (String pair : new String[] {"id%zz:secret", "id:secret%4", "id:%C3%28", "id%:s"}) {
      OAuthException e = refused(basic(pair), null, null);
      assertThat(e).as(pair).isNotNull();
      assertThat(e.error()).as(pair).isEqualTo("invalid_client");
      assertThat(e.status()).as(pair).isEqualTo(401);
    }
  }

  @Test
  void malformedBase64OrNoColonIsInvalidClient() {
    assertThat(refused("Basic not*base64!", null, null).error()).isEqualTo("invalid_client");
    assertThat(refused(basic("no-colon-here"), null, null).error()).isEqualTo("invalid_client");
  }

  @Test
  void anEmptyIdOrSecretInBasicIsPassedOnAsIs() {
    // authentication (not parsing) refuses them: an empty id names no client, an empty secret
    // matches none
    assertThat(ClientCredentials.from(basic(":secret"), null, null))
        .isEqualTo(new ClientCredentials("", "secret"));
    assertThat(ClientCredentials.from(basic("id:"), null, null))
        .isEqualTo(new ClientCredentials("id", ""));
  }

  @Test
  void theFormCarriesTheIdAndSecretOrTheIdAlone() {
    assertThat(ClientCredentials.from(null, "shop_client_1", "cs_secret_x"))
        .isEqualTo(new ClientCredentials("shop_client_1", "cs_secret_x"));
    // a public client sends its id alone; an empty secret counts as none
    assertThat(ClientCredentials.from(null, "spa_client_1", null))
        .isEqualTo(new ClientCredentials("spa_client_1", null));
    assertThat(ClientCredentials.from(null, "spa_client_1", ""))
        .isEqualTo(new ClientCredentials("spa_client_1", null));
  }

  @Test
  void anAuthorizationHeaderOfAnotherSchemeIsNotClientAuthentication() {
    assertThat(ClientCredentials.from("Bearer abc", "shop_client_1", "cs_secret_x"))
        .isEqualTo(new ClientCredentials("shop_client_1", "cs_secret_x"));
    assertThat(refused("Bearer abc", null, null).error()).isEqualTo("invalid_client");
  }

  @Test
  void basicAndAFormSecretTogetherAreTwoMethodsAndRefused() {
    OAuthException e = refused(basic("id:secret"), null, "secret");
    assertThat(e.error()).isEqualTo("invalid_request");
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.getMessage()).isEqualTo("Use one client authentication method, not two.");
  }

  @Test
  void aFormClientIdBesideBasicMustNameTheSameClient() {
    assertThat(ClientCredentials.from(basic("id:secret"), "id", null))
        .isEqualTo(new ClientCredentials("id", "secret"));
    OAuthException e = refused(basic("id:secret"), "other", null);
    assertThat(e.error()).isEqualTo("invalid_request");
    assertThat(e.getMessage()).isEqualTo("client_id does not match the authenticated client.");
    // compared after decoding: the form's id is already decoded by the form parser
    assertThat(ClientCredentials.from(basic("my%3Aclient:s"), "my:client", null))
        .isEqualTo(new ClientCredentials("my:client", "s"));
  }

  @Test
  void noClientAtAllIsInvalidClient() {
    assertThat(refused(null, null, null).error()).isEqualTo("invalid_client");
    assertThat(refused(null, " ", null).error()).isEqualTo("invalid_client");
    assertThat(refused(null, null, "cs_secret_x").error()).isEqualTo("invalid_client");
    assertThat(refused("Basic", null, null).error()).isEqualTo("invalid_client");
  }
}
