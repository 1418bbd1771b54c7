package com.opensylo.webhook;

import static com.opensylo.testsupport.Api.request;
import static com.opensylo.testsupport.Marketplaces.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import com.opensylo.testsupport.Marketplaces;
import com.opensylo.testsupport.Metrics;
import com.opensylo.testsupport.OAuth;
import com.opensylo.testsupport.RestoreServerOverrides;
import com.opensylo.webhook.Receiver.Answer;
import com.opensylo.webhook.domain.RetrySchedule;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbound webhook worker's metrics as an operator scrapes them ({@code /metrics} over https as
 * the administrator), and readiness while receivers fail (issue 12). The counters are node-wide, so
 * each test first puts off the pending rows that earlier tests left behind (their receivers are
 * closed) and waits until nothing is in flight; then every attempt counted is one of its own.
 */
@ExtendWith({ArquillianExtension.class, RestoreServerOverrides.class})
class WebhookMetricsIT {

  private static final String WEBHOOK = "/marketplace-dashboard/webhook";

  private static final String ATTEMPTS = "webhook_delivery_attempts_total";
  private static final String DURATION_COUNT = "webhook_delivery_attempt_duration_seconds_count";
  private static final String IN_FLIGHT = "webhook_delivery_in_flight";
  private static final String BACKLOG = "webhook_outbox_due";
  private static final String OLDEST_DUE_AGE = "webhook_outbox_oldest_due_age_seconds";
  private static final List<String> OUTCOMES =
      List.of("delivered", "retry", "failed", "gone", "lease_lost");

  /** A marketplace of the test, its owner's dashboard token and its receiver. */
  private record Shop(Marketplaces.Onboarded marketplace, String owner) {
    String id() {
      return marketplace.id();
    }
  }

  private static Shop shop(String url) {
    Marketplaces.Onboarded m = Marketplaces.onboard("SANDBOX");
    Shop shop = new Shop(m, Marketplaces.ownerToken(m));
    setEndpoint(shop, url, true);
    return shop;
  }

  private static void setEndpoint(Shop shop, String url, boolean enabled) {
    Map<String, Object> body = new HashMap<>();
    body.put("url", url);
    body.put("enabled", enabled);
    Response set = bearer(shop.owner()).contentType(ContentType.JSON).body(body).put(WEBHOOK);
    assertThat(set.statusCode()).as(set.asString()).isEqualTo(200);
  }

  /** Writes {@code n} PENDING outbox rows for the shop, due now. */
  private static void outboxRows(Shop shop, int n) {
    for (int i = 0; i < n; i++) {
      assertThat(
              request()
                  .queryParam("marketplaceId", shop.id())
                  .queryParam("event", "loan.approved")
                  .post("/__probe/webhook-delivery")
                  .statusCode())
          .isEqualTo(204);
    }
  }

  private static void poll() {
    Response polled = request().post("/__probe/webhook-poll");
    assertThat(polled.statusCode()).as(polled.asString()).isEqualTo(200);
  }

  /**
   * Puts off every pending row but the given shops' and waits until no attempt is in flight, so
   * that from now on only the test's own attempts move the counters.
   */
  private static void onlyTheseShopsDeliver(Shop... shops) {
    park(shops);
    awaitMetrics(m -> m.count(IN_FLIGHT) == 0, Duration.ofSeconds(30), false);
    // an attempt that was in flight during the first park rescheduled its row when it failed
    park(shops);
  }

  private static void park(Shop... keep) {
    Response parked =
        request()
            .queryParam("keep", Arrays.stream(keep).map(Shop::id).toList())
            .post("/__probe/webhook-park");
    assertThat(parked.statusCode()).as(parked.asString()).isEqualTo(200);
  }

  /**
   * Scrapes (polling the worker between scrapes if {@code polling}) until {@code done} holds, for
   * at most {@code within}; returns the scrape that satisfied it.
   */
  private static Metrics.Scrape awaitMetrics(
      Predicate<Metrics.Scrape> done, Duration within, boolean polling) {
    Instant until = Instant.now().plus(within);
    while (true) {
      Metrics.Scrape scrape = Metrics.application();
      if (done.test(scrape)) {
        return scrape;
      }
      assertThat(Instant.now()).as("still waiting after %s: %s", within, scrape).isBefore(until);
      if (polling) {
        poll();
      }
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

  /** Attempts counted by outcome, and the attempt timer's count. */
  private record Counts(Map<String, Long> byOutcome, long timed) {
    static Counts of(Metrics.Scrape scrape) {
      Map<String, Long> byOutcome = new java.util.TreeMap<>();
      for (String outcome : OUTCOMES) {
        byOutcome.put(outcome, scrape.count(ATTEMPTS, "outcome", outcome));
      }
      return new Counts(byOutcome, scrape.count(DURATION_COUNT));
    }

    long total() {
      return byOutcome.values().stream().mapToLong(Long::longValue).sum();
    }

    /** What happened since {@code before}, by outcome. */
    Map<String, Long> since(Counts before) {
      Map<String, Long> delta = new java.util.TreeMap<>();
      byOutcome.forEach((k, v) -> delta.put(k, v - before.byOutcome.get(k)));
      return delta;
    }
  }

  private static Map<String, Long> outcomes(
      long delivered, long retry, long failed, long gone, long leaseLost) {
    return Map.of(
        "delivered", delivered,
        "retry", retry,
        "failed", failed,
        "gone", gone,
        "lease_lost", leaseLost);
  }

  /** A URL on 127.0.0.1 where nothing listens (a receiver started and closed). */
  private static String refusingUrl() {
    Receiver closed = Receiver.start();
    String url = closed.url();
    closed.close();
    return url;
  }

  // ---- tests

  @Test
  void attemptsByOutcomeTheirLatencyAndTheBacklogAreScrapedFromMetrics() {
    OAuth.setConfig("opensylo.webhook.allow-private-targets", "true");
    try (Receiver ok = Receiver.start();
        Receiver busy = Receiver.start().always(Answer.withHeader(503, "Retry-After", "3600"));
        Receiver gone = Receiver.start().always(Answer.status(410));
        Receiver hanging = Receiver.start().always(Answer.hanging())) {
      Shop delivering = shop(ok.url());
      Shop unavailable = shop(busy.url());
      Shop removed = shop(gone.url());
      Shop refusing = shop(refusingUrl());
      Shop backlogged = shop(hanging.url());
      setEndpoint(backlogged, hanging.url(), false);
      onlyTheseShopsDeliver(delivering, unavailable, removed, refusing, backlogged);
      Counts before = Counts.of(Metrics.application());

      // 3 delivered, 2 answered 503 with Retry-After (retry in an hour), 1 refused connection
      // (retry in 5 s), 1 answered 410 (gone: the endpoint is disabled)
      outboxRows(delivering, 3);
      outboxRows(unavailable, 2);
      outboxRows(refusing, 1);
      outboxRows(removed, 1);
      Metrics.Scrape first =
          awaitMetrics(
              m ->
                  Counts.of(m).total() - before.total() >= 7
                      && m.count(IN_FLIGHT) == 0
                      && m.count(BACKLOG) == 0,
              Duration.ofSeconds(15),
              true);
      setEndpoint(refusing, refusingUrl(), false); // its retry would come in 5 s
      Counts afterFirst = Counts.of(first);
      assertThat(afterFirst.since(before)).isEqualTo(outcomes(3, 3, 0, 1, 0));
      assertThat(afterFirst.timed() - before.timed()).as("attempts timed").isEqualTo(7);
      assertThat(ok.received()).hasSize(3);
      assertThat(busy.received()).hasSize(2);
      assertThat(gone.received()).hasSize(1);

      assertThat(first.count(BACKLOG)).isZero();
      assertThat(first.count(OLDEST_DUE_AGE)).isZero();

      // a backlog: 6 rows for an endpoint that takes 4 at a time and holds them
      outboxRows(backlogged, 6);
      setEndpoint(backlogged, hanging.url(), true);
      Metrics.Scrape held =
          awaitMetrics(
              m -> hanging.received().size() == 4 && m.count(IN_FLIGHT) == 4,
              Duration.ofSeconds(10),
              true);
      poll();
      held = Metrics.application();
      assertThat(held.count(BACKLOG)).as("due rows not yet taken").isEqualTo(2);
      assertThat(held.count(IN_FLIGHT)).isEqualTo(4);
      assertThat(held.count(OLDEST_DUE_AGE)).isBetween(0L, 10L);
      OAuth.moveClock("PT30S"); // well inside the 60 s lease of the 4 held rows
      poll();
      Metrics.Scrape later = Metrics.application();
      assertThat(later.count(BACKLOG)).isEqualTo(2);
      assertThat(later.count(OLDEST_DUE_AGE)).as("age by the server's clock").isBetween(30L, 45L);

      hanging.release();
      Metrics.Scrape drained =
          awaitMetrics(
              m ->
                  Counts.of(m).total() - before.total() >= 13
                      && m.count(IN_FLIGHT) == 0
                      && m.count(BACKLOG) == 0,
              Duration.ofSeconds(15),
              true);
      Counts end = Counts.of(drained);
      assertThat(end.since(before)).isEqualTo(outcomes(9, 3, 0, 1, 0));
      assertThat(end.timed() - before.timed()).isEqualTo(13);
      assertThat(drained.count(OLDEST_DUE_AGE)).isZero();
      assertThat(hanging.received()).hasSize(6);
      setEndpoint(unavailable, busy.url(), false);
    }
  }

  @Test
  void theLastFailedAttemptCountsAsFailedTheOnesBeforeAsRetries() {
    OAuth.setConfig("opensylo.webhook.allow-private-targets", "true");
    try (Receiver failing = Receiver.start().always(Answer.status(500))) {
      Shop shop = shop(failing.url());
      onlyTheseShopsDeliver(shop);
      Counts before = Counts.of(Metrics.application());
      outboxRows(shop, 1);
      // after each failed attempt, move the clock past the longest the next step may be (+10 %)
      Duration offset = Duration.ZERO;
      for (int attempt = 1; attempt <= RetrySchedule.MAX_ATTEMPTS; attempt++) {
        int made = attempt;
        Metrics.Scrape seen =
            awaitMetrics(
                m -> Counts.of(m).total() - before.total() >= made && m.count(IN_FLIGHT) == 0,
                Duration.ofSeconds(15),
                true);
        assertThat(Counts.of(seen).total() - before.total()).as("attempts").isEqualTo(made);
        if (attempt < RetrySchedule.MAX_ATTEMPTS) {
          Duration step = RetrySchedule.STEPS.get(attempt - 1);
          offset = offset.plus(step.multipliedBy(11).dividedBy(10)).plusSeconds(2);
          OAuth.moveClock(offset.toString());
        }
      }
      Counts end = Counts.of(Metrics.application());
      assertThat(end.since(before)).isEqualTo(outcomes(0, 9, 1, 0, 0));
      assertThat(end.timed() - before.timed()).isEqualTo(10);
      assertThat(failing.received()).hasSize(10);
    }
  }

  @Test
  void theMetricsEndpointIsForTheAdministratorOnly() {
    Response anonymous =
        io.restassured.RestAssured.given()
            .baseUri(Metrics.HTTPS_URL)
            .relaxedHTTPSValidation()
            .get("/metrics");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    Response wrong =
        io.restassured.RestAssured.given()
            .baseUri(Metrics.HTTPS_URL)
            .relaxedHTTPSValidation()
            .auth()
            .preemptive()
            .basic(Metrics.adminUser(), "not-the-password")
            .get("/metrics");
    assertThat(wrong.statusCode()).isEqualTo(401);
    Response plain = request().redirects().follow(false).get("/metrics");
    assertThat(plain.statusCode()).as("plain http is sent to https").isEqualTo(302);
    assertThat(plain.header("Location")).startsWith("https://");
    Metrics.Scrape scrape = Metrics.application();
    for (String outcome : OUTCOMES) {
      assertThat(scrape.optional(ATTEMPTS, "outcome", outcome, "mp_scope", "application"))
          .as("counter of outcome %s, present from the start", outcome)
          .isPresent();
    }
  }

  @Test
  void readinessStaysUpWhileReceiversFail() {
    OAuth.setConfig("opensylo.webhook.allow-private-targets", "true");
    try (Receiver failing = Receiver.start().always(Answer.status(500));
        Receiver hanging = Receiver.start().always(Answer.hanging())) {
      Shop erroring = shop(failing.url());
      Shop refusing = shop(refusingUrl());
      Shop stuck = shop(hanging.url());
      onlyTheseShopsDeliver(erroring, refusing, stuck);
      Counts before = Counts.of(Metrics.application());
      outboxRows(erroring, 2);
      outboxRows(refusing, 2);
      outboxRows(stuck, 1);
      awaitMetrics(
          m -> Counts.of(m).since(before).get("retry") >= 4 && m.count(IN_FLIGHT) == 1,
          Duration.ofSeconds(15),
          true);
      assertThat(failing.received()).hasSizeGreaterThanOrEqualTo(2);

      Response ready = request().get("/health/ready");
      assertThat(ready.statusCode()).as(ready.asString()).isEqualTo(200);
      assertThat(ready.jsonPath().getString("status")).isEqualTo("UP");
      assertThat(ready.jsonPath().getList("checks.status", String.class))
          .isNotEmpty()
          .containsOnly("UP");
      Response live = request().get("/health/live");
      assertThat(live.statusCode()).as(live.asString()).isEqualTo(200);

      setEndpoint(erroring, failing.url(), false);
      setEndpoint(refusing, refusingUrl(), false);
      setEndpoint(stuck, hanging.url(), false);
    }
  }
}
