package com.opensylo.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opensylo.identity.service.AdminAuthority;
import com.opensylo.shared.error.ApiException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Client activity, token generations and where admin may appear (review H1, M1, L10). */
class OAuthClientTest {

  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  private static OAuthClient client(List<String> scopes) {
    return OAuthClient.register(
        "c_client_00000000",
        ClientEnvironment.PRODUCTION,
        ClientRegistration.named("C")
            .redirectUris(List.of("https://c.example/cb"))
            .allowedScopes(scopes)
            .firstParty(true)
            .build(),
        NOW);
  }

  @Test
  void disablingEndsEveryEarlierTokenGenerationAndReEnablingDoesNotReviveIt() {
    OAuthClient c = client(List.of("credit.score.read"));
    assertThat(c.honoursTokenGeneration(0)).isTrue();
    c.enable(false, NOW);
    assertThat(c.honoursTokenGeneration(0)).isFalse();
    c.enable(true, NOW);
    assertThat(c.honoursTokenGeneration(0)).isFalse();
    assertThat(c.honoursTokenGeneration(c.tokenGeneration())).isTrue();
    c.enable(false, NOW);
    c.enable(false, NOW); // a second disable ends nothing more
    c.enable(true, NOW);
    assertThat(c.tokenGeneration()).isEqualTo(2);
  }

  @Test
  void theOwnersSuspensionAndTheOperatorsSwitchAreIndependent() {
    OAuthClient c = client(List.of("credit.score.read"));
    c.enable(false, NOW);
    c.suspendByOwner(true, NOW);
    c.suspendByOwner(false, NOW);
    assertThat(c.isActive()).isFalse();
    c.enable(true, NOW);
    assertThat(c.isActive()).isTrue();
    c.suspendByOwner(true, NOW);
    assertThat(c.isActive()).isFalse();
    assertThat(c.enabled()).isTrue();
    assertThat(c.tokenGeneration()).isEqualTo(2);
  }

  @Test
  void adminIsTheOneScopeOfOperatorClientsAndOnlyTheirs() {
    assertThatThrownBy(
            () -> client(List.of("credit.score.read")).changeAllowedScopes(List.of("admin"), NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client(List.of("admin", "credit.score.read")))
        .isInstanceOf(IllegalArgumentException.class);
    OAuthClient operator = client(List.of("admin"));
    assertThat(operator.isOperator()).isTrue();
    assertThatThrownBy(() -> operator.changeAllowedScopes(List.of("credit.score.read"), NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void adminAuthorityRefusesEveryOtherKindOfClient() {
    List<String> admin = List.of("admin");
    AdminAuthority.checkScopes(admin, true, ClientType.CONFIDENTIAL, true, null);
    AdminAuthority.checkScopes(
        List.of("credit.score.read"), false, ClientType.PUBLIC, false, "owner");
    assertThatThrownBy(
            () -> AdminAuthority.checkScopes(admin, false, ClientType.CONFIDENTIAL, true, null))
        .isInstanceOf(ApiException.class);
    assertThatThrownBy(() -> AdminAuthority.checkScopes(admin, true, ClientType.PUBLIC, true, null))
        .isInstanceOf(ApiException.class);
    assertThatThrownBy(
            () -> AdminAuthority.checkScopes(admin, true, ClientType.CONFIDENTIAL, false, null))
        .isInstanceOf(ApiException.class);
    assertThatThrownBy(
            () -> AdminAuthority.checkScopes(admin, true, ClientType.CONFIDENTIAL, true, "m-1"))
        .isInstanceOf(ApiException.class);
    assertThatThrownBy(
            () ->
                AdminAuthority.checkScopes(
                    List.of("admin", "credit.score.read"),
                    true,
                    ClientType.CONFIDENTIAL,
                    true,
                    null))
        .isInstanceOf(ApiException.class);
  }

  @Test
  void scopeParametersHoldOnlyRfc6749Characters() {
    assertThat(Scopes.parseStrict("credit.score.read  data.share.sales"))
        .containsExactly("credit.score.read", "data.share.sales");
    for (String bad : List.of("a\u0000", "a\tb", "a\nb", "caf\u00e9", "a\"b", "a\\b")) {
      assertThatThrownBy(() -> Scopes.parseStrict(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
