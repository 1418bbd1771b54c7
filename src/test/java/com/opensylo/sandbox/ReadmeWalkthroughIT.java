package com.opensylo.sandbox;

import static com.opensylo.testsupport.Api.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.opensylo.testsupport.Api;
import com.opensylo.testsupport.HeadlessChromium;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The README's "Sandbox walkthrough", run as written: the {@code sh} blocks between its {@code
 * walkthrough:begin} and {@code walkthrough:end} markers go, in order, to one bash process (so the
 * variables and functions one block sets are there for the next, as in a newcomer's terminal), and
 * each step's printed output is checked. Only two things differ from a person following it: the
 * block that starts the server is not run (the suite's server is already up), and the browser step
 * is headless Chromium, whose address after "Sign in and allow" is pasted into the next block the
 * way the README asks. Where Debian's {@code chromium} and {@code chromium-driver} are missing,
 * only the browser step and the two steps that need its token are skipped. Afterwards a sandbox
 * reset puts the shared server's sandbox world back to its seed.
 *
 * <p>The three test methods are the walkthrough's three parts and run in order on one shell.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadmeWalkthroughIT {

  private static final String REDIRECT_URI = "http://localhost:3000/callback";
  private static final String README_BASE_URL = "API=http://localhost:9080";
  private static final Pattern PASTE_LINE = Pattern.compile("\\ACALLBACK_URL='[^']*'\\n");

  private static List<String> blocks;
  private static Shell shell;
  private static String authorizeUrl;
  private static BigDecimal outstandingBefore;

  @BeforeAll
  static void readTheWalkthroughAndOpenATerminal() throws IOException {
    blocks = walkthroughBlocks(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
    assertThat(blocks).as("sh blocks of the walkthrough").hasSize(12);
    resetTheSandbox(); // the seed the README describes, whatever ran before on this server
    shell = new Shell();
  }

  @AfterAll
  static void closeTheTerminalAndResetTheSandbox() {
    if (shell != null) {
      shell.close();
    }
    resetTheSandbox(); // back to the seed for the other test classes
  }

  /** A sandbox reset now, in a slot of its own (each slot runs once), far from SandboxIT's. */
  private static void resetTheSandbox() {
    Instant due =
        Instant.parse("2040-01-01T02:00:00Z")
            .plus(
                Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000),
                ChronoUnit.DAYS);
    Response reset = request().queryParam("due", due.toString()).post("/__probe/sandbox-reset");
    assertThat(reset.statusCode()).as(reset.asString()).isEqualTo(200);
    assertThat(reset.jsonPath().getBoolean("ran")).isTrue();
  }

  @Test
  @Order(1)
  void theServerIsReadyAndTheCredentialsBuildTheAuthorizeUrl() {
    assertThat(blocks.get(0).strip())
        .as("step 1 only starts the server, which the suite has started")
        .isEqualTo("mvn liberty:run");

    assertThat(step(2, 0)).contains("server ready");

    String credentials = step(3, 1);
    assertThat(credentials)
        .contains("client sb_opensylo-sandbox_client_5a4db0c5, marketplace " + sandboxId());

    String printed = step(4, 0);
    authorizeUrl =
        printed
            .lines()
            .filter(l -> l.startsWith(Api.BASE_URL + "/oauth/authorize?"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no authorize URL printed:\n" + printed));
    assertThat(authorizeUrl)
        .contains("client_id=sb_opensylo-sandbox_client_5a4db0c5")
        .contains("code_challenge_method=S256")
        .contains("redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Fcallback");
    // the challenge is S256 of the verifier the shell keeps for the exchange
    assertThat(authorizeUrl).contains("code_challenge=" + s256(shell.value("VERIFIER")));
  }

  @Test
  @Order(2)
  void theMerchantSignsInInTheBrowserAndIsScoredAsTierA() throws Exception {
    assertThat(authorizeUrl).as("step 4 ran").isNotNull();
    String landedOn = signInAndAllowInChromium(authorizeUrl);
    assertThat(landedOn).startsWith(REDIRECT_URI + "?").contains("code=");

    Matcher paste = PASTE_LINE.matcher(blocks.get(4));
    assertThat(paste.find())
        .as("step 5 starts with the CALLBACK_URL='…' line to paste into")
        .isTrue();
    String exchanged =
        run(
            5,
            paste.replaceFirst(Matcher.quoteReplacement("CALLBACK_URL='" + landedOn + "'\n")),
            1);
    assertThat(exchanged).contains("state ok").contains("token_type: Bearer");

    String submitted = step(6, 1);
    assertThat(submitted)
        .contains("message: Merchant data processed successfully")
        .contains("creditScore.totalScore: 85")
        .contains("creditScore.riskTier: A");

    String score = step(7, 1);
    assertThat(score)
        .contains("creditScore.totalScore: 85")
        .contains("creditScore.riskTier: A")
        .contains("creditScore.currency: NGN");
  }

  @Test
  @Order(3)
  void aPartialDeductionMovesTheBalanceAndTheLoanEventsAreLogged() {
    assertThat(authorizeUrl).as("step 4 ran").isNotNull();
    String loan = step(8, 2);
    assertThat(loan).contains("loans.0.status: ACTIVE");
    outstandingBefore = new BigDecimal(field(loan, "loans.0.outstandingBalance"));
    BigDecimal rate = new BigDecimal(field(loan, "loans.0.deductionRate"));
    assertThat(outstandingBefore).isEqualByComparingTo("330000.00");
    assertThat(rate).isEqualByComparingTo("10.00");

    String validated = step(9, 1);
    assertThat(validated).contains("results.0.valid: true");
    BigDecimal sale = new BigDecimal(jsonNumber(blocks.get(8), "saleAmount"));
    BigDecimal expected = sale.multiply(rate).movePointLeft(2).setScale(2);
    assertThat(new BigDecimal(field(validated, "results.0.expectedDeduction")))
        .isEqualByComparingTo(expected)
        .isEqualByComparingTo(new BigDecimal(jsonNumber(blocks.get(8), "proposedDeduction")));

    String acked = step(10, 1);
    assertThat(acked).contains("status: received");
    JsonPath sent = JsonPath.from(shell.value("WEBHOOK_BODY"));
    BigDecimal amount = new BigDecimal(sent.getString("deduction.amount"));
    assertThat(sent.getString("event")).isEqualTo("repayment.deducted");
    assertThat(amount).as("a partial repayment").isPositive().isLessThan(outstandingBefore);
    assertThat(field(acked, "event_id")).isEqualTo(sent.getString("event_id"));

    String status = step(11, 1);
    assertThat(status)
        .contains("loan.status: ACTIVE")
        .contains("repaymentProgress.deductionsCount: 1");
    assertThat(new BigDecimal(field(status, "loan.totalPaid"))).isEqualByComparingTo(amount);
    assertThat(new BigDecimal(field(status, "loan.outstandingBalance")))
        .isEqualByComparingTo(outstandingBefore.subtract(amount));

    String log = step(12, 2);
    JsonPath events = JsonPath.from("{\"e\":" + field(log, "deliveries.*.event") + "}");
    assertThat(events.getList("e", String.class)).contains("loan.approved", "loan.disbursed");
    // and it is the sandbox marketplace's log: its outbox rows, as the server stores them
    Response dump =
        request().queryParam("marketplaceId", sandboxId()).get("/__probe/marketplace-dump");
    assertThat(dump.statusCode()).as(dump.asString()).isEqualTo(200);
    List<String> rows = dump.jsonPath().getList("webhook_delivery", String.class);
    assertThat(events.getList("e")).hasSize(Math.min(rows.size(), 50));
    assertThat(String.join("\n", rows)).contains("loan.approved").contains("loan.disbursed");
  }

  // --- the README -------------------------------------------------------------------------

  /** The {@code sh} blocks between the walkthrough markers, in order. */
  static List<String> walkthroughBlocks(String readme) {
    int begin = readme.indexOf("<!-- walkthrough:begin");
    int end = readme.indexOf("<!-- walkthrough:end -->");
    assertThat(begin).as("walkthrough:begin marker").isNotNegative();
    assertThat(end).as("walkthrough:end marker").isGreaterThan(begin);
    Matcher m =
        Pattern.compile("^```sh\\n(.*?)^```$", Pattern.DOTALL | Pattern.MULTILINE)
            .matcher(readme.substring(begin, end));
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  /** Runs step {@code n}'s block as written; asserts its {@code HTTP} lines are all 200. */
  private static String step(int n, int httpCalls) {
    String block = blocks.get(n - 1);
    if (!Api.BASE_URL.equals("http://localhost:9080") && block.contains(README_BASE_URL)) {
      block = block.replace(README_BASE_URL, "API=" + Api.BASE_URL);
    }
    return run(n, block, httpCalls);
  }

  private static String run(int n, String block, int httpCalls) {
    String out = shell.run(block, Duration.ofSeconds(120));
    assertThat(out)
        .as("step %d printed:%n%s", n, out)
        .doesNotContain("command not found")
        .doesNotContain("Traceback")
        .doesNotContain(": null");
    List<String> statuses = out.lines().filter(l -> l.startsWith("HTTP ")).toList();
    assertThat(statuses)
        .as("step %d printed:%n%s", n, out)
        .hasSize(httpCalls)
        .allMatch("HTTP 200"::equals);
    return out;
  }

  /** The value a {@code j path…} line printed. */
  private static String field(String out, String path) {
    return out.lines()
        .filter(l -> l.startsWith(path + ": "))
        .map(l -> l.substring(path.length() + 2))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + path + " in:\n" + out));
  }

  /** A number written in a block's JSON, e.g. {@code "saleAmount": 50000.00}. */
  private static String jsonNumber(String block, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\\s*([0-9.]+)").matcher(block);
    assertThat(m.find()).as(name + " in the block").isTrue();
    return m.group(1);
  }

  /** RFC 7636 S256, computed here, independently of the README's openssl pipeline. */
  private static String s256(String verifier) {
    try {
      return java.util.Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String sandboxId() {
    return com.opensylo.sandbox.domain.SandboxWorld.MARKETPLACE_ID.toString();
  }

  // --- the human's part -------------------------------------------------------------------

  /**
   * What step 5 asks of a person: open the URL, sign in as tier A, allow; then read the address
   * bar. Nothing listens on localhost:3000, so Chromium shows its error page there, at that URL.
   */
  private static String signInAndAllowInChromium(String url) throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    assertThat(readme).contains("`tier-a@sandbox.opensylo.com` / `SandboxTierA123!`");
    WebDriver driver = HeadlessChromium.start("skipping the browser steps");
    try {
      driver.get(url);
      assertThat(driver.getTitle()).contains("Sign in");
      driver.findElement(By.id("email")).sendKeys("tier-a@sandbox.opensylo.com");
      driver.findElement(By.id("password")).sendKeys("SandboxTierA123!");
      assertThat(driver.findElement(By.id("approve")).getText()).isEqualTo("Sign in and allow");
      driver.findElement(By.id("approve")).click();
      new WebDriverWait(driver, Duration.ofSeconds(20))
          .until(d -> d.getCurrentUrl().startsWith(REDIRECT_URI));
      return driver.getCurrentUrl();
    } finally {
      driver.quit();
    }
  }

  // --- the terminal -----------------------------------------------------------------------

  /** One bash process: blocks are written to its stdin, its output read up to an end marker. */
  static final class Shell implements AutoCloseable {
    private final Process process;
    private final Writer stdin;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    Shell() throws IOException {
      ProcessBuilder builder =
          new ProcessBuilder("bash", "--noprofile", "--norc").redirectErrorStream(true);
      builder.directory(Files.createTempDirectory("readme-walkthrough").toFile());
      // the server is local: a proxy from the environment must not get in between
      for (String proxy :
          List.of(
              "http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY")) {
        builder.environment().remove(proxy);
      }
      process = builder.start();
      stdin = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader out =
                    new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                  String line;
                  while ((line = out.readLine()) != null) {
                    lines.add(line);
                  }
                } catch (IOException e) {
                  lines.add("reader failed: " + e);
                }
              },
              "readme-walkthrough-shell");
      reader.setDaemon(true);
      reader.start();
    }

    /** Runs {@code script} in the shell and returns what it printed (stdout and stderr). */
    String run(String script, Duration timeout) {
      String marker = "__walkthrough_block_done_" + UUID.randomUUID() + "__";
      try {
        stdin.write(script);
        stdin.write("\nprintf '\\n%s\\n' " + marker + "\n");
        stdin.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      StringBuilder out = new StringBuilder();
      long deadline = System.nanoTime() + timeout.toNanos();
      try {
        while (true) {
          String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
          if (line == null) {
            fail("the block did not finish in " + timeout + "; it printed:\n" + out);
          }
          if (line.equals(marker)) {
            return out.toString().stripTrailing();
          }
          out.append(line).append('\n');
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    /** A shell variable's value. */
    String value(String name) {
      return run("printf '%s\\n' \"$" + name + "\"", Duration.ofSeconds(10));
    }

    @Override
    public void close() {
      try {
        stdin.close();
      } catch (IOException ignored) {
        // the shell is going anyway
      }
      process.destroy();
    }
  }
}
