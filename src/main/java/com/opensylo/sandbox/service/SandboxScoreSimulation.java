package com.opensylo.sandbox.service;

import com.opensylo.identity.domain.MerchantAccount;
import com.opensylo.identity.service.MerchantAccountService;
import com.opensylo.merchant.domain.MerchantData;
import com.opensylo.merchant.domain.MerchantDataFactory;
import com.opensylo.merchant.service.ScoreSimulation;
import com.opensylo.sandbox.domain.SandboxWorld;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * SPEC §10: "Sandbox scores for these merchants are simulated from their tier." In the sandbox
 * marketplace a published test merchant is scored on its tier's profile, whatever it submits, so a
 * developer sees the same tier every time. Every other merchant, and every other marketplace, is
 * scored on its own data.
 */
@ApplicationScoped
public class SandboxScoreSimulation implements ScoreSimulation {

  @Inject MerchantAccountService accounts;

  @Override
  public Optional<MerchantData> standIn(
      UUID marketplaceId, UUID merchantAccountId, LocalDate today) {
    if (!SandboxWorld.MARKETPLACE_ID.equals(marketplaceId)) {
      return Optional.empty();
    }
    MerchantAccount account = accounts.get(merchantAccountId);
    if (!account.isSandboxTestAccount()) {
      return Optional.empty();
    }
    return SandboxWorld.byEmail(account.email())
        .map(m -> new MerchantDataFactory(today).create(TierProfiles.of(m)));
  }
}
