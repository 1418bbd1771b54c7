package com.opensylo.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.opensylo.testsupport.CodeFlow;
import com.opensylo.testsupport.Marketplaces;
import com.opensylo.testsupport.OAuth;
import com.opensylo.testsupport.Pkce;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Greps every server log file (messages, trace, access log, FFDC) for secrets: none may appear. The
 * test first handles every kind of secret itself (client secrets right and wrong, access and
 * refresh tokens, an authorization code, passwords right and wrong, a webhook secret, a dashboard
 * JWT), so it proves something when it runs alone. Run last ({@code @Order}), it also checks every
 * secret the rest of the suite remembered.
 */
@ExtendWith(ArquillianExtension.class)
@Order(Integer.MAX_VALUE)
class LogSecretsIT {

  private static final String REDIRECT = "https://logs.example/callback";

  /** Handles one secret of each kind through the API, and returns them. */
  private static Set<String> handleEverySecretKind() {
    Set<String> mine = new LinkedHashSet<>();
    // an operator's client secret and admin token (the bootstrap client)
    mine.add(OAuth.bootstrapAdmin().getProperty("client_secret"));
    mine.add(OAuth.adminToken());

    // a partner client: its secret, a client_credentials token, and a wrong secret
    OAuth.Client partner =
        OAuth.confidentialClient(
            "Logs " + UUID.randomUUID(), List.of("credit.score.read"), List.of(REDIRECT));
    mine.add(partner.secret());
    mine.add(OAuth.clientCredentials(partner.clientId(), partner.secret(), null));
    String wrongSecret =
        OAuth.remember("cs_secret_wrong" + UUID.randomUUID().toString().replace("-", ""));
    assertThat(Marketplaces.clientCredentials(partner.clientId(), wrongSecret).statusCode())
        .isEqualTo(401);
    mine.add(wrongSecret);

    // a merchant's password, an authorization code, its access and refresh tokens
    String email = "logs-" + UUID.randomUUID() + "@example.com";
    String password = "Merchant-Pass-" + UUID.randomUUID();
    OAuth.createMerchant(email, password);
    mine.add(password);
    OAuth.Client codeClient =
        OAuth.confidentialClient(
            "Logs code " + UUID.randomUUID(), List.of("data.share.sales"), List.of(REDIRECT));
    mine.add(codeClient.secret());
    CodeFlow flow = new CodeFlow(codeClient, REDIRECT, email, password);
    mine.add(flow.approve(Pkce.generate(), "data.share.sales").get("code"));
    JsonPath tokens = flow.tokens("data.share.sales");
    mine.add(tokens.getString("access_token"));
    mine.add(tokens.getString("refresh_token"));

    // a marketplace: its client and webhook secrets, its owner's password, a dashboard JWT, and a
    // wrong password
    Marketplaces.Onboarded m = Marketplaces.onboard();
    mine.add(m.clientSecret());
    mine.add(m.webhookSecret());
    mine.add(m.ownerPassword());
    mine.add(Marketplaces.ownerToken(m));
    String wrongPassword = OAuth.remember("Wrong-Pass-" + UUID.randomUUID());
    assertThat(Marketplaces.login(m.ownerEmail(), wrongPassword).statusCode()).isEqualTo(401);
    mine.add(wrongPassword);

    assertThat(mine).doesNotContainNull().allSatisfy(s -> assertThat(s).hasSizeGreaterThan(15));
    return mine;
  }

  @Test
  void noSecretIsInAnyServerLog() throws IOException {
    Set<String> secrets = handleEverySecretKind();
    assertThat(secrets).hasSize(15);
    secrets.addAll(OAuth.seenSecrets()); // and whatever the suite handled before, if it ran
    Path logs =
        Path.of(
            System.getProperty("opensylo.it.wlpHome", "target/liberty/wlp"),
            "usr/servers/opensylo/logs");
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(logs)) {
      walk.filter(Files::isRegularFile).forEach(files::add);
    }
    assertThat(files).extracting(p -> p.getFileName().toString()).contains("messages.log");
    for (Path file : files) {
      String content = Files.readString(file, StandardCharsets.ISO_8859_1);
      for (String secret : secrets) {
        assertThat(content)
            .as("%s must not contain a secret the suite used", file.getFileName())
            .doesNotContain(secret);
      }
    }
  }
}
