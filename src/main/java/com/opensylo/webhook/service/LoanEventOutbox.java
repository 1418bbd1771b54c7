package com.opensylo.webhook.service;

import com.opensylo.loan.domain.Loan;
import com.opensylo.loan.domain.LoanEvents;
import com.opensylo.shared.web.JsonbSettings;
import com.opensylo.shared.web.Jsonp;
import com.opensylo.webhook.domain.WebhookDelivery;
import com.opensylo.webhook.domain.WebhookDeliveryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * The webhook side of the loan feature's announcements ({@link LoanEvents}): each becomes an outbox
 * row ({@code webhook_delivery}) in the transaction of the change, with the SPEC §9 snake_case
 * envelope and the loan's version, so receivers can order what they get; the event id stays the
 * same on every delivery attempt.
 */
@ApplicationScoped
public class LoanEventOutbox implements LoanEvents {

  @Inject WebhookDeliveryRepository deliveries;
  @Inject Clock clock;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void announce(String event, Loan loan, String marketplaceName) {
    if (!com.opensylo.webhook.domain.OutboundEvents.LOAN_EVENTS.contains(event)) {
      throw new IllegalArgumentException("Not a loan event: " + event);
    }
    Instant now = Instant.now(clock);
    UUID eventId = UUID.randomUUID();
    String payload =
        Jsonp.PROVIDER
            .createObjectBuilder()
            .add("event", event)
            .add("event_id", eventId.toString())
            .add("timestamp", time(now))
            .add(
                "marketplace",
                Jsonp.PROVIDER
                    .createObjectBuilder()
                    .add("id", loan.marketplaceId().toString())
                    .add("name", marketplaceName))
            .add(
                "merchant",
                Jsonp.PROVIDER
                    .createObjectBuilder()
                    .add("marketplace_id", loan.merchantRef())
                    .add("opensylo_id", loan.merchantAccountId().toString()))
            .add("loan", loan(loan))
            .build()
            .toString();
    deliveries.add(new WebhookDelivery(loan.marketplaceId(), eventId, event, payload, now));
  }

  private static JsonObjectBuilder loan(Loan loan) {
    JsonObjectBuilder json =
        Jsonp.PROVIDER
            .createObjectBuilder()
            .add("opensylo_id", loan.id().toString())
            .add("opensylo_reference", loan.reference())
            .add("status", loan.status().name())
            .add("version", loan.version())
            .add("principal_amount", loan.principal().amount())
            .add("fee_amount", loan.fee().amount())
            .add("total_repayable", loan.totalRepayable().amount())
            .add("total_paid", loan.totalPaid().amount())
            .add("outstanding", loan.outstanding().amount())
            .add("currency", loan.currency())
            .add("deduction_rate", loan.deductionRate());
    optionalTime(json, "disbursed_at", loan.disbursedAt());
    optionalTime(json, "completed_at", loan.completedAt());
    return json.add("updated_at", time(loan.updatedAt()));
  }

  private static void optionalTime(JsonObjectBuilder json, String name, Instant at) {
    if (at == null) {
      json.addNull(name);
    } else {
      json.add(name, time(at));
    }
  }

  private static String time(Instant at) {
    return new JsonbSettings.InstantAdapter().adaptToJson(at);
  }
}
