import java.net.URI;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Inbound webhook benchmark, driven by src/test/bench/webhooks (which starts the server on its own MariaDB
 * database and sets up one marketplace and its ACTIVE loans over HTTP with .ci/lending.py). Each of CONCURRENCY
 * threads sends signed repayment.deducted events (a new event id, deduction reference and amount each time, over
 * all the loans at random) to POST /api/v1/webhooks/marketplace/repayment on a kept-alive HTTP/1.1 connection.
 * With RATE 0 every thread sends its next event as soon as the last is answered (the most the server does); with
 * RATE > 0 the threads together send RATE events/s on a fixed schedule and latency counts from the scheduled send
 * (a slow answer delays the next send; the wait is counted, not hidden). WARMUP seconds first, not measured.
 * Prints events/s and p50/p99/max, then checks every loan's totalPaid is the sum of the deductions acknowledged
 * with 200 (warm-up included) and that the ledger check holds.
 * Also prints the CPU time per event of the server and the database (BENCH_CPU_PIDS) and the share of the machine's
 * time stolen by the hypervisor meanwhile.
 * Environment: BENCH_BASE, BENCH_ADMIN_TOKEN, BENCH_MARKETPLACE_ID, BENCH_WEBHOOK_SECRET, BENCH_LOANS (a file of
 * "loanId merchantRef" lines), BENCH_CPU_PIDS (optional, "name=pid ..."). Arguments: seconds concurrency rate [warmup=10].
 *   javac -d target/bench-classes src/test/bench/WebhookBench.java src/test/bench/BenchCpu.java
 *   java -cp target/bench-classes WebhookBench 30 16 0 10
 */
public class WebhookBench {

  static final String PATH = "/api/v1/webhooks/marketplace/repayment";

  record LoanRef(String id, String merchantRef) {}

  public static void main(String[] args) throws Exception {
    int seconds = Integer.parseInt(args[0]);
    int concurrency = Integer.parseInt(args[1]);
    double rate = Double.parseDouble(args[2]);
    int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 10;
    // one kept-alive connection per sending thread (HttpURLConnection keeps 5 per host unless told otherwise)
    System.setProperty("http.maxConnections", Integer.toString(Math.max(64, concurrency)));
    String base = System.getenv("BENCH_BASE");
    String admin = System.getenv("BENCH_ADMIN_TOKEN");
    String marketplaceId = System.getenv("BENCH_MARKETPLACE_ID");
    byte[] secret = System.getenv("BENCH_WEBHOOK_SECRET").getBytes(StandardCharsets.UTF_8);
    List<LoanRef> loans = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(System.getenv("BENCH_LOANS")))) {
      String[] f = line.trim().split("\\s+");
      if (f.length == 2) {
        loans.add(new LoanRef(f[0], f[1]));
      }
    }
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    // cents acknowledged (200) per loan, warm-up included, to check the ledger against afterwards
    AtomicLongArray paidCents = new AtomicLongArray(loans.size());
    // what earlier runs paid into the same loans: the check compares what this run added
    Pattern paid = Pattern.compile("\"totalPaid\"\\s*:\\s*\"?([0-9.]+)");
    long[] before = new long[loans.size()];
    for (int i = 0; i < loans.size(); i++) {
      before[i] = totalPaidCents(http, base, admin, loans.get(i), paid);
    }
    Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();

    System.out.printf("warm-up %d s, then %d s with %d connections, %s, over %d loans%n", warmup, seconds,
        concurrency, rate > 0 ? "paced at " + rate + " events/s" : "as fast as answered", loans.size());
    Map<String, AtomicLong> warmUpStatuses = new ConcurrentHashMap<>();
    run(http, base, marketplaceId, secret, loans, paidCents, warmUpStatuses, concurrency, rate, warmup);
    System.out.printf("warm-up statuses: %s%n", new TreeMap<>(warmUpStatuses));
    long[][] latencies = new long[concurrency][];
    AtomicLongArray worstBySecond = new AtomicLongArray(seconds + 1);
    Map<String, Long> cpuBefore = BenchCpu.ticks();
    long start = System.nanoTime();
    long[] counts =
        run(http, base, marketplaceId, secret, loans, paidCents, statuses, concurrency, rate, seconds, latencies,
            worstBySecond);
    double wall = (System.nanoTime() - start) / 1e9;
    Map<String, Long> cpuAfter = BenchCpu.ticks();
    long total = Arrays.stream(counts).sum();
    long[] all = new long[(int) total];
    int at = 0;
    for (long[] l : latencies) {
      System.arraycopy(l, 0, all, at, l.length);
      at += l.length;
    }
    Arrays.sort(all);
    long ok = statuses.getOrDefault("200", new AtomicLong()).get();
    long scheduled = rate > 0 ? (long) (rate * seconds) : total;
    System.out.printf("statuses: %s%n", new TreeMap<>(statuses));
    System.out.printf(
        "RESULT events_per_s=%.0f acked_per_s=%.0f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f events=%d seconds=%.1f"
            + " connections=%d rate=%s unsent=%d%n",
        total / wall, ok / wall, pct(all, 50), pct(all, 99), all.length == 0 ? 0 : all[all.length - 1] / 1e6,
        total, wall, concurrency, rate > 0 ? String.valueOf(rate) : "max", Math.max(0, scheduled - total));
    System.out.println("CPU " + BenchCpu.perItem(cpuBefore, cpuAfter, total, "event"));
    StringBuilder slow = new StringBuilder();
    for (int second = 0; second < worstBySecond.length(); second++) {
      if (worstBySecond.get(second) > 50_000_000L) {
        slow.append(String.format(" s%d=%.0fms", second, worstBySecond.get(second) / 1e6));
      }
    }
    System.out.println("seconds with an event over 50 ms (by send time, worst latency):"
        + (slow.length() == 0 ? " none" : slow));

    int failures = 0;
    int wrong = 0;
    for (int i = 0; i < loans.size(); i++) {
      long added = totalPaidCents(http, base, admin, loans.get(i), paid) - before[i];
      if (added != paidCents.get(i) && wrong++ < 5) {
        System.out.printf("     loan %s: totalPaid rose by %.2f, acknowledged %.2f%n", loans.get(i).id(),
            added / 100.0, paidCents.get(i) / 100.0);
      }
    }
    failures += line(wrong == 0, "every loan's totalPaid is the sum of its acknowledged deductions ("
        + loans.size() + " loans, " + wrong + " differ)");
    String check = get(http, base + "/v1/admin/reconciliation/ledger-check", admin);
    failures += line(check.contains("\"holds\":true"), "ledger check: " + check);
    failures += line(statuses.keySet().stream().noneMatch(s -> s.startsWith("5") || s.startsWith("0")),
        "no 5xx and no failed connection");
    System.exit(failures == 0 ? 0 : 1);
  }

  static long[] run(HttpClient http, String base, String marketplaceId, byte[] secret, List<LoanRef> loans,
      AtomicLongArray paidCents, Map<String, AtomicLong> statuses, int concurrency, double rate, int seconds)
      throws InterruptedException {
    return run(http, base, marketplaceId, secret, loans, paidCents, statuses, concurrency, rate, seconds,
        new long[concurrency][], null);
  }

  /**
   * Sends for {@code seconds}; fills {@code latencies[t]} (ns) and, unless null, {@code worstBySecond} (the worst
   * latency by second of send time), and returns the count per thread.
   */
  static long[] run(HttpClient http, String base, String marketplaceId, byte[] secret, List<LoanRef> loans,
      AtomicLongArray paidCents, Map<String, AtomicLong> statuses, int concurrency, double rate, int seconds,
      long[][] latencies, AtomicLongArray worstBySecond) throws InterruptedException {
    long[] counts = new long[concurrency];
    long start = System.nanoTime();
    long end = start + seconds * 1_000_000_000L;
    long interval = rate > 0 ? (long) (1e9 * concurrency / rate) : 0;
    Thread[] threads = new Thread[concurrency];
    for (int t = 0; t < concurrency; t++) {
      int worker = t;
      threads[t] = new Thread(() -> {
        long[] lat = new long[1 << 16];
        int n = 0;
        Mac mac = mac(secret);
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        // stagger the paced threads over one interval
        long next = start + (interval > 0 ? interval * worker / concurrency : 0);
        while (true) {
          if (interval > 0) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
              LockSupport.parkNanos(wait);
            }
          }
          long sent = interval > 0 ? next : System.nanoTime();
          // a paced run that fell behind its schedule still stops on time (what it could not send is counted)
          if (sent >= end || System.nanoTime() >= end) {
            break;
          }
          int i = rnd.nextInt(loans.size());
          long cents = 100 + rnd.nextInt(900);
          String status = send(http, base, marketplaceId, mac, loans.get(i), cents);
          long took = System.nanoTime() - sent;
          if (status.equals("200")) {
            paidCents.addAndGet(i, cents);
          }
          statuses.computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
          if (n == lat.length) {
            lat = Arrays.copyOf(lat, n * 2);
          }
          lat[n++] = took;
          if (worstBySecond != null) {
            int second = (int) Math.min(worstBySecond.length() - 1, Math.max(0, (sent - start) / 1_000_000_000L));
            worstBySecond.accumulateAndGet(second, took, Math::max);
          }
          next += interval;
        }
        latencies[worker] = Arrays.copyOf(lat, n);
        counts[worker] = n;
      });
      threads[t].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    return counts;
  }

  static String send(HttpClient http, String base, String marketplaceId, Mac mac, LoanRef loan, long cents) {
    String eventId = "evt_" + UUID.randomUUID().toString().replace("-", "");
    String reference = "ded-" + UUID.randomUUID().toString().substring(0, 23);
    String now = Instant.now().toString();
    String amount = (cents / 100) + "." + String.format("%02d", cents % 100);
    String body = "{\"event\":\"repayment.deducted\",\"event_id\":\"" + eventId + "\",\"timestamp\":\"" + now
        + "\",\"marketplace\":{\"id\":\"" + marketplaceId + "\",\"name\":\"bench\"},"
        + "\"merchant\":{\"marketplace_id\":\"" + loan.merchantRef() + "\"},"
        + "\"loan\":{\"opensylo_id\":\"" + loan.id() + "\"},"
        + "\"deduction\":{\"reference\":\"" + reference + "\",\"amount\":" + amount
        + ",\"currency\":\"NGN\",\"deducted_at\":\"" + now + "\"},"
        + "\"source_transaction\":{\"id\":\"tx-" + reference + "\",\"type\":\"SALE\",\"gross_amount\":"
        + (cents / 10) + "." + (cents % 10) + ",\"timestamp\":\"" + now + "\"}}";
    String timestamp = Long.toString(Instant.now().getEpochSecond());
    mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
    String signature = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    try {
      // HttpURLConnection, blocking in this thread on a kept-alive connection: java.net.http's client hands each
      // request between threads and cost this client about twice the CPU, on the cores the server and the
      // database need
      HttpURLConnection c = (HttpURLConnection) URI.create(base + PATH).toURL().openConnection();
      c.setRequestMethod("POST");
      c.setDoOutput(true);
      c.setConnectTimeout(5_000);
      c.setReadTimeout(30_000);
      c.setFixedLengthStreamingMode(bytes.length);
      c.setRequestProperty("Content-Type", "application/json");
      c.setRequestProperty("X-Marketplace-Id", marketplaceId);
      c.setRequestProperty("X-Marketplace-Timestamp", timestamp);
      c.setRequestProperty("X-Marketplace-Event-Id", eventId);
      c.setRequestProperty("X-Marketplace-Signature", signature);
      try (OutputStream out = c.getOutputStream()) {
        out.write(bytes);
      }
      int status = c.getResponseCode();
      String answer;
      // read to the end and close: the connection goes back to the keep-alive cache
      try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
        answer = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      if (status == 200) {
        return "200";
      }
      Matcher code = Pattern.compile("\"code\"\\s*:\\s*\"([A-Z_]+)\"").matcher(answer);
      return status + (code.find() ? " " + code.group(1) : "");
    } catch (Exception e) {
      return "0 " + e.getClass().getSimpleName(); // no answer: counted as a failed connection
    }
  }

  static long totalPaidCents(HttpClient http, String base, String admin, LoanRef loan, Pattern paid)
      throws Exception {
    String body = get(http, base + "/v1/admin/loans/" + loan.id(), admin);
    Matcher m = paid.matcher(body);
    if (!m.find()) {
      throw new IllegalStateException("no totalPaid for loan " + loan.id() + ": " + body);
    }
    return new java.math.BigDecimal(m.group(1)).movePointRight(2).longValueExact();
  }

  static String get(HttpClient http, String url, String token) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", "Bearer " + token).GET().build();
    return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
  }

  static Mac mac(byte[] secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static double pct(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1)] / 1e6;
  }

  static int line(boolean ok, String what) {
    System.out.println((ok ? "ok   " : "FAIL ") + what);
    return ok ? 0 : 1;
  }
}
