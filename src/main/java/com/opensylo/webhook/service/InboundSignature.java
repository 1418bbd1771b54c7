package com.opensylo.webhook.service;

import com.opensylo.shared.error.ApiException;
import com.opensylo.webhook.domain.WebhookEndpointRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Authenticates an inbound webhook (SPEC §8) before anything of it is parsed: the HMAC-SHA256, with
 * the marketplace's webhook secret, of {@code "<timestamp>.<raw body>"} over the bytes received,
 * compared in constant time; a timestamp within ±5 minutes; an ACTIVE marketplace. Every failure is
 * the same 401 (only a stale timestamp says so), so a caller learns nothing about which marketplace
 * ids exist.
 */
@ApplicationScoped
public class InboundSignature {

  /** How far a request's timestamp may be from this server's clock. */
  static final Duration TOLERANCE = Duration.ofMinutes(5);

  private static final Pattern SIGNATURE = Pattern.compile("sha256=([0-9a-fA-F]{64})");
  private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{1,12}");
  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  @Inject WebhookEndpointRepository endpoints;
  @Inject WebhookSecrets secrets;
  @Inject Clock clock;

  /** The webhook headers of a request, as received (any may be null). */
  public record Headers(String marketplaceId, String timestamp, String eventId, String signature) {}

  /** Who sent a request whose signature holds. */
  public record Sender(UUID marketplaceId, String platformName) {}

  /**
   * @throws ApiException 401 {@code INVALID_SIGNATURE} (or {@code STALE_TIMESTAMP}) with nothing
   *     stored
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Sender verify(Headers headers, byte[] body) {
    if (headers.marketplaceId() == null
        || headers.timestamp() == null
        || headers.eventId() == null
        || headers.eventId().isBlank()
        || headers.signature() == null) {
      throw unauthorized(
          "MISSING_SIGNATURE",
          "X-Marketplace-Id, X-Marketplace-Timestamp, X-Marketplace-Event-Id and"
              + " X-Marketplace-Signature are required.");
    }
    var signature = SIGNATURE.matcher(headers.signature().trim());
    if (!TIMESTAMP.matcher(headers.timestamp()).matches() || !signature.matches()) {
      throw invalid();
    }
    Instant sent = Instant.ofEpochSecond(Long.parseLong(headers.timestamp()));
    Instant now = Instant.now(clock);
    if (Duration.between(sent, now).abs().compareTo(TOLERANCE) > 0) {
      throw unauthorized(
          "STALE_TIMESTAMP", "X-Marketplace-Timestamp is more than 5 minutes from now.");
    }
    // one query for the marketplace (ACTIVE) and its secret; an unknown or suspended one costs the
    // same HMAC, so a caller cannot tell which ids exist
    Optional<WebhookEndpointRepository.ActiveEndpoint> found =
        UUID_TEXT.matcher(headers.marketplaceId()).matches()
            ? endpoints.findOfActiveMarketplace(UUID.fromString(headers.marketplaceId()))
            : Optional.empty();
    Optional<byte[]> key = found.map(active -> secrets.key(active.sealedSecret()));
    byte[] expected = WebhookSignature.hmac(key.orElse(new byte[32]), headers.timestamp(), body);
    byte[] given = HexFormat.of().parseHex(signature.group(1).toLowerCase(java.util.Locale.ROOT));
    if (!MessageDigest.isEqual(expected, given) || key.isEmpty()) {
      throw invalid();
    }
    return new Sender(found.get().marketplaceId(), found.get().platformName());
  }

  /** 401 for a body whose headers do not match what it says. */
  static ApiException headerMismatch(String header) {
    return unauthorized(
        "HEADER_MISMATCH", header + " does not match the body; the request is refused.");
  }

  private static ApiException invalid() {
    return unauthorized("INVALID_SIGNATURE", "The webhook signature is not valid.");
  }

  private static ApiException unauthorized(String code, String message) {
    return new ApiException(401, code, message);
  }
}
