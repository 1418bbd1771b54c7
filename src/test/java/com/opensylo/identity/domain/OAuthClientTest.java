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

  // --- the guards of registration and change (review §I) ---

  /**
   * A client as client administration would register it, with every guarded input chosen; it asks
   * for operator authority exactly when its scopes name {@code admin}.
   */
  private static OAuthClient registered(
      String name,
      ClientType type,
      List<String> redirectUris,
      List<String> scopes,
      List<String> origins,
      String ownerId,
      boolean firstParty) {
    return OAuthClient.register(
        "c_client_00000001",
        ClientEnvironment.SANDBOX,
        ClientRegistration.named(name)
            .type(type)
            .redirectUris(redirectUris)
            .allowedScopes(scopes)
            .allowedOrigins(origins)
            .describedBy("https://c.example", "https://c.example/logo.png")
            .ownedBy(ownerId)
            .brand("brand-1")
            .firstParty(firstParty)
            .build(),
        NOW);
  }

  private static OAuthClient partner() {
    return registered(
        "Partner",
        ClientType.CONFIDENTIAL,
        List.of("https://c.example/cb"),
        List.of("credit.score.read"),
        null,
        "m-1",
        false);
  }

  @Test
  void aNewClientIsEnabledActiveAndHoldsWhatItWasGiven() {
    OAuthClient c = partner();
    assertThat(c.enabled()).isTrue();
    assertThat(c.isActive()).isTrue();
    assertThat(c.tokenGeneration()).isZero();
    assertThat(c.clientName()).isEqualTo("Partner");
    assertThat(c.isConfidential()).isTrue();
    assertThat(c.environment()).isEqualTo(ClientEnvironment.SANDBOX);
    assertThat(c.ownerId()).isEqualTo("m-1");
    assertThat(c.brandId()).isEqualTo("brand-1");
    assertThat(c.allowedOrigins()).isEmpty(); // none given is none allowed
    assertThat(c.createdAt()).isEqualTo(NOW);
    assertThat(c.updatedAt()).isEqualTo(NOW);
  }

  @Test
  void theNameMustHaveOneTo255Characters() {
    for (String bad : java.util.Arrays.asList(null, "", "   ", "x".repeat(256))) {
      assertThatThrownBy(
              () ->
                  registered(
                      bad,
                      ClientType.CONFIDENTIAL,
                      List.of("https://c.example/cb"),
                      List.of("credit.score.read"),
                      List.of(),
                      null,
                      false))
          .as(String.valueOf(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("client_name must have 1 to 255 characters");
    }
    OAuthClient c = partner();
    Instant later = NOW.plusSeconds(60);
    c.rename("x".repeat(255), later);
    assertThat(c.clientName()).hasSize(255);
    assertThat(c.updatedAt()).isEqualTo(later);
    assertThatThrownBy(() -> c.rename(" ", later)).isInstanceOf(IllegalArgumentException.class);
    assertThat(c.clientName()).hasSize(255); // a refused change leaves the name as it was
  }

  @Test
  void atLeastOneRedirectUriIsRequiredAndTheyAreComparedExactly() {
    OAuthClient c = partner();
    assertThatThrownBy(() -> c.changeRedirectUris(List.of(), NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("redirect_uris needs at least one URI");
    assertThatThrownBy(() -> c.changeRedirectUris(null, NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(c.redirectUris()).containsExactly("https://c.example/cb");
    assertThat(c.hasRedirectUri("https://c.example/cb")).isTrue();
    // RFC 9700 §2.1: no prefix, case or trailing-slash leniency
    assertThat(c.hasRedirectUri("https://c.example/cb/")).isFalse();
    assertThat(c.hasRedirectUri("https://C.example/cb")).isFalse();
    assertThat(c.hasRedirectUri("https://c.example/c")).isFalse();
    assertThat(c.hasRedirectUri(null)).isFalse();
  }

  @Test
  void theClientKeepsItsOwnCopyOfEveryList() {
    List<String> uris = new java.util.ArrayList<>(List.of("https://c.example/cb"));
    List<String> scopes = new java.util.ArrayList<>(List.of("credit.score.read"));
    List<String> origins = new java.util.ArrayList<>(List.of("https://app.example"));
    OAuthClient c = registered("C", ClientType.PUBLIC, uris, scopes, origins, null, false);
    uris.add("https://evil.example/cb");
    scopes.add("data.share.sales");
    origins.add("https://evil.example");
    assertThat(c.hasRedirectUri("https://evil.example/cb")).isFalse();
    assertThat(c.allowsScopes(java.util.Set.of("data.share.sales"))).isFalse();
    assertThat(c.allowsOrigin("https://evil.example")).isFalse();
    assertThatThrownBy(() -> c.redirectUris().add("https://evil.example/cb"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void scopesMustBeKnownAndNonEmpty() {
    OAuthClient c = partner();
    for (List<String> bad :
        List.of(
            List.<String>of(),
            List.of("credit.score.read", "root"),
            List.of("Credit.Score.Read"))) {
      assertThatThrownBy(() -> c.changeAllowedScopes(bad, NOW))
          .as(bad.toString())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("allowed_scopes needs at least one known scope");
    }
    assertThatThrownBy(() -> c.changeAllowedScopes(null, NOW))
        .isInstanceOf(IllegalArgumentException.class);
    c.changeAllowedScopes(List.of("data.share.sales", "credit.score.read"), NOW);
    assertThat(c.allowsScopes(java.util.Set.of("credit.score.read"))).isTrue();
    assertThat(c.allowsScopes(java.util.Set.of("credit.score.read", "data.share.sales"))).isTrue();
    assertThat(c.allowsScopes(java.util.Set.of("credit.score.read", "repayment.report"))).isFalse();
    assertThat(c.allowsScopes(java.util.Set.of())).isTrue();
  }

  @Test
  void anOperatorClientIsConfidentialFirstPartyUnownedAndAllowedOnlyAdmin() {
    String message =
        "an operator client is confidential, first-party, owned by nobody and allowed only admin";
    List<String> cb = List.of("https://ops.example/cb");
    List<String> admin = List.of("admin");
    assertThatThrownBy(() -> registered("Ops", ClientType.PUBLIC, cb, admin, List.of(), null, true))
        .hasMessage(message);
    assertThatThrownBy(
            () -> registered("Ops", ClientType.CONFIDENTIAL, cb, admin, List.of(), null, false))
        .hasMessage(message);
    assertThatThrownBy(
            () -> registered("Ops", ClientType.CONFIDENTIAL, cb, admin, List.of(), "m-1", true))
        .hasMessage(message);
    assertThatThrownBy(
            () ->
                registered(
                    "Ops",
                    ClientType.CONFIDENTIAL,
                    cb,
                    List.of("admin", "credit.score.read"),
                    List.of(),
                    null,
                    true))
        .hasMessage(message);
    OAuthClient ops = registered("Ops", ClientType.CONFIDENTIAL, cb, admin, List.of(), null, true);
    assertThat(ops.isOperator()).isTrue();
    assertThat(ops.firstParty()).isTrue();
    assertThat(ops.allowedScopes()).containsExactly("admin");
  }

  @Test
  void originsAreMatchedExactlyAndClearedByNull() {
    OAuthClient c = partner();
    c.changeAllowedOrigins(List.of("https://app.example"), NOW);
    assertThat(c.allowsOrigin("https://app.example")).isTrue();
    assertThat(c.allowsOrigin("https://app.example:443")).isFalse();
    assertThat(c.allowsOrigin("http://app.example")).isFalse();
    assertThat(c.allowsOrigin(null)).isFalse();
    c.changeAllowedOrigins(null, NOW);
    assertThat(c.allowedOrigins()).isEmpty();
    assertThat(c.allowsOrigin("https://app.example")).isFalse();
  }

  @Test
  void anOwnersSuspensionOfADisabledClientEndsNoFurtherGeneration() {
    OAuthClient c = partner();
    c.enable(false, NOW); // generation 1
    c.suspendByOwner(true, NOW); // already inactive: nothing more to end
    c.suspendByOwner(true, NOW);
    assertThat(c.tokenGeneration()).isEqualTo(1);
    assertThat(c.ownerSuspended()).isTrue();
    c.suspendByOwner(false, NOW);
    c.enable(true, NOW);
    assertThat(c.honoursTokenGeneration(1)).isTrue();
    assertThat(c.honoursTokenGeneration(0)).isFalse();
  }
}
