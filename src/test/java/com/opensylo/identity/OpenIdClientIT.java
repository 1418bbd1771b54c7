package com.opensylo.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.opensylo.testsupport.Api;
import com.opensylo.testsupport.OAuth;
import io.restassured.path.json.JsonPath;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A real third-party client library, {@code openid-client} from npm, drives the server end to end
 * ({@code src/test/node/oauth-e2e.mjs}). Needs Node.js 20+ and npm (with access to the npm registry
 * the first time); skipped where Node is missing. {@code .ci/run} installs what it needs, so in CI
 * it always runs.
 */
@ExtendWith(ArquillianExtension.class)
class OpenIdClientIT {

  private static final File NODE_DIR = new File("src/test/node");
  private static final String REDIRECT = "http://127.0.0.1:8765/callback";

  @Test
  void openIdClientCompletesDiscoveryCodePkceRefreshIntrospectionAndRevocation() throws Exception {
    assumeTrue(
        available("node", "--version"),
        "Node.js is not installed: skipping the openid-client test");
    if (!new File(NODE_DIR, "node_modules/openid-client").isDirectory()) {
      Result install = run(List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of(), 300);
      assertThat(install.exit()).as(install.output()).isZero();
    }
    OAuth.Client client =
        OAuth.confidentialClient(
            "openid-client " + UUID.randomUUID(),
            List.of("data.share.sales", "credit.score.read"),
            List.of(REDIRECT));
    String email = "oidc-" + UUID.randomUUID() + "@example.com";
    String password = "Node-Client-" + UUID.randomUUID();
    String merchantId = OAuth.createMerchant(email, password);

    Result result =
        run(
            List.of("node", "oauth-e2e.mjs"),
            Map.of(
                "OS_ISSUER",
                Api.BASE_URL,
                "OS_CLIENT_ID",
                client.clientId(),
                "OS_CLIENT_SECRET",
                client.secret(),
                "OS_REDIRECT_URI",
                REDIRECT,
                "OS_SCOPE",
                "data.share.sales credit.score.read",
                "OS_MERCHANT_EMAIL",
                email,
                "OS_MERCHANT_PASSWORD",
                password),
            120);
    assertThat(result.exit()).as(result.output()).isZero();
    String[] lines = result.output().trim().split("\n");
    JsonPath observed = new JsonPath(lines[lines.length - 1]);
    assertThat(observed.getString("discoveredIssuer")).isEqualTo(Api.BASE_URL);
    assertThat(observed.getString("tokenType")).isEqualToIgnoringCase("bearer");
    assertThat(observed.getString("scope")).isEqualTo("data.share.sales credit.score.read");
    assertThat(observed.getInt("expiresIn")).isEqualTo(3600);
    assertThat(observed.getBoolean("hasRefreshToken")).isTrue();
    assertThat(observed.getString("refreshedScope"))
        .isEqualTo("data.share.sales credit.score.read");
    assertThat(observed.getBoolean("introspectedActive")).isTrue();
    assertThat(observed.getString("introspectedSub")).isEqualTo(merchantId);
    assertThat(observed.getBoolean("activeAfterRevocation")).isFalse();
  }

  private record Result(int exit, String output) {}

  private static Result run(List<String> command, Map<String, String> env, int timeoutSeconds)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(NODE_DIR).redirectErrorStream(true);
    builder.environment().putAll(env);
    Process process = builder.start();
    byte[] out = process.getInputStream().readAllBytes();
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return new Result(-1, "timed out: " + new String(out, StandardCharsets.UTF_8));
    }
    return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
  }

  private static boolean available(String... command) {
    try {
      return new ProcessBuilder(command)
          .redirectErrorStream(true)
          .start()
          .waitFor(20, TimeUnit.SECONDS);
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
