package com.opensylo.webhook.service;

import com.opensylo.shared.error.ApiException;
import com.opensylo.shared.error.BusinessRuleViolationException;
import com.opensylo.shared.error.Causes;
import com.opensylo.shared.error.RetryLaterException;
import com.opensylo.shared.persistence.ConstraintConflict;
import com.opensylo.shared.persistence.DatabaseFailure;
import com.opensylo.shared.web.Jsonp;
import com.opensylo.shared.web.StrictJsonReader;
import com.opensylo.webhook.domain.InboundEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Receives inbound webhooks (SPEC §8): verifies the signature over the raw bytes, then reads the
 * body strictly and checks its headers agree with it (else 401, nothing stored), then applies and
 * stores it once: the same event id and body again is 409 with the original ack, the same id with
 * another body 422, whatever else the repeated event would have been refused for. (While the first
 * of two requests with one id is still running, the second is answered by its own merits: it waits
 * on the loan's lock or on the event's unique key, or is refused for what its body says.) A
 * collision with a concurrent request (the same event id, deduction reference or settlement, a
 * deadlock, a lock wait timeout) runs the whole transaction again, a bounded number of times with a
 * short jittered pause, then answers 503 with {@code Retry-After}.
 */
@ApplicationScoped
public class InboundWebhooks {

  /** How many times one event's transaction runs before the caller is asked to retry. */
  static final int ATTEMPTS = 6;

  @Inject InboundSignature signature;
  @Inject InboundEventRecorder recorder;
  @Inject RepaymentEvents repayments;
  @Inject SettlementEvents settlements;
  @Inject Validator validator;
  @Inject Clock clock;

  /** A received request: its webhook headers, the ones kept for audit, and the raw body. */
  public record Request(
      InboundSignature.Headers headers, Map<String, String> auditHeaders, byte[] body) {}

  public InboundMessages.Ack repayment(Request request) {
    InboundSignature.Sender sender = signature.verify(request.headers(), request.body());
    InboundMessages.RepaymentEvent event =
        read(request.body(), InboundMessages.RepaymentEvent.class);
    agree(request.headers(), sender, event.marketplace().id(), event.eventId());
    return receive(
        sender, request, event.event(), event.eventId(), () -> repayments.apply(sender, event));
  }

  public InboundMessages.Ack settlement(Request request) {
    InboundSignature.Sender sender = signature.verify(request.headers(), request.body());
    InboundMessages.SettlementEvent event =
        read(request.body(), InboundMessages.SettlementEvent.class);
    agree(request.headers(), sender, event.marketplace().id(), event.eventId());
    return receive(
        sender, request, event.event(), event.eventId(), () -> settlements.apply(sender, event));
  }

  private <T> T read(byte[] body, Class<T> type) {
    T message = StrictJsonReader.read(body, type);
    Set<ConstraintViolation<T>> violations = validator.validate(message);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return message;
  }

  /** The body must say what the headers say: its marketplace and its event id. */
  private static void agree(
      InboundSignature.Headers headers,
      InboundSignature.Sender sender,
      String bodyMarketplaceId,
      String bodyEventId) {
    if (!sender.marketplaceId().toString().equalsIgnoreCase(bodyMarketplaceId)) {
      throw InboundSignature.headerMismatch("X-Marketplace-Id");
    }
    if (!headers.eventId().equals(bodyEventId)) {
      throw InboundSignature.headerMismatch("X-Marketplace-Event-Id");
    }
  }

  private InboundMessages.Ack receive(
      InboundSignature.Sender sender,
      Request request,
      String type,
      String eventId,
      Supplier<String> apply) {
    String hash = sha256(request.body());
    String body = new String(request.body(), StandardCharsets.UTF_8);
    String headers = json(request.auditHeaders());
    for (int attempt = 1; ; attempt++) {
      // the first attempt goes straight to applying and storing, which fails (on the unique key, or
      // on what the earlier event applied) if the id was received before; only then (and after any
      // other collision) is the original looked up
      Optional<InboundEvent> original =
          attempt == 1 ? Optional.empty() : recorder.find(sender.marketplaceId(), eventId);
      if (original.isPresent()) {
        throw duplicate(original.get(), hash);
      }
      try {
        InboundEvent stored =
            recorder.record(
                new InboundEvent(
                    sender.marketplaceId(), eventId, type, hash, body, headers, Instant.now(clock)),
                apply);
        return ack(stored);
      } catch (ApiException refused) {
        // the event's row is written after it is applied: an event id received before may meet a
        // refusal of what it applied (its deduction reference is taken) before its own unique key
        throw recorder
            .find(sender.marketplaceId(), eventId)
            .<RuntimeException>map(earlier -> duplicate(earlier, hash))
            .orElse(refused);
      } catch (RuntimeException e) {
        if (!isCollision(e)) {
          throw e;
        }
        if (attempt == ATTEMPTS) {
          throw new RetryLaterException(
              503,
              "CONCURRENT_UPDATE",
              "The loan is busy with other events; nothing was applied. Retry shortly.",
              Duration.ofSeconds(1));
        }
        pause(attempt);
      }
    }
  }

  private static boolean isCollision(RuntimeException e) {
    return Causes.find(e, ConstraintConflict.class).isPresent()
        || DatabaseFailure.of(e).filter(f -> f == DatabaseFailure.CONTENTION).isPresent();
  }

  /** A few milliseconds, doubling, jittered: lets the winner of a collision commit. */
  private static void pause(int attempt) {
    long millis = (1L << Math.min(attempt, 6)) + ThreadLocalRandom.current().nextLong(5);
    LockSupport.parkNanos(Duration.ofMillis(millis).toNanos());
  }

  private static RuntimeException duplicate(InboundEvent original, String hash) {
    if (!original.hasBody(hash)) {
      return new BusinessRuleViolationException(
          "EVENT_ID_REUSED",
          "The event id "
              + original.eventId()
              + " was received before with another body; nothing was applied.");
    }
    return new DuplicateEventException(ack(original));
  }

  private static InboundMessages.Ack ack(InboundEvent event) {
    return new InboundMessages.Ack(
        "received", event.eventId(), event.opensyloReference(), event.receivedAt());
  }

  private static String json(Map<String, String> headers) {
    JsonObjectBuilder json = Jsonp.PROVIDER.createObjectBuilder();
    headers.forEach(
        (name, value) -> {
          if (value != null) {
            json.add(name, value);
          }
        });
    return json.build().toString();
  }

  static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is unavailable", e);
    }
  }
}
