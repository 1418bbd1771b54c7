package com.opensylo.webhook;

import static com.opensylo.testsupport.Api.assertApiError;
import static com.opensylo.testsupport.Api.request;
import static com.opensylo.testsupport.Marketplaces.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import com.opensylo.loan.Lending;
import com.opensylo.testsupport.Marketplaces;
import com.opensylo.testsupport.OAuth;
import com.opensylo.testsupport.RestoreServerOverrides;
import com.opensylo.webhook.Receiver.Answer;
import com.opensylo.webhook.Receiver.Received;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Outbound loan webhooks against real receivers (SPEC §9, issue 12): retries on the schedule with
 * the clock moved instead of waiting, 410 and Retry-After, a hanging receiver that holds back
 * nobody else, signatures a receiver can verify, SSRF at delivery, the delivery log and redelivery.
 * Each test polls the worker through the probe rather than waiting for its interval.
 */
@ExtendWith({ArquillianExtension.class, RestoreServerOverrides.class})
class OutboundWebhookIT {

  private static final String WEBHOOK = "/marketplace-dashboard/webhook";
  private static final String LOG = "/marketplace-dashboard/webhook-deliveries";

  // ---- helpers

  private static void poll() {
    Response polled = request().post("/__probe/webhook-poll");
    assertThat(polled.statusCode()).as(polled.asString()).isEqualTo(200);
  }

  /** Polls the worker until {@code done} holds, for at most {@code within}. */
  private static void awaitPolling(BooleanSupplier done, Duration within) {
    Instant until = Instant.now().plus(within);
    while (!done.getAsBoolean()) {
      assertThat(Instant.now()).as("still waiting after " + within).isBefore(until);
      poll();
      sleep(100);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Response setEndpoint(String owner, String url, Boolean enabled) {
    Map<String, Object> body = new HashMap<>();
    body.put("url", url);
    if (enabled != null) {
      body.put("enabled", enabled);
    }
    return bearer(owner).contentType(ContentType.JSON).body(body).put(WEBHOOK);
  }

  private static void useEndpoint(String owner, String url) {
    Response set = setEndpoint(owner, url, true);
    assertThat(set.statusCode()).as(set.asString()).isEqualTo(200);
  }

  /** Writes one PENDING outbox row for the marketplace; returns its delivery (the newest). */
  private static JsonPath outboxRow(String marketplaceId, String owner, String event) {
    assertThat(
            request()
                .queryParam("marketplaceId", marketplaceId)
                .queryParam("event", event)
                .post("/__probe/webhook-delivery")
                .statusCode())
        .isEqualTo(204);
    return JsonPath.from(
        bearer(owner).queryParam("event", event).queryParam("pageSize", 1).get(LOG).asString());
  }

  private static JsonPath detail(String owner, String deliveryId) {
    Response response = bearer(owner).get(LOG + "/" + deliveryId);
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(200);
    return response.jsonPath();
  }

  /** A receiver's check: {@code VALID}, {@code BAD_SIGNATURE} or {@code STALE} (5 minutes). */
  private static String verify(String secret, Received r, Instant receiverNow) {
    long timestamp = Long.parseLong(r.header("X-OpenSylo-Timestamp"));
    String expected = "sha256=" + Lending.hmac(secret, timestamp, r.body());
    if (!java.security.MessageDigest.isEqual(
        expected.getBytes(), r.header("X-OpenSylo-Signature").getBytes())) {
      return "BAD_SIGNATURE";
    }
    return Math.abs(receiverNow.getEpochSecond() - timestamp) > 300 ? "STALE" : "VALID";
  }

  private static Received withTimestamp(Received r, long timestamp) {
    Map<String, List<String>> headers = new HashMap<>(r.headers());
    headers.keySet().removeIf(k -> k.equalsIgnoreCase("X-OpenSylo-Timestamp"));
    headers.put("X-OpenSylo-Timestamp", List.of(Long.toString(timestamp)));
    return new Received(headers, r.body(), r.at());
  }

  // ---- tests

  @Test
  void aReceiverThatFailsTwiceGetsTheEventOnTheThirdAttemptSignedEveryTime() {
    OAuth.setConfig("opensylo.webhook.allow-private-targets", "true");
    Lending.Shop shop = Lending.shop();
    String owner = Marketplaces.ownerToken(shop.marketplace());
    Lending.Borrower borrower = Lending.borrower(shop);
    try (Receiver receiver = Receiver.start(Answer.status(500), Answer.status(500))) {
      useEndpoint(owner, receiver.url());
      String loanId =
          Lending.approvedLoan(shop, borrower, "10000.00", "500.00").getString("loan.loanId");
      JsonPath log =
          JsonPath.from(bearer(owner).queryParam("event", "loan.approved").get(LOG).asString());
      assertThat(log.getList("deliveries")).hasSize(1);
      String deliveryId = log.getString("deliveries[0].id");
      String eventId = log.getString("deliveries[0].eventId");

      awaitPolling(() -> receiver.of(eventId).size() == 1, Duration.ofSeconds(10));
      JsonPath first = detail(owner, deliveryId);
      assertThat(first.getString("delivery.status")).isEqualTo("PENDING");
      assertThat(first.getInt("delivery.lastResponseCode")).isEqualTo(500);
      Duration firstWait =
          Duration.between(
              Instant.parse(first.getString("delivery.lastAttemptAt")),
              Instant.parse(first.getString("delivery.nextRetryAt")));
      assertThat(firstWait).isBetween(Duration.ofMillis(4000), Duration.ofMillis(6000));

      OAuth.moveClock("PT10S");
      awaitPolling(() -> receiver.of(eventId).size() == 2, Duration.ofSeconds(10));
      JsonPath second = detail(owner, deliveryId);
      Duration secondWait =
          Duration.between(
              Instant.parse(second.getString("delivery.lastAttemptAt")),
              Instant.parse(second.getString("delivery.nextRetryAt")));
      assertThat(secondWait).isBetween(Duration.ofSeconds(270), Duration.ofSeconds(330));

      OAuth.moveClock("PT20M");
      awaitPolling(() -> receiver.of(eventId).size() == 3, Duration.ofSeconds(10));
      awaitPolling(
          () -> detail(owner, deliveryId).getString("delivery.status").equals("DELIVERED"),
          Duration.ofSeconds(5));
      for (int i = 0; i < 5; i++) {
        poll();
      }
      assertThat(receiver.of(eventId)).as("acknowledged once, never sent again").hasSize(3);

      JsonPath done = detail(owner, deliveryId);
      assertThat(done.getInt("delivery.attempts")).isEqualTo(3);
      assertThat(done.getInt("delivery.lastResponseCode")).isEqualTo(200);
      assertThat(done.getString("delivery.nextRetryAt")).isNull();
      assertThat(done.getList("attempts.statusCode")).containsExactly(500, 500, 200);
      assertThat(done.getList("attempts.attempt")).containsExactly(1, 2, 3);
      assertThat(done.getList("attempts.error")).containsExactly("HTTP 500", "HTTP 500", null);
      assertThat(done.getList("attempts.durationMs", Integer.class)).allMatch(ms -> ms >= 0);

      List<Received> got = receiver.of(eventId);
      long[] timestamps =
          got.stream().mapToLong(r -> Long.parseLong(r.header("X-OpenSylo-Timestamp"))).toArray();
      assertThat(timestamps[2] - timestamps[0]).as("re-signed per attempt").isGreaterThan(1100);
      for (Received r : got) {
        JsonPath body = JsonPath.from(r.body());
        assertThat(body.getString("event")).isEqualTo("loan.approved");
        assertThat(body.getString("event_id")).isEqualTo(eventId);
        assertThat(body.getString("loan.opensylo_id")).isEqualTo(loanId);
        assertThat(body.getMap("loan")).containsKey("version");
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(r.header("X-OpenSylo-Signature")).matches("sha256=[0-9a-f]{64}");
        long ts = Long.parseLong(r.header("X-OpenSylo-Timestamp"));
        assertThat(verify(shop.secret(), r, Instant.ofEpochSecond(ts))).isEqualTo("VALID");
        assertThat(verify("whsec_not-the-secret", r, Instant.ofEpochSecond(ts)))
            .isEqualTo("BAD_SIGNATURE");
      }
    }
  }

  @Test
  void aStaleOrReplayedSignatureIsDetectable() {
    Marketplaces.Onboarded m = Marketplaces.onboard("SANDBOX");
    String owner = Marketplaces.ownerToken(m);
    try (Receiver receiver = Receiver.start()) {
      useEndpoint(owner, receiver.url());
      Response ping = bearer(owner).post(WEBHOOK + "/test");
      assertThat(ping.statusCode()).as(ping.asString()).isEqualTo(200);
      assertThat(ping.jsonPath().getBoolean("delivered")).isTrue();
      assertThat(ping.jsonPath().getInt("statusCode")).isEqualTo(200);
      Received r = receiver.of(ping.jsonPath().getString("eventId")).get(0);
      assertThat(JsonPath.from(r.body()).getString("event")).isEqualTo("ping");
      assertThat(JsonPath.from(r.body()).getString("marketplace.id")).isEqualTo(m.id());
      long ts = Long.parseLong(r.header("X-OpenSylo-Timestamp"));
      assertThat(Math.abs(ts - Instant.now().getEpochSecond())).isLessThan(5);

      assertThat(verify(m.webhookSecret(), r, Instant.now())).isEqualTo("VALID");
      // the same request replayed ten minutes later: the signed timestamp gives it away
      assertThat(verify(m.webhookSecret(), r, Instant.now().plusSeconds(600))).isEqualTo("STALE");
      // and moving the timestamp forward breaks the signature
      assertThat(
              verify(m.webhookSecret(), withTimestamp(r, ts + 600), Instant.now().plusSeconds(600)))
          .isEqualTo("BAD_SIGNATURE");

      // the current secret signs: after a rotation the old one no longer verifies
      String rotated =
          OAuth.remember(
              bearer(owner).post(WEBHOOK + "/rotate-secret").jsonPath().getString("webhookSecret"));
      String second = bearer(owner).post(WEBHOOK + "/test").jsonPath().getString("eventId");
      Received again = receiver.of(second).get(0);
      assertThat(verify(rotated, again, Instant.now())).isEqualTo("VALID");
      assertThat(verify(m.webhookSecret(), again, Instant.now())).isEqualTo("BAD_SIGNATURE");
    }
    Response cleared = setEndpoint(owner, null, null);
    assertThat(cleared.statusCode()).as(cleared.asString()).isEqualTo(200);
    assertApiError(
        bearer(owner).post(WEBHOOK + "/test"), 422, "WEBHOOK_URL_NOT_SET", WEBHOOK + "/test");
  }

  @Test
  void goneDisablesTheEndpointAndLaterEventsWaitUntilItIsEnabledAgain() {
    Marketplaces.Onboarded m = Marketplaces.onboard("SANDBOX");
    String owner = Marketplaces.ownerToken(m);
    try (Receiver receiver = Receiver.start(Answer.status(410))) {
      useEndpoint(owner, receiver.url());
      String first = outboxRow(m.id(), owner, "loan.disbursed").getString("deliveries[0].id");
      awaitPolling(() -> receiver.received().size() == 1, Duration.ofSeconds(10));
      awaitPolling(
          () -> detail(owner, first).getString("delivery.status").equals("FAILED"),
          Duration.ofSeconds(5));
      assertThat(detail(owner, first).getList("attempts.statusCode")).containsExactly(410);
      assertThat(bearer(owner).get(WEBHOOK).jsonPath().getBoolean("enabled")).isFalse();
      assertThat(Marketplaces.auditEvents("webhook.endpoint_disabled", m.id())).hasSize(1);

      String later = outboxRow(m.id(), owner, "loan.completed").getString("deliveries[0].id");
      OAuth.moveClock("PT1H");
      for (int i = 0; i < 5; i++) {
        poll();
        sleep(50);
      }
      assertThat(receiver.received()).as("nothing goes to a disabled endpoint").hasSize(1);
      assertThat(detail(owner, later).getString("delivery.status")).isEqualTo("PENDING");
      assertThat(detail(owner, later).getInt("delivery.attempts")).isZero();

      useEndpoint(owner, receiver.url()); // the marketplace turns it on again
      awaitPolling(() -> receiver.received().size() == 2, Duration.ofSeconds(10));
      awaitPolling(
          () -> detail(owner, later).getString("delivery.status").equals("DELIVERED"),
          Duration.ofSeconds(5));
      assertThat(detail(owner, first).getString("delivery.status")).isEqualTo("FAILED");
    }
  }

  @Test
  void retryAfterIsHonoured() {
    Marketplaces.Onboarded m = Marketplaces.onboard("SANDBOX");
    String owner = Marketplaces.ownerToken(m);
    try (Receiver receiver =
        Receiver.start(Answer.withHeader(503, "Retry-After", "120"), Answer.status(200))) {
      useEndpoint(owner, receiver.url());
      String id = outboxRow(m.id(), owner, "loan.defaulted").getString("deliveries[0].id");
      awaitPolling(() -> receiver.received().size() == 1, Duration.ofSeconds(10));
      awaitPolling(() -> detail(owner, id).getInt("delivery.attempts") == 1, Duration.ofSeconds(5));
      JsonPath waiting = detail(owner, id);
      assertThat(
              Duration.between(
                  Instant.parse(waiting.getString("delivery.lastAttemptAt")),
                  Instant.parse(waiting.getString("delivery.nextRetryAt"))))
          .isBetween(Duration.ofSeconds(119), Duration.ofSeconds(122));

      OAuth.moveClock("PT60S"); // past the schedule's 5 s, before the receiver's 120 s
      for (int i = 0; i < 5; i++) {
        poll();
        sleep(50);
      }
      assertThat(receiver.received()).hasSize(1);

      OAuth.moveClock("PT130S");
      awaitPolling(() -> receiver.received().size() == 2, Duration.ofSeconds(10));
      awaitPolling(
          () -> detail(owner, id).getString("delivery.status").equals("DELIVERED"),
          Duration.ofSeconds(5));
      assertThat(detail(owner, id).getList("attempts.statusCode")).containsExactly(503, 200);
    }
  }

  @Test
  void aHangingReceiverDoesNotHoldBackAnotherMarketplace() {
    Marketplaces.Onboarded slow = Marketplaces.onboard("SANDBOX");
    Marketplaces.Onboarded fast = Marketplaces.onboard("SANDBOX");
    String slowOwner = Marketplaces.ownerToken(slow);
    String fastOwner = Marketplaces.ownerToken(fast);
    try (Receiver hanging = Receiver.start().always(Answer.hanging());
        Receiver quick = Receiver.start()) {
      useEndpoint(slowOwner, hanging.url());
      useEndpoint(fastOwner, quick.url());
      for (int i = 0; i < 8; i++) {
        outboxRow(slow.id(), slowOwner, "loan.approved");
      }
      awaitPolling(() -> hanging.received().size() >= 4, Duration.ofSeconds(10));
      String eventId =
          outboxRow(fast.id(), fastOwner, "loan.approved").getString("deliveries[0].eventId");
      Instant written = Instant.now();
      awaitPolling(() -> quick.of(eventId).size() == 1, Duration.ofSeconds(5));
      assertThat(Duration.between(written, quick.of(eventId).get(0).at()))
          .isLessThan(Duration.ofSeconds(2));
      assertThat(hanging.received())
          .as("at most 4 attempts at once to one endpoint")
          .hasSizeLessThanOrEqualTo(4);
      setEndpoint(slowOwner, hanging.url(), false);
    }
  }

  @Test
  void oneMarketplacesBacklogDoesNotHoldBackAnotherMarketplacesNewEvent() {
    Marketplaces.Onboarded busy = Marketplaces.onboard("SANDBOX");
    Marketplaces.Onboarded other = Marketplaces.onboard("SANDBOX");
    String busyOwner = Marketplaces.ownerToken(busy);
    String otherOwner = Marketplaces.ownerToken(other);
    try (Receiver backlog = Receiver.start();
        Receiver quick = Receiver.start()) {
      useEndpoint(otherOwner, quick.url());
      // a backlog far larger than one claim's window, all due at once (written while its endpoint
      // was off), at a receiver that answers at once, so its marketplace is never "full" for long
      setEndpoint(busyOwner, backlog.url(), false);
      for (int i = 0; i < 600; i++) {
        request()
            .queryParam("marketplaceId", busy.id())
            .queryParam("event", "loan.approved")
            .post("/__probe/webhook-delivery");
      }
      useEndpoint(busyOwner, backlog.url());
      String eventId =
          outboxRow(other.id(), otherOwner, "loan.disbursed").getString("deliveries[0].eventId");
      Instant written = Instant.now();
      awaitPolling(() -> quick.of(eventId).size() == 1, Duration.ofSeconds(15));
      assertThat(Duration.between(written, quick.of(eventId).get(0).at()))
          .as("the other marketplace's event waited behind the backlog")
          .isLessThan(Duration.ofSeconds(2));
      setEndpoint(busyOwner, backlog.url(), false);
    }
  }

  @Test
  void aLoopbackUrlOfAProductionMarketplaceIsRefusedWhenSetAndAtDelivery() {
    Marketplaces.Onboarded m = Marketplaces.onboard("PRODUCTION");
    String owner = Marketplaces.ownerToken(m);
    try (Receiver receiver = Receiver.start()) {
      assertApiError(setEndpoint(owner, receiver.url(), true), 400, "VALIDATION_FAILED", WEBHOOK);

      // accepted while the operator allowed it, then the operator withdrew the permission
      OAuth.setConfig("opensylo.webhook.allow-private-targets", "true");
      useEndpoint(owner, receiver.url());
      OAuth.setConfig("opensylo.webhook.allow-private-targets", "");
      String id = outboxRow(m.id(), owner, "loan.approved").getString("deliveries[0].id");
      awaitPolling(
          () -> detail(owner, id).getInt("delivery.attempts") == 1, Duration.ofSeconds(10));
      JsonPath refused = detail(owner, id);
      assertThat(refused.getString("attempts[0].error")).startsWith("Target refused");
      assertThat(refused.getString("attempts[0].statusCode")).isNull();
      assertThat(refused.getString("delivery.status")).isEqualTo("PENDING");
      assertThat(receiver.received()).isEmpty();

      JsonPath ping = bearer(owner).post(WEBHOOK + "/test").jsonPath();
      assertThat(ping.getBoolean("delivered")).isFalse();
      assertThat(ping.getString("error")).startsWith("Target refused");
      assertThat(receiver.received()).isEmpty();
    }
  }

  @Test
  void theLogFiltersAndPagesAndARedeliverySendsTheSameEventAgain() {
    Marketplaces.Onboarded m = Marketplaces.onboard("SANDBOX");
    String owner = Marketplaces.ownerToken(m);
    try (Receiver receiver = Receiver.start()) {
      useEndpoint(owner, receiver.url());
      String id = outboxRow(m.id(), owner, "loan.cancelled").getString("deliveries[0].id");
      awaitPolling(
          () -> detail(owner, id).getString("delivery.status").equals("DELIVERED"),
          Duration.ofSeconds(10));
      setEndpoint(owner, receiver.url(), false);
      outboxRow(m.id(), owner, "loan.approved");
      outboxRow(m.id(), owner, "loan.approved");

      JsonPath all = bearer(owner).get(LOG).jsonPath();
      assertThat(all.getInt("total")).isEqualTo(3);
      assertThat(all.getInt("page")).isEqualTo(1);
      JsonPath pending = bearer(owner).queryParam("status", "PENDING").get(LOG).jsonPath();
      assertThat(pending.getList("deliveries.event"))
          .containsExactly("loan.approved", "loan.approved");
      JsonPath delivered =
          bearer(owner)
              .queryParam("status", "DELIVERED")
              .queryParam("event", "loan.cancelled")
              .get(LOG)
              .jsonPath();
      assertThat(delivered.getList("deliveries.id")).containsExactly(id);
      JsonPath page2 =
          bearer(owner).queryParam("pageSize", 2).queryParam("page", 2).get(LOG).jsonPath();
      assertThat(page2.getList("deliveries")).hasSize(1);
      assertThat(page2.getInt("total")).isEqualTo(3);
      assertApiError(
          bearer(owner).queryParam("status", "LOST").get(LOG), 400, "VALIDATION_FAILED", LOG);

      setEndpoint(owner, receiver.url(), true);
      Marketplaces.User developer = Marketplaces.addUser(owner, "DEVELOPER");
      String devToken = Marketplaces.token(developer.email(), developer.password());
      assertThat(bearer(devToken).post(LOG + "/" + id + "/redeliver").statusCode()).isEqualTo(403);
      Marketplaces.Onboarded other = Marketplaces.onboard("SANDBOX");
      assertApiError(
          bearer(Marketplaces.ownerToken(other)).post(LOG + "/" + id + "/redeliver"),
          404,
          "NOT_FOUND",
          LOG + "/" + id + "/redeliver");
      assertThat(bearer(Marketplaces.ownerToken(other)).get(LOG + "/" + id).statusCode())
          .isEqualTo(404);

      String eventId = detail(owner, id).getString("delivery.eventId");
      Response queued = bearer(owner).post(LOG + "/" + id + "/redeliver");
      assertThat(queued.statusCode()).as(queued.asString()).isEqualTo(202);
      assertThat(queued.jsonPath().getString("status")).isEqualTo("PENDING");
      awaitPolling(() -> receiver.of(eventId).size() == 2, Duration.ofSeconds(10));
      awaitPolling(() -> detail(owner, id).getInt("delivery.attempts") == 2, Duration.ofSeconds(5));
      assertThat(detail(owner, id).getString("delivery.status")).isEqualTo("DELIVERED");
      assertThat(Marketplaces.auditEvents("webhook.redelivery_requested", id)).hasSize(1);
    }
  }

  @Test
  void concurrentClaimsNeverTakeTheSameRow() throws Exception {
    Marketplaces.Onboarded m = Marketplaces.onboard("SANDBOX");
    String owner = Marketplaces.ownerToken(m);
    try (Receiver receiver = Receiver.start()) {
      setEndpoint(owner, receiver.url(), false);
      for (int i = 0; i < 40; i++) {
        request()
            .queryParam("marketplaceId", m.id())
            .queryParam("event", "loan.approved")
            .post("/__probe/webhook-delivery");
      }
      useEndpoint(owner, receiver.url());
      java.util.concurrent.ExecutorService claimers =
          java.util.concurrent.Executors.newFixedThreadPool(8);
      try {
        List<java.util.concurrent.Future<List<String>>> claims = new java.util.ArrayList<>();
        for (int i = 0; i < 16; i++) {
          claims.add(
              claimers.submit(
                  () ->
                      request()
                          .queryParam("capacity", 5)
                          .post("/__probe/webhook-claim")
                          .jsonPath()
                          .getList("", String.class)));
        }
        List<String> taken = new java.util.ArrayList<>();
        for (var claim : claims) {
          taken.addAll(claim.get());
        }
        assertThat(taken).isNotEmpty().doesNotHaveDuplicates();
        // and no row the probe claims leased went out meanwhile: the lease holds it
        List<String> sent =
            receiver.received().stream().map(r -> r.header("X-OpenSylo-Event-Id")).toList();
        List<String> takenEvents =
            taken.stream().map(id -> detail(owner, id).getString("delivery.eventId")).toList();
        assertThat(sent).doesNotContainAnyElementsOf(takenEvents);
      } finally {
        claimers.shutdownNow();
        setEndpoint(owner, receiver.url(), false);
      }
    }
  }
}
