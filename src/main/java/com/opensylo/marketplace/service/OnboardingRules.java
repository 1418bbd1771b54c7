package com.opensylo.marketplace.service;

import com.opensylo.identity.domain.Scopes;
import com.opensylo.identity.service.ClientRegistrationRules;
import java.util.List;

/**
 * What an onboarding must satisfy beyond each field's form: its OAuth client's registration rules
 * (callbacks https or loopback http without fragment, catalogue scopes) and no {@code admin} scope,
 * which only operator clients hold. Field names are those of the onboarding body.
 */
final class OnboardingRules {

  private OnboardingRules() {}

  /** 400 {@code VALIDATION_FAILED} naming every broken rule, if any. */
  static void check(MarketplaceService.NewMarketplace request) {
    ClientRegistrationRules rules =
        new ClientRegistrationRules()
            .redirectUris(request.redirectUris(), "redirectUris")
            .scopes(request.allowedScopes(), "allowedScopes");
    List<String> scopes = request.allowedScopes() == null ? List.of() : request.allowedScopes();
    for (int i = 0; i < scopes.size(); i++) {
      if (Scopes.ADMIN.equals(scopes.get(i))) {
        rules.refuse(scopes.get(i), "allowedScopes[" + i + "]", MarketplaceErrors.ADMIN_RESERVED);
      }
    }
    rules.check();
  }

  /** {@code request} with the display name and the owner's names stripped of white space. */
  static MarketplaceService.NewMarketplace stripped(MarketplaceService.NewMarketplace request) {
    MarketplaceService.NewUser o = request.owner();
    return new MarketplaceService.NewMarketplace(
        request.platformName(),
        request.displayName().strip(),
        request.defaultCurrency(),
        request.environment(),
        new MarketplaceService.NewUser(
            o.email(), o.firstName().strip(), o.lastName().strip(), o.password(), o.role()),
        request.redirectUris(),
        request.allowedScopes());
  }
}
