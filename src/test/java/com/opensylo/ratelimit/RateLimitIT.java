package com.opensylo.ratelimit;

import static com.opensylo.testsupport.Api.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.opensylo.testsupport.Api;
import com.opensylo.testsupport.Marketplaces;
import com.opensylo.testsupport.OAuth;
import com.opensylo.testsupport.RestoreServerOverrides;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SPEC §10 rate limits on the partner API: per client, counted in the database, 429 {@code
 * RATE_LIMITED} with {@code Retry-After} and the {@code X-RateLimit-*} headers. Each test starts
 * the server's clock at a fresh window boundary, so no test straddles two windows, and uses clients
 * of its own.
 */
@ExtendWith({ArquillianExtension.class, RestoreServerOverrides.class})
class RateLimitIT {

  private static final String HEALTH = "/api/marketplace/data/health";

  /** Where the server's clock was set and when (real time), to bound Retry-After. */
  private Instant windowStart;

  private Instant movedAt;

  private Instant serverClockAt;

  @Test
  void theSandboxMinuteLimitRefusesThe121stRequestUntilTheNextMinute() {
    String token = tokenOf(Marketplaces.onboard("SANDBOX"));
    startAt(ChronoUnit.MINUTES);
    long reset = windowStart.getEpochSecond() + 60;
    for (int i = 1; i <= 120; i++) {
      Response ok = health(token);
      assertThat(ok.statusCode()).as("request %d: %s", i, ok.asString()).isEqualTo(200);
      assertHeaders(ok, 120, 120 - i, reset);
    }
    for (int i = 0; i < 2; i++) {
      Response refused = health(token);
      assertRefused(refused, 120, reset);
    }
    moveClockTo(windowStart.plusSeconds(61));
    Response next = health(token);
    assertThat(next.statusCode()).as(next.asString()).isEqualTo(200);
    assertHeaders(next, 120, 119, reset + 60);
  }

  @Test
  void theHourLimitHoldsAcrossMinutesAndEndsWithTheHour() {
    String token = tokenOf(Marketplaces.onboard("SANDBOX"));
    OAuth.setConfig("opensylo.sandbox.rate-limit.per-hour", "5");
    startAt(ChronoUnit.HOURS);
    long reset = windowStart.getEpochSecond() + 3600;
    for (int i = 1; i <= 5; i++) {
      Response ok = health(token);
      assertThat(ok.statusCode()).as("request %d: %s", i, ok.asString()).isEqualTo(200);
      // the hour window has fewer requests left than the minute one: it is the one reported
      assertHeaders(ok, 5, 5 - i, reset);
    }
    assertRefused(health(token), 5, reset);
    moveClockTo(windowStart.plusSeconds(61));
    assertRefused(health(token), 5, reset);
    moveClockTo(windowStart.plusSeconds(3601));
    Response next = health(token);
    assertThat(next.statusCode()).as(next.asString()).isEqualTo(200);
    assertHeaders(next, 5, 4, reset + 3600);
  }

  @Test
  void refusedRequestsUseNoQuota() {
    String token = tokenOf(Marketplaces.onboard("SANDBOX"));
    OAuth.setConfig("opensylo.sandbox.rate-limit.per-minute", "3");
    OAuth.setConfig("opensylo.sandbox.rate-limit.per-hour", "5");
    startAt(ChronoUnit.HOURS);
    long minuteReset = windowStart.getEpochSecond() + 60;
    long hourReset = windowStart.getEpochSecond() + 3600;
    assertHeaders(health(token), 3, 2, minuteReset); // minute 2 left, hour 4: the minute reported
    assertHeaders(health(token), 3, 1, minuteReset);
    assertHeaders(health(token), 3, 0, minuteReset);
    for (int i = 0; i < 5; i++) {
      assertRefused(health(token), 3, minuteReset);
    }
    moveClockTo(windowStart.plusSeconds(60));
    // had the five refusals counted, the hour (5) would be exhausted; it has 5 - 3 - 1 = 1 left
    Response ok = health(token);
    assertThat(ok.statusCode()).as(ok.asString()).isEqualTo(200);
    assertHeaders(ok, 5, 1, hourReset);
    Response last = health(token);
    assertThat(last.statusCode()).isEqualTo(200);
    assertHeaders(last, 5, 0, hourReset); // minute 1 left, hour 0: the hour reported
    assertRefused(health(token), 5, hourReset);
  }

  @Test
  void productionClientsAreUnlimitedByDefaultAndLimitedWhenConfigured() {
    String token = tokenOf(Marketplaces.onboard("PRODUCTION"));
    startAt(ChronoUnit.MINUTES);
    for (int i = 1; i <= 125; i++) {
      Response ok = health(token);
      assertThat(ok.statusCode()).as("request %d: %s", i, ok.asString()).isEqualTo(200);
      assertThat(ok.header("X-RateLimit-Limit")).isNull();
      assertThat(ok.header("X-RateLimit-Remaining")).isNull();
      assertThat(ok.header("X-RateLimit-Reset")).isNull();
    }
    OAuth.setConfig("opensylo.rate-limit.production.per-minute", "3");
    OAuth.setConfig("opensylo.rate-limit.production.per-hour", "1000");
    long reset = windowStart.getEpochSecond() + 60;
    for (int i = 1; i <= 3; i++) {
      Response ok = health(token);
      assertThat(ok.statusCode()).as(ok.asString()).isEqualTo(200);
      assertHeaders(ok, 3, 3 - i, reset);
    }
    assertRefused(health(token), 3, reset);
  }

  @Test
  void tenConcurrentRequestsAtTheLastSlotsAdmitExactlyTheRemainingNumber() throws Exception {
    Marketplaces.Onboarded m = Marketplaces.onboard("SANDBOX");
    String token = tokenOf(m);
    startAt(ChronoUnit.MINUTES);
    for (int i = 1; i <= 117; i++) {
      assertThat(health(token).statusCode()).isEqualTo(200);
    }
    HttpClient client = HttpClient.newHttpClient();
    ExecutorService pool = Executors.newFixedThreadPool(10);
    try {
      CyclicBarrier start = new CyclicBarrier(10);
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return client.send(
                      HttpRequest.newBuilder(URI.create(Api.BASE_URL + HEALTH))
                          .header("Authorization", "Bearer " + token)
                          .GET()
                          .build(),
                      HttpResponse.BodyHandlers.ofString());
                }));
      }
      List<Integer> statuses = new ArrayList<>();
      List<String> remaining = new ArrayList<>();
      for (Future<HttpResponse<String>> f : answers) {
        HttpResponse<String> r = f.get();
        statuses.add(r.statusCode());
        if (r.statusCode() == 200) {
          remaining.add(r.headers().firstValue("X-RateLimit-Remaining").orElse("?"));
        }
      }
      assertThat(statuses).as("statuses").containsOnly(200, 429);
      assertThat(statuses.stream().filter(s -> s == 200)).as("admitted").hasSize(3);
      assertThat(remaining).containsExactlyInAnyOrder("2", "1", "0");
    } finally {
      pool.shutdownNow();
    }
    assertRefused(health(token), 120, windowStart.getEpochSecond() + 60);
  }

  @Test
  void thePartnerOperationsDocumentThe429AndTheHeaders() {
    JsonPath doc = request().accept("application/json").get("/openapi").jsonPath();
    for (String op :
        List.of(
            "paths.'/api/marketplace/data/health'.get",
            "paths.'/api/marketplace/data/merchant'.post",
            "paths.'/api/v1/marketplace/loans/bulk-status'.post")) {
      assertThat(doc.getString(op + ".responses.'429'.'$ref'"))
          .as(op)
          .isEqualTo("#/components/responses/RateLimited");
      assertThat(doc.getMap(op + ".responses.'200'.headers"))
          .as(op)
          .containsKeys("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset");
    }
    assertThat(doc.getMap("components.responses.RateLimited.headers"))
        .containsKeys(
            "Retry-After", "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset");
    assertThat(doc.getString("components.headers.'X-RateLimit-Reset'.description"))
        .contains("Unix epoch seconds");
    assertThat(doc.getString("paths.'/oauth/token'.post.responses.'429'")).isNull();
  }

  private static String tokenOf(Marketplaces.Onboarded m) {
    return OAuth.clientCredentials(m.clientId(), m.clientSecret(), null);
  }

  private static Response health(String token) {
    return Marketplaces.bearer(token).get(HEALTH);
  }

  /** Moves the server's clock to the start of the next-but-one {@code unit} (minute or hour). */
  private void startAt(ChronoUnit unit) {
    Instant now = Instant.now();
    windowStart = now.plus(2, unit).truncatedTo(unit);
    moveClockTo(windowStart);
  }

  private void moveClockTo(Instant serverNow) {
    movedAt = Instant.now();
    OAuth.moveClock(Duration.between(movedAt, serverNow).truncatedTo(ChronoUnit.MILLIS).toString());
    serverClockAt = serverNow;
  }

  private static void assertHeaders(Response r, int limit, int remaining, long reset) {
    assertThat(r.header("X-RateLimit-Limit")).as("Limit").isEqualTo(Integer.toString(limit));
    assertThat(r.header("X-RateLimit-Remaining"))
        .as("Remaining")
        .isEqualTo(Integer.toString(remaining));
    assertThat(r.header("X-RateLimit-Reset")).as("Reset").isEqualTo(Long.toString(reset));
  }

  private void assertRefused(Response refused, int limit, long reset) {
    assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(429);
    JsonPath body = refused.jsonPath();
    assertThat(body.getBoolean("success")).isFalse();
    assertThat(body.getInt("statusCode")).isEqualTo(429);
    assertThat(body.getString("error")).isEqualTo("Too Many Requests");
    assertThat(body.getString("code")).isEqualTo("RATE_LIMITED");
    assertThat(body.getString("path")).isEqualTo(HEALTH);
    assertHeaders(refused, limit, 0, reset);
    // the server's clock now: where it was set plus the real time since, give or take a second
    long serverNow = serverClockAt.plus(Duration.between(movedAt, Instant.now())).getEpochSecond();
    long retryAfter = Long.parseLong(refused.header("Retry-After"));
    assertThat(retryAfter).isBetween(Math.max(1, reset - serverNow - 1), reset - serverNow + 1);
  }
}
