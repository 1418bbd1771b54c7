package com.opensylo.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Registering a client by named steps, and the client-id format (SPEC §2). */
class ClientRegistrationTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  @Test
  void aRegistrationIsConfidentialThirdPartyAndUnownedUnlessSaidOtherwise() {
    ClientRegistration registration =
        ClientRegistration.named("Shop")
            .redirectUris(List.of("https://shop.example/cb"))
            .allowedScopes(List.of("credit.score.read"))
            .allowedOrigins(null)
            .build();
    OAuthClient client =
        OAuthClient.register("shop_client_0a1b2c3d", ClientEnvironment.SANDBOX, registration, NOW);
    assertThat(client.clientType()).isEqualTo(ClientType.CONFIDENTIAL);
    assertThat(client.firstParty()).isFalse();
    assertThat(client.isOperator()).isFalse();
    assertThat(client.ownerId()).isNull();
    assertThat(client.brandId()).isNull();
    assertThat(client.clientUri()).isNull();
    assertThat(client.allowedOrigins()).isEmpty();
    assertThat(client.environment()).isEqualTo(ClientEnvironment.SANDBOX);
    assertThat(client.isActive()).isTrue();
    assertThat(client.createdAt()).isEqualTo(NOW);
  }

  @Test
  void askingForAdminMakesAnOperatorClientOnlyIfItIsFirstPartyConfidentialAndUnowned() {
    ClientRegistration.Builder admin =
        ClientRegistration.named("Ops")
            .redirectUris(List.of("http://127.0.0.1/unused"))
            .allowedScopes(List.of(Scopes.ADMIN));
    assertThat(
            OAuthClient.register(
                    "ops_client_00000000",
                    ClientEnvironment.PRODUCTION,
                    admin.firstParty(true).build(),
                    NOW)
                .isOperator())
        .isTrue();
    for (ClientRegistration refused :
        List.of(
            admin.firstParty(false).build(),
            admin.firstParty(true).ownedBy("m-1").build(),
            admin.ownedBy(null).type(ClientType.PUBLIC).build())) {
      assertThatThrownBy(
              () ->
                  OAuthClient.register(
                      "ops_client_00000000", ClientEnvironment.PRODUCTION, refused, NOW))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void clientIdsArePrefixUnderscoreClientAndEightHexWithSbForSandbox() {
    assertThat(ClientIds.generate(ClientEnvironment.PRODUCTION, "jumia"))
        .matches("jumia_client_[0-9a-f]{8}");
    assertThat(ClientIds.generate(ClientEnvironment.SANDBOX, "jumia"))
        .matches("sb_jumia_client_[0-9a-f]{8}");
    assertThat(ClientIds.prefixFrom("Konga Seller Hub!")).isEqualTo("kongasellerhub");
    assertThat(ClientIds.prefixFrom("A very long application name indeed"))
        .isEqualTo("averylongapplicationname");
    assertThat(ClientIds.prefixFrom("---")).isEqualTo("app");
    assertThat(ClientIds.prefixFrom(null)).isEqualTo("app");
  }
}
