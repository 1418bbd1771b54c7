package com.opensylo.sandbox.service;

import com.opensylo.audit.domain.AuditEvent;
import com.opensylo.audit.service.AuditService;
import com.opensylo.loan.service.LoanDataErasure;
import com.opensylo.merchant.service.SeededMerchantData;
import com.opensylo.sandbox.domain.SandboxWorld;
import com.opensylo.sandbox.persistence.SandboxStateStore;
import com.opensylo.webhook.service.PublishedWebhookData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Seeding and the daily reset of the sandbox world (SPEC §10), each one transaction under the
 * sandbox lock, so two nodes never do either at once and a reset is never seen half done. The reset
 * removes everything the sandbox marketplace's traffic added — loans with their ledger, settlements
 * and discrepancies, webhook deliveries and received events, submissions and links, dashboard users
 * other than the published OWNER — and seeds the world again. Nothing outside the sandbox
 * marketplace is touched: every delete names its id.
 */
@ApplicationScoped
public class SandboxReset {

  private static final Logger LOG = Logger.getLogger(SandboxReset.class.getName());

  /** This node, as the reset record names it. */
  static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

  @Inject SandboxStateStore state;
  @Inject SandboxSeeder seeder;
  @Inject LoanDataErasure loans;
  @Inject PublishedWebhookData webhooks;
  @Inject SeededMerchantData merchants;
  @Inject AuditService audit;
  @Inject Clock clock;

  /** The world as published, built where missing (start-up of every node). */
  @Transactional
  public SandboxSeeder.Seeded seed() {
    state.lock();
    SandboxSeeder.Seeded seeded = seeder.seed(false);
    if (seeded.marketplaceCreated() || seeded.merchantsSeeded() > 0) {
      state.stamp(Instant.now(clock), false);
    }
    return seeded;
  }

  /** The sandbox turned off: its published identity suspended ({@link SandboxSeeder#retire}). */
  @Transactional
  public boolean retire() {
    state.lock();
    return seeder.retire();
  }

  /** What a reset removed and put back. */
  public record Outcome(Instant dueAt, int removedRows, SandboxSeeder.Seeded seeded) {}

  /**
   * The reset scheduled for {@code dueAt}, unless a node already ran it: the lock makes a second
   * node wait for the first and then find the run recorded. Empty when it had run.
   */
  @Transactional
  public Optional<Outcome> runOnce(Instant dueAt) {
    state.lock();
    if (state.hasRun(dueAt)) {
      return Optional.empty();
    }
    Instant now = Instant.now(clock);
    int removed = loans.erase(SandboxWorld.MARKETPLACE_ID);
    removed += webhooks.erase(SandboxWorld.MARKETPLACE_ID);
    removed += merchants.erase(SandboxWorld.MARKETPLACE_ID);
    SandboxSeeder.Seeded seeded = seeder.seed(true);
    state.recordRun(dueAt, NODE, now, removed);
    state.stamp(now, true);
    audit.record(
        "sandbox.reset",
        AuditEvent.Outcome.SUCCESS,
        AuditService.Actor.system(),
        "marketplace",
        SandboxWorld.MARKETPLACE_ID.toString(),
        null,
        "due " + dueAt + ", " + removed + " row(s) removed on " + NODE);
    LOG.info("Sandbox reset (due " + dueAt + "): " + removed + " row(s) removed, seed restored");
    return Optional.of(new Outcome(dueAt, removed, seeded));
  }
}
