import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bulk ingestion benchmark, driven by src/test/bench/ingest (which starts the server on its own MariaDB database and
 * onboards a marketplace). In one run, against the same database and tables:
 *  1. seeds MERCHANTS merchants linked to the marketplace with a live consent (plain JDBC; setup, not measured);
 *  2. HTTP: REQUESTS bulk requests of 500 merchants each (new data every round, so every item is stored and scored),
 *     CONCURRENCY at a time, through POST /api/marketplace/data/bulk; merchants/s = items stored / wall time;
 *  3. plain JDBC: the same rows (the submissions the server just stored, with new ids and hashes) inserted again into
 *     merchant_submission in batches of 500, one transaction per batch, CONCURRENCY connections at a time.
 * Each phase also prints the CPU time per merchant of the server, the database and this client (BenchCpu).
 * Environment: BENCH_BASE, BENCH_TOKEN (client_credentials), BENCH_MARKETPLACE_ID, BENCH_JDBC_URL/USER/PASSWORD,
 * BENCH_CPU_PIDS (optional, "name=pid ..."). Arguments: merchants requests concurrency.
 *   javac -d target/bench-classes src/test/bench/IngestBench.java src/test/bench/BenchCpu.java
 *   java -cp 'target/bench-classes:target/liberty/wlp/usr/servers/opensylo/jdbc/*' IngestBench 5000 40 4
 */
public class IngestBench {

  static final int BATCH = 500;

  public static void main(String[] args) throws Exception {
    int merchants = Integer.parseInt(args[0]);
    int requests = Integer.parseInt(args[1]);
    int concurrency = Integer.parseInt(args[2]);
    String base = System.getenv("BENCH_BASE");
    String token = System.getenv("BENCH_TOKEN");
    String marketplaceId = System.getenv("BENCH_MARKETPLACE_ID");
    String url = System.getenv("BENCH_JDBC_URL");
    String user = System.getenv("BENCH_JDBC_USER");
    String password = System.getenv("BENCH_JDBC_PASSWORD");

    List<String> refs = seed(url, user, password, marketplaceId, merchants);
    System.out.printf("seeded %d linked merchants with live consent%n", refs.size());

    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    // warm-up (JIT, connection pool, Hibernate query plans), not measured: at least two rounds and
    // BENCH_WARMUP_S seconds (default 60; Liberty's JIT takes about two minutes of load to settle here).
    // Warm-up bodies differ from every measured one (another avgOrderValue): a measured item equal to one sent
    // before would be a replay, answered with the original transactionId and nothing scored or stored.
    long warmUntil = System.nanoTime() + Long.parseLong(System.getenv().getOrDefault("BENCH_WARMUP_S", "60")) * 1_000_000_000L;
    for (int round = 0; round < 2 || System.nanoTime() - warmUntil < 0; round++) {
      post(http, base, token, body(refs, round * BATCH % refs.size(), round, true));
    }
    List<String> bodies = new ArrayList<>();
    for (int r = 0; r < requests; r++) {
      bodies.add(body(refs, (r * BATCH) % refs.size(), 100 + r, false));
    }
    long bytes = bodies.stream().mapToLong(String::length).sum();
    long rowsBefore = submissions(url, user, password, marketplaceId);
    AtomicInteger stored = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    Map<String, Long> cpuBefore = BenchCpu.ticks();
    long start = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (String b : bodies) {
      done.add(pool.submit(() -> { stored.addAndGet(post(http, base, token, b)); return null; }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    double httpSeconds = (System.nanoTime() - start) / 1e9;
    Map<String, Long> cpuAfter = BenchCpu.ticks();
    long rowsStored = submissions(url, user, password, marketplaceId) - rowsBefore;
    if (rowsStored != stored.get()) {
      throw new IllegalStateException("the server answered " + stored.get() + " items processed but stored "
          + rowsStored + " submission rows: some measured items were replays, and the figure would be wrong");
    }
    double httpRate = stored.get() / httpSeconds;
    System.out.printf("HTTP bulk  : %d requests x %d, %d stored in %.2f s = %.0f merchants/s (%.1f MB sent)%n",
        requests, BATCH, stored.get(), httpSeconds, httpRate, bytes / 1e6);
    System.out.println("HTTP CPU   : " + BenchCpu.perItem(cpuBefore, cpuAfter, stored.get(), "merchant"));

    // plain JDBC: the same rows the server stored, inserted again with new ids and hashes
    List<Object[]> rows = storedRows(url, user, password, marketplaceId, stored.get());
    // one connection per worker, opened before timing (the server's pool is warm too)
    List<Connection> connections = new ArrayList<>();
    for (int t = 0; t < concurrency; t++) {
      Connection c = DriverManager.getConnection(url, user, password);
      c.setAutoCommit(false);
      connections.add(c);
    }
    cpuBefore = BenchCpu.ticks();
    start = System.nanoTime();
    List<Future<?>> inserts = new ArrayList<>();
    for (int t = 0; t < concurrency; t++) {
      int worker = t;
      inserts.add(pool.submit(() -> {
        for (int from = worker * BATCH; from < rows.size(); from += concurrency * BATCH) {
          insert(connections.get(worker), rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
        return null;
      }));
    }
    for (Future<?> f : inserts) {
      f.get();
    }
    double jdbcSeconds = (System.nanoTime() - start) / 1e9;
    cpuAfter = BenchCpu.ticks();
    for (Connection c : connections) {
      c.close();
    }
    double jdbcRate = rows.size() / jdbcSeconds;
    pool.shutdown();
    System.out.printf("plain JDBC : %d rows in %.2f s = %.0f rows/s (batches of %d, %d connections)%n",
        rows.size(), jdbcSeconds, jdbcRate, BATCH, concurrency);
    System.out.println("JDBC CPU   : " + BenchCpu.perItem(cpuBefore, cpuAfter, rows.size(), "row"));
    System.out.printf("RESULT http=%.0f merchants/s jdbc=%.0f rows/s ratio=%.0f%%%n",
        httpRate, jdbcRate, 100 * httpRate / jdbcRate);
  }

  /** N merchant accounts, each with a live grant of every data scope to the client and a link. */
  static List<String> seed(String url, String user, String password, String marketplaceId, int n) throws Exception {
    List<String> refs = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      c.setAutoCommit(false);
      String clientPk;
      int generation;
      try (PreparedStatement q = c.prepareStatement(
          "select c.id, c.token_generation from marketplace m join oauth_client c on c.id = m.client_pk where m.id = ?")) {
        q.setString(1, marketplaceId);
        try (ResultSet rs = q.executeQuery()) {
          rs.next();
          clientPk = rs.getString(1);
          generation = rs.getInt(2);
        }
      }
      Timestamp now = Timestamp.from(Instant.now());
      String scope = String.join("\n", "data.share.sales", "data.share.fulfillment", "data.share.payouts",
          "data.share.risk", "data.share.profile", "credit.score.read");
      try (PreparedStatement account = c.prepareStatement(
              "insert into merchant_account (id, email, password_hash, business_name, created_at) values (?,?,?,?,?)");
          PreparedStatement grant = c.prepareStatement(
              "insert into oauth_grant (id, client_pk, subject, scope, created_at, client_generation) values (?,?,?,?,?,?)");
          PreparedStatement link = c.prepareStatement(
              "insert into merchant_link (id, marketplace_id, merchant_ref, merchant_account_id, created_at) values (?,?,?,?,?)")) {
        for (int i = 0; i < n; i++) {
          String accountId = UUID.randomUUID().toString();
          String ref = "bench-" + i;
          account.setString(1, accountId);
          account.setString(2, "bench-" + accountId + "@bench.example");
          account.setString(3, "seeded: never signs in");
          account.setString(4, "Bench shop " + i);
          account.setTimestamp(5, now);
          account.addBatch();
          grant.setString(1, UUID.randomUUID().toString());
          grant.setString(2, clientPk);
          grant.setString(3, accountId);
          grant.setString(4, scope);
          grant.setTimestamp(5, now);
          grant.setInt(6, generation);
          grant.addBatch();
          link.setString(1, UUID.randomUUID().toString());
          link.setString(2, marketplaceId);
          link.setString(3, ref);
          link.setString(4, accountId);
          link.setTimestamp(5, now);
          link.addBatch();
          refs.add(ref);
          if (i % 1000 == 999 || i == n - 1) {
            account.executeBatch();
            grant.executeBatch();
            link.executeBatch();
            c.commit();
          }
        }
      }
    }
    return refs;
  }

  /**
   * One bulk body of BATCH merchants from {@code from}; within one phase no two bodies repeat an item for a
   * merchant (fewer than 900 rounds), and warm-up items never equal measured ones.
   */
  static String body(List<String> refs, int from, int round, boolean warmUp) {
    StringBuilder b = new StringBuilder(BATCH * 1600).append("{\"merchants\":[");
    for (int i = 0; i < BATCH; i++) {
      String ref = refs.get((from + i) % refs.size());
      int orders = 100 + (round * 7 + i) % 900;
      b.append(i == 0 ? "" : ",").append("""
          {"merchantIdentity":{"merchantId":"%s","businessName":"Bench shop","businessType":"INDIVIDUAL",\
          "marketplaceOnboardingDate":"2023-01-10","verificationStatus":true,"country":"NG","category":"fashion"},\
          "salesPerformance":{"gmv30Days":%d,"gmv90Days":%d,"gmv180Days":%d,"avgMonthlySales":%d,"orderCount":%d,\
          "avgOrderValue":%s,"salesGrowthRate":%d.5},\
          "revenueConsistency":{"monthlyRevenue":[{"month":"2026-06","amount":90000},{"month":"2026-07","amount":95000},\
          {"month":"2026-08","amount":99000},{"month":"2026-09","amount":101000},{"month":"2026-10","amount":%d}],\
          "activeSalesDaysLast30":26,"zeroSalesDaysLast90":9,"monthsWithSales":18},\
          "fulfillmentMetrics":{"fulfillmentRate":97.5,"cancellationRate":1.8,"refundRate":2.2,"disputeRate":0.45,\
          "lateDeliveryRate":3.1},\
          "payoutCashFlow":{"payoutFrequency":"WEEKLY","avgPayoutValue":24000,"failedPayouts":%d,"payoutCount90Days":13},\
          "platformDependency":{"monthsOnPlatform":30,"platformRevenueShare":65,"sellsOnOtherPlatforms":true,\
          "activeListings":140,"repeatCustomerRate":28},\
          "historicalCredit":{"previousLoansCount":2,"previousLoansRepaid":2,"previousDefaults":0,\
          "onTimeRepaymentRate":96,"hasActiveExternalLoans":false,"totalOutstandingExternalDebt":0},\
          "behavioralRisk":{"accountSuspensions":0,"hasFraudFlags":false,"hasSuddenGmvSpikes":false,\
          "hasLinkedAccounts":false}}""".formatted(
          ref, 100000 + orders, 300000 + orders, 600000 + orders, 100000 + orders, orders,
          warmUp ? "249.50" : "250.50", round % 10,
          100000 + orders, i % 3));
    }
    return b.append("]}").toString();
  }

  private static final Pattern PROCESSED = Pattern.compile("\"processed\":(\\d+)");

  /**
   * Posts one bulk request; returns how many items the server processed (fails on anything but 200). The answer
   * (about 2.5 MB) is kept as bytes and only its head is read: this client shares the two cores with the server
   * and the database, and decoding every answer into a string would take CPU from what is measured.
   */
  static int post(HttpClient http, String base, String token, String body) throws Exception {
    HttpResponse<byte[]> response = http.send(
        HttpRequest.newBuilder(URI.create(base + "/api/marketplace/data/bulk"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
    // {success, total, processed, failed, results[...]}: "processed" comes before the results
    String head = new String(response.body(), 0, Math.min(500, response.body().length), StandardCharsets.UTF_8);
    Matcher m = PROCESSED.matcher(head);
    if (response.statusCode() != 200 || !m.find()) {
      throw new IllegalStateException(response.statusCode() + " " + head);
    }
    return Integer.parseInt(m.group(1));
  }

  static final String COLUMNS = "link_id, marketplace_id, payload_hash, payload, score, total_score, risk_tier,"
      + " max_lending_amount, currency, model_version, received_at";

  /** How many submissions the marketplace has stored. */
  static long submissions(String url, String user, String password, String marketplaceId) throws Exception {
    try (Connection c = DriverManager.getConnection(url, user, password);
        PreparedStatement q = c.prepareStatement("select count(*) from merchant_submission where marketplace_id = ?")) {
      q.setString(1, marketplaceId);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** The last {@code count} submissions the server stored for the marketplace, column by column. */
  static List<Object[]> storedRows(String url, String user, String password, String marketplaceId, int count)
      throws Exception {
    List<Object[]> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url, user, password);
        PreparedStatement q = c.prepareStatement("select " + COLUMNS
            + " from merchant_submission where marketplace_id = ? order by received_at desc limit ?")) {
      q.setString(1, marketplaceId);
      q.setInt(2, count);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          Object[] row = new Object[11];
          for (int i = 0; i < 11; i++) {
            row[i] = rs.getObject(i + 1);
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }

  /** One batch of rows in one transaction: new ids, hashes made unique, everything else as stored. */
  static void insert(Connection c, List<Object[]> rows) throws Exception {
    try (PreparedStatement insert = c.prepareStatement(
        "insert into merchant_submission (id, " + COLUMNS + ") values (?,?,?,?,?,?,?,?,?,?,?,?)")) {
      for (Object[] row : rows) {
        insert.setString(1, UUID.randomUUID().toString());
        for (int i = 0; i < row.length; i++) {
          insert.setObject(i + 2, row[i]);
        }
        insert.setString(4, UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", ""));
        insert.addBatch();
      }
      insert.executeBatch();
      c.commit();
    }
  }
}
