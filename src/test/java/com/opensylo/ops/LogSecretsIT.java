package com.opensylo.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.opensylo.testsupport.OAuth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs after every other integration test and greps every server log file (messages, trace, access
 * log, FFDC) for every secret, password, code and token the suite handled: none may appear.
 */
@ExtendWith(ArquillianExtension.class)
@Order(Integer.MAX_VALUE)
class LogSecretsIT {

  @Test
  void noSecretTheSuiteUsedIsInAnyServerLog() throws IOException {
    OAuth.adminToken(); // at least the bootstrap secret and one token, even when run alone
    List<String> secrets = OAuth.seenSecrets();
    assertThat(secrets).isNotEmpty();
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
      String content = Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
      for (String secret : secrets) {
        assertThat(content)
            .as("%s must not contain a secret the suite used", file.getFileName())
            .doesNotContain(secret);
      }
    }
  }
}
