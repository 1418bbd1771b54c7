package com.opensylo.marketplace.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.opensylo.identity.domain.ClientEnvironment;
import com.opensylo.identity.domain.Scopes;
import com.opensylo.marketplace.domain.UserRole;
import com.opensylo.shared.error.ApiError;
import com.opensylo.shared.error.ApiException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The onboarding rules {@link MarketplaceService#onboard} enforces whatever its caller checked: the
 * client's callback and scope rules, no {@code admin}, names without surrounding white space.
 */
class OnboardingRulesTest {

  private static MarketplaceService.NewMarketplace onboarding(
      List<String> redirectUris, List<String> scopes) {
    return new MarketplaceService.NewMarketplace(
        "jumia",
        "  Jumia Nigeria ",
        "NGN",
        ClientEnvironment.PRODUCTION,
        new MarketplaceService.NewUser(
            "owner@jumia.example", " Ada", "Okafor\t", "Owner-Pass-123456", UserRole.OWNER),
        redirectUris,
        scopes);
  }

  private static ApiException refused(List<String> redirectUris, List<String> scopes) {
    return catchThrowableOfType(
        ApiException.class, () -> OnboardingRules.check(onboarding(redirectUris, scopes)));
  }

  @Test
  void aValidOnboardingPasses() {
    assertThatCode(
            () ->
                OnboardingRules.check(
                    onboarding(
                        List.of("https://jumia.example/oauth/callback", "http://127.0.0.1:3000/cb"),
                        List.of("data.share.sales", "credit.score.read"))))
        .doesNotThrowAnyException();
  }

  @Test
  void adminIsReservedForOperatorsWhereverItIsListed() {
    ApiException e =
        refused(List.of("https://jumia.example/cb"), List.of("credit.score.read", "admin"));
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.code()).isEqualTo("VALIDATION_FAILED");
    assertThat(e.details())
        .containsExactly(
            new ApiError.FieldError("allowedScopes[1]", "admin is reserved for operators"));
  }

  @Test
  void everyBrokenRuleIsNamedUnderTheOnboardingsFieldNames() {
    ApiException e =
        refused(
            List.of("http://jumia.example/cb", "https://jumia.example/cb#x"),
            List.of("admin", "bogus.scope"));
    assertThat(e.details())
        .extracting(ApiError.FieldError::field, ApiError.FieldError::message)
        .containsExactly(
            tuple("redirectUris[0]", "must be an absolute https URI (http only on loopback)"),
            tuple("redirectUris[1]", "must not contain a fragment"),
            tuple("allowedScopes[1]", "unknown scope; one of " + Scopes.all()),
            tuple("allowedScopes[0]", "admin is reserved for operators"));
    assertThat(e.getMessage()).isEqualTo("4 fields are invalid; see details.");
  }

  @Test
  void namesAreStoredWithoutSurroundingWhiteSpace() {
    MarketplaceService.NewMarketplace stripped =
        OnboardingRules.stripped(
            onboarding(List.of("https://jumia.example/cb"), List.of("credit.score.read")));
    assertThat(stripped.displayName()).isEqualTo("Jumia Nigeria");
    assertThat(stripped.owner().firstName()).isEqualTo("Ada");
    assertThat(stripped.owner().lastName()).isEqualTo("Okafor");
    // what is compared exactly stays as sent
    assertThat(stripped.platformName()).isEqualTo("jumia");
    assertThat(stripped.owner().email()).isEqualTo("owner@jumia.example");
    assertThat(stripped.owner().password()).isEqualTo("Owner-Pass-123456");
    assertThat(stripped.redirectUris()).containsExactly("https://jumia.example/cb");
  }
}
