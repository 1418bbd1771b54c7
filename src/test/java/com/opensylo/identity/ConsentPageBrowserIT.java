package com.opensylo.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.opensylo.testsupport.Api;
import com.opensylo.testsupport.HeadlessChromium;
import com.opensylo.testsupport.OAuth;
import com.opensylo.testsupport.Pkce;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The consent page in a real headless Chromium: sign in and approve lands on the redirect URI with
 * code and state; deny lands with {@code access_denied}. Needs Debian's {@code chromium} and {@code
 * chromium-driver}; skipped where they are missing ({@code .ci/run} installs them).
 */
@ExtendWith(ArquillianExtension.class)
class ConsentPageBrowserIT {

  private static HttpServer callback;
  private static String redirectUri;

  @BeforeAll
  static void startCallbackReceiver() throws Exception {
    callback = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    callback.createContext(
        "/callback",
        exchange -> {
          byte[] body =
              "<html><body><p id=\"landed\">Back at the marketplace</p></body></html>"
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "text/html");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    callback.start();
    redirectUri = "http://127.0.0.1:" + callback.getAddress().getPort() + "/callback";
  }

  @AfterAll
  static void stopCallbackReceiver() {
    if (callback != null) {
      callback.stop(0);
    }
  }

  private static WebDriver browser() throws Exception {
    return HeadlessChromium.start("skipping the browser test");
  }

  private static String authorizeUrl(OAuth.Client client, String state) {
    Pkce pkce = Pkce.generate();
    return Api.BASE_URL
        + "/oauth/authorize?response_type=code&client_id="
        + client.clientId()
        + "&redirect_uri="
        + java.net.URLEncoder.encode(redirectUri, StandardCharsets.UTF_8)
        + "&scope=data.share.sales&state="
        + state
        + "&code_challenge="
        + pkce.challenge()
        + "&code_challenge_method=S256";
  }

  private static Map<String, String> query(String url) {
    Map<String, String> params = new HashMap<>();
    for (String pair : URI.create(url).getRawQuery().split("&")) {
      String[] kv = pair.split("=", 2);
      params.put(kv[0], java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
    }
    return params;
  }

  @Test
  void signInAndApproveLandsOnTheRedirectWithCodeAndState() throws Exception {
    WebDriver driver = browser();
    try {
      OAuth.Client client =
          OAuth.confidentialClient(
              "Browser " + UUID.randomUUID(), List.of("data.share.sales"), List.of(redirectUri));
      String email = "browser-" + UUID.randomUUID() + "@example.com";
      String password = "Browser-Pass-" + UUID.randomUUID();
      OAuth.createMerchant(email, password);
      String state = "st" + UUID.randomUUID();

      driver.get(authorizeUrl(client, state));
      assertThat(driver.getTitle()).contains("Sign in");
      assertThat(driver.findElement(By.id("scopes")).getText()).contains("data.share.sales");
      driver.findElement(By.id("email")).sendKeys(email);
      driver.findElement(By.id("password")).sendKeys(password);
      driver.findElement(By.id("approve")).click();
      new WebDriverWait(driver, Duration.ofSeconds(20))
          .until(d -> d.getCurrentUrl().startsWith(redirectUri));

      Map<String, String> params = query(driver.getCurrentUrl());
      assertThat(params.get("state")).isEqualTo(state);
      assertThat(OAuth.remember(params.get("code"))).matches(OAuth.OPAQUE_256_BITS);
      assertThat(driver.findElement(By.id("landed")).getText())
          .isEqualTo("Back at the marketplace");
    } finally {
      driver.quit();
    }
  }

  @Test
  void denyLandsWithAccessDenied() throws Exception {
    WebDriver driver = browser();
    try {
      OAuth.Client client =
          OAuth.confidentialClient(
              "Browser " + UUID.randomUUID(), List.of("data.share.sales"), List.of(redirectUri));
      String state = "st" + UUID.randomUUID();
      driver.get(authorizeUrl(client, state));
      driver.findElement(By.id("deny")).click();
      new WebDriverWait(driver, Duration.ofSeconds(20))
          .until(d -> d.getCurrentUrl().startsWith(redirectUri));
      Map<String, String> params = query(driver.getCurrentUrl());
      assertThat(params.get("error")).isEqualTo("access_denied");
      assertThat(params.get("state")).isEqualTo(state);
      assertThat(params).doesNotContainKey("code");
    } finally {
      driver.quit();
    }
  }
}
