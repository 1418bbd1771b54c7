package com.opensylo.sandbox.service;

import com.opensylo.audit.service.AuditService;
import com.opensylo.identity.domain.ClientEnvironment;
import com.opensylo.identity.domain.ClientRegistration;
import com.opensylo.identity.domain.MerchantAccount;
import com.opensylo.identity.domain.OAuthClient;
import com.opensylo.identity.service.ClientAdministration;
import com.opensylo.identity.service.MerchantAccountService;
import com.opensylo.identity.service.MerchantConsents;
import com.opensylo.loan.domain.Loan;
import com.opensylo.loan.service.LoanOrigination;
import com.opensylo.marketplace.domain.UserRole;
import com.opensylo.marketplace.service.MarketplaceService;
import com.opensylo.marketplace.service.PublishedMarketplaces;
import com.opensylo.merchant.service.SeededMerchantData;
import com.opensylo.sandbox.domain.SandboxWorld;
import com.opensylo.sandbox.domain.TestMerchant;
import com.opensylo.webhook.service.PublishedWebhookData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.logging.Logger;

/**
 * Builds the published sandbox world ({@link SandboxWorld}) inside the caller's transaction, which
 * holds the sandbox lock: the SANDBOX client under its public id and secret, the marketplace and
 * its OWNER, the webhook endpoint with the public secret, the five test merchants with a standing
 * consent to the client, and, for each test merchant not yet linked, its link, its simulated score
 * and (tiers A and B) an ACTIVE loan. Idempotent: what exists is put back to the published values,
 * what a developer added is left to the reset.
 */
@ApplicationScoped
public class SandboxSeeder {

  private static final Logger LOG = Logger.getLogger(SandboxSeeder.class.getName());

  @Inject ClientAdministration clients;
  @Inject PublishedMarketplaces marketplaces;
  @Inject PublishedWebhookData webhooks;
  @Inject MerchantAccountService merchantAccounts;
  @Inject MerchantConsents consents;
  @Inject SeededMerchantData merchantData;
  @Inject LoanOrigination loans;
  @Inject Clock clock;

  /** What seeding did. */
  public record Seeded(boolean marketplaceCreated, int merchantsSeeded, int loansSeeded) {}

  /**
   * Builds what is missing and puts the published values back. {@code reset}: also removes the
   * dashboard users a developer added and the webhook URL they set (the daily reset; a node's
   * start-up leaves them).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Seeded seed(boolean reset) {
    Instant now = Instant.now(clock);
    OAuthClient client =
        clients.ensurePublishedSandboxClient(
            SandboxWorld.CLIENT_ID,
            SandboxWorld.CLIENT_SECRET,
            ClientRegistration.named(SandboxWorld.MARKETPLACE_NAME)
                .redirectUris(SandboxWorld.REDIRECT_URIS)
                .allowedScopes(SandboxWorld.SCOPES)
                .ownedBy(SandboxWorld.MARKETPLACE_ID.toString())
                .build());
    PublishedMarketplaces.Ensured marketplace =
        marketplaces.ensure(
            new PublishedMarketplaces.Published(
                SandboxWorld.MARKETPLACE_ID,
                SandboxWorld.PLATFORM_NAME,
                SandboxWorld.MARKETPLACE_NAME,
                SandboxWorld.CURRENCY,
                ClientEnvironment.SANDBOX,
                client.id(),
                new MarketplaceService.NewUser(
                    SandboxWorld.DASHBOARD_EMAIL,
                    SandboxWorld.DASHBOARD_FIRST_NAME,
                    SandboxWorld.DASHBOARD_LAST_NAME,
                    SandboxWorld.DASHBOARD_PASSWORD,
                    UserRole.DEVELOPER)),
            reset);
    webhooks.publish(SandboxWorld.MARKETPLACE_ID, SandboxWorld.WEBHOOK_SECRET, reset);
    int merchants = 0;
    java.util.List<TestMerchant> toLend = new java.util.ArrayList<>();
    for (TestMerchant m : SandboxWorld.MERCHANTS) {
      MerchantAccount account =
          merchantAccounts.ensureSandboxTestAccount(m.email(), m.password(), m.businessName());
      consents.ensureConsent(client, account.id(), SandboxWorld.SCOPES, now);
      if (merchantData.link(SandboxWorld.MARKETPLACE_ID, m.merchantId()).isPresent()) {
        continue;
      }
      merchantData.submit(
          SandboxWorld.MARKETPLACE_ID,
          Currency.getInstance(SandboxWorld.CURRENCY),
          m.merchantId(),
          account.id(),
          TierProfiles.of(m),
          now);
      merchants++;
      if (m.loan() != null) {
        toLend.add(m);
      }
    }
    // loans last: origination locks the shared loan-reference counter, which production
    // origination on every node also needs, so it is held for as little of this as possible
    int seededLoans = 0;
    for (TestMerchant m : toLend) {
      Loan loan =
          loans.originate(
              new LoanOrigination.Application(
                  SandboxWorld.MARKETPLACE_ID,
                  m.merchantId(),
                  m.loan().principal(),
                  m.loan().fee(),
                  m.loan().deductionRate(),
                  SandboxWorld.CURRENCY),
              AuditService.Actor.system(),
              null);
      loans.disburse(loan.id(), AuditService.Actor.system(), null);
      seededLoans++;
    }
    if (marketplace.created() || merchants > 0) {
      LOG.info(
          "Sandbox seeded: marketplace "
              + SandboxWorld.PLATFORM_NAME
              + (marketplace.created() ? " created" : " restored")
              + ", "
              + merchants
              + " test merchant(s) scored, "
              + seededLoans
              + " loan(s) active");
    }
    return new Seeded(marketplace.created(), merchants, seededLoans);
  }

  /**
   * The sandbox turned off: its published marketplace suspended and its client with it, so the
   * public secret, dashboard password and test merchants' consents reach nothing. The next start
   * with the sandbox on puts them back.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean retire() {
    if (!marketplaces.suspend(SandboxWorld.MARKETPLACE_ID)) {
      return false;
    }
    clients
        .findPublishedSandboxClient(SandboxWorld.CLIENT_ID)
        .ifPresent(c -> clients.suspendByOwner(c.id(), true));
    LOG.info("Sandbox disabled: the published marketplace and its client are suspended");
    return true;
  }
}
